package io.cameljiko.component.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Jiko's CreditTransactionActivity, type CREDIT (GET /api/v2/transactions/), partly documented (fields by Partner-API analogy). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreditTransaction(
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
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) implements Transaction {

    public CreditTransaction {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
