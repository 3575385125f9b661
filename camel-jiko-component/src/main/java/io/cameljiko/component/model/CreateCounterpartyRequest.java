package io.cameljiko.component.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Body of POST /api/v2/counterparties/, chosen by {@code type}, partly documented (schemas truncated). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
        visible = true, defaultImpl = GenericCreateCounterpartyRequest.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = CreateWireCounterpartyRequest.class, name = "wire"),
        @JsonSubTypes.Type(value = CreateAchCounterpartyRequest.class, name = "ach"),
        @JsonSubTypes.Type(value = CreateOnUsCounterpartyRequest.class, name = "on_us"),
        @JsonSubTypes.Type(value = CreateInternationalWireCounterpartyRequest.class, name = "international_wire")
})
public sealed interface CreateCounterpartyRequest
        permits CreateWireCounterpartyRequest,
                CreateAchCounterpartyRequest,
                CreateOnUsCounterpartyRequest,
                CreateInternationalWireCounterpartyRequest,
                GenericCreateCounterpartyRequest {

    String type();
}
