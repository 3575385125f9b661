package io.cameljiko.component.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A webhook subscription (response of POST/GET /api/v1/subscriptions/), Partner-API analogy; the shared secret is not echoed. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Subscription(
        String id,
        String description,
        List<String> events,
        String url,
        WebhookRetryPolicy retryPolicy,
        String status,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant timeCreated,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant updatedAt,
        String objectType,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Subscription {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
