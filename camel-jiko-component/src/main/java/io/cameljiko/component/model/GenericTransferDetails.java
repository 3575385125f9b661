package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** ON_US details of a type this component does not know (POST /api/v1/transfer-requests/), fallback; fields kept in otherFields. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenericTransferDetails(
        String type,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements TransferDetails {

    public GenericTransferDetails {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
