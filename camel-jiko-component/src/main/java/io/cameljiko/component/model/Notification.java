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

/** Jiko's CustomerNotification (GET /api/v1/notifications/), documented; type of notification_metadata not documented. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Notification(
        String id,
        String title,
        String description,
        String status,
        String type,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant createdAt,
        Object notificationMetadata,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Notification {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
