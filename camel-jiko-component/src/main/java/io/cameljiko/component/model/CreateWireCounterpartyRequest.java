package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Jiko's CreateWireCounterpartyRequest, type wire (POST /api/v2/counterparties/), partly documented. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateWireCounterpartyRequest(
        String type,
        String routingNumber,
        String identifier,
        Address address,
        String wireInstructions,
        CounterpartyName counterpartyName,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements CreateCounterpartyRequest {

    public CreateWireCounterpartyRequest {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
