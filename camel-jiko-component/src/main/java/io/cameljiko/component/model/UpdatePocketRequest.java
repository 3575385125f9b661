package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Body of PATCH /api/v2/pockets/{pocket_id}/, partly documented: strategy ids by Partner-API analogy. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdatePocketRequest(
        String pocketName,
        String status,
        String closureReason,
        String depositStrategyId,
        String reinvestmentStrategyId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public UpdatePocketRequest {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
