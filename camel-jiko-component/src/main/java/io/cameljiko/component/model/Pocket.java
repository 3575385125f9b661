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

/** A pocket (GET/POST /api/v2/pockets/, GET/PATCH /api/v2/pockets/{pocket_id}/), Partner-API analogy: operations documented, schema not. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Pocket(
        String id,
        String pocketName,
        Portfolio portfolio,
        String status,
        List<Object> attributes,
        String depositStrategyId,
        String reinvestmentStrategyId,
        String type,
        String customerId,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant updatedAt,
        String objectType,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Pocket {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
