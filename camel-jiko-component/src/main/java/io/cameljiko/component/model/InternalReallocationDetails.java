package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** ON_US details moving money to another pocket of the same customer (POST /api/v1/transfer-requests/), documented. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InternalReallocationDetails(
        String type,
        String destinationPocketId,
        String transferType,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements TransferDetails {

    public InternalReallocationDetails {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
