package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One membership of the user. INFERRED: fields not documented. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Membership(
        String teamId,
        String memberId,
        String partnerId,
        String customerId,
        String role,
        String status,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Membership {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
