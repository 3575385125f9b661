package io.cameljiko.component.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * One transaction activity of a pocket (GET /api/v2/transactions/), partly documented: the variants (ACH, WIRE,
 * CARD, ON_US, FEE, CREDIT, GENERIC, in {@code type}) are documented, their fields only by Partner-API analogy.
 * Jiko documents no field that differs between variants, so all are this one record; what a variant carries beyond
 * these fields (an ACH trace, a chain) is kept in {@link #otherFields()}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Transaction(
        String id,
        String transactionId,
        String type,
        String pocketId,
        String description,
        String title,
        Money amount,
        String direction,
        String status,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant timeBooked,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant timeSettled,
        String objectType,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Transaction {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
