package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Body of POST /api/v2/pockets/, documented. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreatePocketRequest(
        String pocketName,
        String tradingStrategyId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public CreatePocketRequest {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
