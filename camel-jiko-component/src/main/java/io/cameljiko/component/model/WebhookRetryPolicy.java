package io.cameljiko.component.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Jiko's RetryPolicy of a subscription (POST /api/v1/subscriptions/), documented field names; numbers kept exact as BigDecimal. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookRetryPolicy(
        List<Integer> retryOnStatusCodes,
        BigDecimal backoffCoefficient,
        Integer maximumAttempts,
        BigDecimal initialIntervalSeconds,
        BigDecimal maximumIntervalSeconds,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public WebhookRetryPolicy {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
