package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** An ON_US (JikoNet) transfer (POST /api/v1/transfer-requests/), documented. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OnUsTransfer(
        String id,
        String type,
        String originPocketId,
        TransferAmount amount,
        TransferDetails details,
        String description,
        String endToEndIdentification,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements TransferSpec {

    public OnUsTransfer {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }

    @Override
    public OnUsTransfer withId(String id) {
        return new OnUsTransfer(
                id,
                type,
                originPocketId,
                amount,
                details,
                description,
                endToEndIdentification,
                new java.util.LinkedHashMap<>(otherFields));
    }
}
