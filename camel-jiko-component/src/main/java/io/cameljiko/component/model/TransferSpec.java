package io.cameljiko.component.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The {@code transfer} of a transfer request, chosen by {@code type} (POST /api/v1/transfer-requests/), partly documented. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
        visible = true, defaultImpl = GenericTransfer.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = OnUsTransfer.class, name = "ON_US"),
        @JsonSubTypes.Type(value = WireTransfer.class, name = "WIRE"),
        @JsonSubTypes.Type(value = UsdcTransfer.class, name = "USDC")
})
public sealed interface TransferSpec
        permits OnUsTransfer, WireTransfer, UsdcTransfer, GenericTransfer {

    /** The client-supplied transfer id (UUID), the de-duplication key. */
    String id();

    String type();

    String originPocketId();

    TransferAmount amount();

    /** A copy of this transfer with {@code id} set, everything else unchanged. */
    TransferSpec withId(String id);
}
