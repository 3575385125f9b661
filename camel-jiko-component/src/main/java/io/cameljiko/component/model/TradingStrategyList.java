package io.cameljiko.component.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The trading strategies ({@code {offset, count, items}}) (GET /api/v2/trading-strategies/), Partner-API analogy. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TradingStrategyList(
        Integer offset,
        Integer count,
        List<TradingStrategy> items,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public TradingStrategyList {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
