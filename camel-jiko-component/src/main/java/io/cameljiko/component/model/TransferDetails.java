package io.cameljiko.component.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The details of an ON_US transfer, chosen by {@code type} (POST /api/v1/transfer-requests/), partly documented. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
        visible = true, defaultImpl = GenericTransferDetails.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = InternalReallocationDetails.class, name = "INTERNAL_REALLOCATION"),
        @JsonSubTypes.Type(value = PeerToPeerDetails.class, name = "PEER_TO_PEER")
})
public sealed interface TransferDetails
        permits InternalReallocationDetails, PeerToPeerDetails, GenericTransferDetails {

    String type();
}
