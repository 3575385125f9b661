package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Jiko's CreateACHCounterpartyRequest, type ach (POST /api/v2/counterparties/), inferred: fields not seen. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateAchCounterpartyRequest(
        String type,
        String routingNumber,
        String identifier,
        String accountType,
        CounterpartyName counterpartyName,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements CreateCounterpartyRequest {

    public CreateAchCounterpartyRequest {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
