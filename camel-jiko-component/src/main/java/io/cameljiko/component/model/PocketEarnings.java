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

/** Earnings of one pocket over a period (GET /api/v2/pockets/{pocket_id}/earnings/), documented; appreciation_per_second kept as decimal text. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PocketEarnings(
        Money earnings,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.DateText.class) LocalDate dateFrom,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.DateText.class) LocalDate dateTo,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant pricingTimestamp,
        String appreciationPerSecond,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public PocketEarnings {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
