package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A transfer of a type this component does not know (POST /api/v1/transfer-requests/), fallback; other fields kept in otherFields. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenericTransfer(
        String id,
        String type,
        String originPocketId,
        TransferAmount amount,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements TransferSpec {

    public GenericTransfer {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }

    @Override
    public GenericTransfer withId(String id) {
        return new GenericTransfer(id, type, originPocketId, amount, new java.util.LinkedHashMap<>(otherFields));
    }
}
