package io.cameljiko.component.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A webhook event envelope (webhook body; {@code event} of GET /api/v1/events/), documented (example envelope); payload fields per event type not documented. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event(
        String eventId,
        String eventType,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant timestamp,
        Map<String, Object> payload,
        String customerId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Event {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
