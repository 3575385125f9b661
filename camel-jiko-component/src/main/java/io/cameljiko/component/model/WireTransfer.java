package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A WIRE transfer (POST /api/v1/transfer-requests/), partly documented: schema truncated, description inferred. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WireTransfer(
        String id,
        String type,
        String originPocketId,
        String counterpartyId,
        TransferAmount amount,
        String description,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements TransferSpec {

    public WireTransfer {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }

    @Override
    public WireTransfer withId(String id) {
        return new WireTransfer(
                id,
                type,
                originPocketId,
                counterpartyId,
                amount,
                description,
                new java.util.LinkedHashMap<>(otherFields));
    }
}
