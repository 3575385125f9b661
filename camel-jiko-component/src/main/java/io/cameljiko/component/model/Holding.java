package io.cameljiko.component.model;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One T-bill held in a pocket's portfolio (GET /api/v2/pockets/{pocket_id}/), Partner-API analogy. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Holding(
        String cusip,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.DateText.class) LocalDate maturityDate,
        Money marketValue,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Holding {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
