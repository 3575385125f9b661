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

/** An incoming or outgoing wire (GET /api/v1/wires/, GET /api/v1/wires/{wire_id}/, paths inferred), inferred: fields not seen. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Wire(
        String id,
        String pocketId,
        String direction,
        String status,
        Money amount,
        String counterpartyId,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant createdAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Wire {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
