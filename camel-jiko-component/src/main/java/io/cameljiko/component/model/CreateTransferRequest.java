package io.cameljiko.component.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Body of POST /api/v1/transfer-requests/ ({@code {transfer, reviewers}}), partly documented: reviewer element type not seen. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTransferRequest(
        TransferSpec transfer,
        List<Object> reviewers,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public CreateTransferRequest {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }

    /**
     * A copy of this request whose transfer carries {@code id}; reviewers and other fields unchanged.
     *
     * @throws IllegalStateException if there is no transfer to set the id on
     */
    public CreateTransferRequest withTransferId(String id) {
        if (transfer == null) {
            throw new IllegalStateException("CreateTransferRequest has no transfer to set the id on");
        }
        return new CreateTransferRequest(transfer.withId(id), reviewers, new java.util.LinkedHashMap<>(otherFields));
    }
}
