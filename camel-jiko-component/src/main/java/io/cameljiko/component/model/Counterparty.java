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

/** A counterparty (GET /api/v2/counterparties/, GET/PATCH /api/v2/counterparties/{counterparty_id}/), inferred: schema not seen. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Counterparty(
        String id,
        String type,
        String status,
        CounterpartyName counterpartyName,
        String routingNumber,
        String identifier,
        Address address,
        String verificationType,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant createdAt,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant updatedAt,
        String objectType,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Counterparty {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
