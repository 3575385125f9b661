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

/** One team audit-log entry (GET /api/v1/team/audit-logs.csv), documented (reference rendering). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditLogEntry(
        String id,
        String actor,
        String eventName,
        Object entryMetadata,
        String teamId,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant timestamp,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public AuditLogEntry {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
