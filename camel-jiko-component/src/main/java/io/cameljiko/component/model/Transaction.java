package io.cameljiko.component.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One transaction activity of a pocket, chosen by {@code type} (GET /api/v2/transactions/), partly documented: variant names documented, fields by Partner-API analogy. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
        visible = true, defaultImpl = GenericTransaction.class)
@JsonSubTypes({
        @JsonSubTypes.Type(value = AchTransaction.class, name = "ACH"),
        @JsonSubTypes.Type(value = WireTransaction.class, name = "WIRE"),
        @JsonSubTypes.Type(value = CardTransaction.class, name = "CARD"),
        @JsonSubTypes.Type(value = OnUsTransaction.class, name = "ON_US"),
        @JsonSubTypes.Type(value = FeeTransaction.class, name = "FEE"),
        @JsonSubTypes.Type(value = CreditTransaction.class, name = "CREDIT"),
        @JsonSubTypes.Type(value = GenericTransaction.class, name = "GENERIC")
})
public sealed interface Transaction
        permits AchTransaction,
                WireTransaction,
                CardTransaction,
                OnUsTransaction,
                FeeTransaction,
                CreditTransaction,
                GenericTransaction {

    String id();

    String transactionId();

    String type();

    String pocketId();

    Money amount();

    String direction();

    String status();

    Instant timeBooked();
}
