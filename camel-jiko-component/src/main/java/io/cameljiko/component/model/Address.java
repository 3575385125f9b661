package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A postal address; state is a USPS code, country ISO-3166 alpha-2. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Address(
        String streetAddress,
        String streetAddress2,
        String city,
        String postalCode,
        String state,
        String country,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Address {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
