package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The amount of a transfer ({@code type} e.g. REQUESTED_AMOUNT, {@code amount_usdc} in integer cents) (POST /api/v1/transfer-requests/), documented. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransferAmount(
        String type,
        Long amountUsdc,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public TransferAmount {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
