package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The legal name of a counterparty, {@code type} business or individual (POST /api/v2/counterparties/), partly documented. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CounterpartyName(
        String type,
        String businessName,
        String firstName,
        String lastName,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public CounterpartyName {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
