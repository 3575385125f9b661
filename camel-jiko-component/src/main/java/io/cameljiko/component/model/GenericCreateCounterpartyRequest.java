package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A counterparty creation of any other type, e.g. crypto wallet address (POST /api/v2/counterparties/), fallback; fields kept in otherFields. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenericCreateCounterpartyRequest(
        String type,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements CreateCounterpartyRequest {

    public GenericCreateCounterpartyRequest {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
