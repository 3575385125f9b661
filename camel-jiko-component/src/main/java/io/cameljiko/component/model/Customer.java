package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The customer (GET /api/v1/customer/), documented. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Customer(
        Address address,
        String email,
        String phoneNumber,
        String accountStatus,
        String type,
        String name,
        IdentificationNumber identificationNumber,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Customer {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
