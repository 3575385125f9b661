package io.cameljiko.component.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A trading strategy, e.g. UST-4W (GET /api/v2/trading-strategies/), Partner-API analogy; yields kept as decimal text. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TradingStrategy(
        String id,
        String description,
        String yieldToMaturity,
        String discountYield,
        List<String> applicableTo,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public TradingStrategy {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
