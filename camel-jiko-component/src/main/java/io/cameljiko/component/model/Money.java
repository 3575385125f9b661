package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** An amount of money ({@code {value, currency, formatted}}; value in integer cents), documented ("USD values are always in cents"). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Money(
        Long value,
        String currency,
        String formatted,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Money {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
