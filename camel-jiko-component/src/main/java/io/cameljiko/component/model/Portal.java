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

/** A payment portal of a pocket (GET/POST /api/v2/pockets/{pocket_id}/portals/, GET /api/v2/portals/), inferred: schema not seen. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Portal(
        String id,
        String name,
        String status,
        String pocketId,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant createdAt,
        String objectType,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Portal {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
