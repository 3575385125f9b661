package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A customer's identification number (e.g. a TIN). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IdentificationNumber(
        String identificationNumber,
        String issuingCountry,
        String type,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public IdentificationNumber {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
