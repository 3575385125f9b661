package io.cameljiko.component.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A T-bill buy, sell or maturity (GET /api/v1/trades/), Partner-API analogy; security and amount fields inferred. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Trade(
        String id,
        Instant tradeDatetime,
        LocalDate bookDate,
        LocalDate settledDate,
        String status,
        String pocketId,
        String activity,
        String cusip,
        LocalDate maturityDate,
        Money amount,
        String objectType,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Trade {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
