package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A USDC transfer (POST /api/v1/transfer-requests/), documented. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UsdcTransfer(
        String id,
        String type,
        String originPocketId,
        String counterpartyId,
        TransferAmount amount,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements TransferSpec {

    public UsdcTransfer {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }

    @Override
    public UsdcTransfer withId(String id) {
        return new UsdcTransfer(
                id,
                type,
                originPocketId,
                counterpartyId,
                amount,
                new java.util.LinkedHashMap<>(otherFields));
    }
}
