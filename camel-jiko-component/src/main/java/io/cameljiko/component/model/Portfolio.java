package io.cameljiko.component.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A pocket's cash and T-bill holdings (GET /api/v2/pockets/{pocket_id}/), Partner-API analogy. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Portfolio(
        Money cash,
        List<Holding> holdings,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Portfolio {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
