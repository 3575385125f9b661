package io.cameljiko.component.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Body of PATCH /api/v1/subscriptions/{subscription_id}/, inferred (operation inferred, fields by Partner-API analogy); toString masks the secret. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateSubscriptionRequest(
        String description,
        List<String> events,
        String url,
        WebhookRetryPolicy retryPolicy,
        String sharedSecret,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public UpdateSubscriptionRequest {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }

    /** Masks the shared secret: it signs the webhook calls and must not reach a log. */
    @Override
    public String toString() {
        return "UpdateSubscriptionRequest[description=" + description
                + ", events=" + events
                + ", url=" + url
                + ", retryPolicy=" + retryPolicy
                + ", sharedSecret=" + (sharedSecret == null ? "null" : "******")
                + ", otherFields=" + otherFields
                + "]";
    }
}
