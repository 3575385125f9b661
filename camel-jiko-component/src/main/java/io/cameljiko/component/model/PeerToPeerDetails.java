package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** ON_US details paying another Jiko customer (POST /api/v1/transfer-requests/), partly documented: type name PEER_TO_PEER inferred. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PeerToPeerDetails(
        String type,
        String destinationCounterpartyId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements TransferDetails {

    public PeerToPeerDetails {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
