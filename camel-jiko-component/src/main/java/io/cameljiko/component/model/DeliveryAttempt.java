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

/** One webhook delivery attempt of an event (GET /api/v1/events/), documented. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryAttempt(
        String deliveryAttemptId,
        String subscriptionId,
        Boolean success,
        Integer responseCode,
        String responseMessage,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant calledAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public DeliveryAttempt {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
