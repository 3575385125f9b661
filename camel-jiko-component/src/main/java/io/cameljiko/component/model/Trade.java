package io.cameljiko.component.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A T-bill buy, sell or maturity (GET /api/v1/trades/), Partner-API analogy; security and amount fields inferred. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Trade(
        String id,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant tradeDatetime,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.DateText.class) LocalDate bookDate,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.DateText.class) LocalDate settledDate,
        String status,
        String pocketId,
        String activity,
        String cusip,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.DateText.class) LocalDate maturityDate,
        Money amount,
        String objectType,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Trade {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
