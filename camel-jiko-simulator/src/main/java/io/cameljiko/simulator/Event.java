package io.cameljiko.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An event: its envelope fields (the payload is whatever JSON object the event carries) and the webhook delivery
 * attempts made for it so far (appended under the store's monitor).
 */
record Event(String eventId, String eventType, String timestamp, Map<String, Object> payload, String customerId,
             List<DeliveryAttempt> attempts) implements Item {

    /** One POST of the event to a subscription's URL. */
    record DeliveryAttempt(String deliveryAttemptId, String subscriptionId, boolean success, int responseCode,
                           String responseMessage, String calledAt) {
        Map<String, Object> json() {
            return Json.map("delivery_attempt_id", deliveryAttemptId, "subscription_id", subscriptionId, "success", success,
                    "response_code", responseCode, "response_message", responseMessage, "called_at", calledAt);
        }
    }

    Event(String eventId, String eventType, String timestamp, Map<String, Object> payload, String customerId) {
        this(eventId, eventType, timestamp, payload, customerId, new ArrayList<>());
    }

    @Override
    public String sortKey() {
        return timestamp + "|" + eventId;
    }

    /** The envelope, as listed and as POSTed to subscriptions. */
    @Override
    public Map<String, Object> json() {
        return Json.map("event_id", eventId, "event_type", eventType, "timestamp", timestamp, "payload", payload,
                "customer_id", customerId);
    }

    /** Whether a subscription was (or will be) sent this event: it asked for its type, or an attempt was made. */
    boolean concerns(String subscriptionId, List<String> subscribedTypes) {
        return attempts.stream().anyMatch(a -> subscriptionId.equals(a.subscriptionId()))
                || (subscribedTypes != null && subscribedTypes.contains(eventType));
    }
}
