package io.cameljiko.simulator;

import java.util.List;
import java.util.Map;

/** A webhook subscription; the shared secret signs deliveries and is never answered. */
record Subscription(String id, String description, List<String> events, String url, RetryPolicy retryPolicy,
                    String status, String createdAt, String updatedAt, String secret) implements Item {

    /** How failed deliveries are retried; {@link #DEFAULT} when the subscription has none. */
    record RetryPolicy(List<Integer> retryOnStatusCodes, double backoffCoefficient, long maximumAttempts,
                       double initialIntervalSeconds, double maximumIntervalSeconds) {
        static final RetryPolicy DEFAULT = new RetryPolicy(List.of(500, 502, 503, 504), 2.0, 5, 30.0, 300.0);

        Map<String, Object> json() {
            return Json.map("retry_on_status_codes", retryOnStatusCodes, "backoff_coefficient", backoffCoefficient,
                    "maximum_attempts", maximumAttempts, "initial_interval_seconds", initialIntervalSeconds,
                    "maximum_interval_seconds", maximumIntervalSeconds);
        }

        /** Seconds to wait before attempt {@code attempt + 1}. */
        double delaySeconds(int attempt) {
            return Math.min(maximumIntervalSeconds, initialIntervalSeconds * Math.pow(backoffCoefficient, attempt - 1));
        }
    }

    boolean enabled() {
        return "enabled".equals(status);
    }

    RetryPolicy policyOrDefault() {
        return retryPolicy != null ? retryPolicy : RetryPolicy.DEFAULT;
    }

    @Override
    public String sortKey() {
        return createdAt + "|" + id;
    }

    /** The API's answer (no secret). */
    @Override
    public Map<String, Object> json() {
        return Json.map("id", id, "description", description, "events", events, "url", url,
                "retry_policy", retryPolicy == null ? null : retryPolicy.json(), "status", status, "time_created", createdAt,
                "updated_at", updatedAt, "object_type", "Subscription");
    }

    /** A PATCH: null leaves a field as it is. */
    Subscription patch(String newDescription, List<String> newEvents, String newUrl, RetryPolicy newPolicy,
                       String newStatus, String newSecret, String ts) {
        return new Subscription(id, Pocket.or(newDescription, description), newEvents != null ? newEvents : events,
                Pocket.or(newUrl, url), newPolicy != null ? newPolicy : retryPolicy, Pocket.or(newStatus, status), createdAt,
                ts, Pocket.or(newSecret, secret));
    }
}
