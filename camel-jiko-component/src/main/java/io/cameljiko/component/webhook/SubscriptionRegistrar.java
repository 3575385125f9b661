package io.cameljiko.component.webhook;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cameljiko.component.error.JikoApiException;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.json.JikoJson;
import io.cameljiko.component.client.PageReader;
import io.cameljiko.component.client.RequestBuilder;
import io.cameljiko.component.consumer.PollSource;
import io.cameljiko.component.client.ResponseMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one Jiko subscription per webhook URL: the subscriptions are listed, the one with the same URL is updated
 * (events, secret), otherwise one is created; on stop it is deleted unless kept. Every call goes through the
 * endpoint's client and the catalog's subscription operations (get/update/delete are INFERRED from the Partner API).
 */
final class SubscriptionRegistrar {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionRegistrar.class);

    private final PollSource endpoint;
    private volatile String subscriptionId;
    private volatile String url;

    SubscriptionRegistrar(PollSource endpoint) {
        this.endpoint = endpoint;
    }

    /** Creates or updates the subscription of {@code url}. */
    synchronized void register(String url, List<String> events, String sharedSecret) {
        String existing = findByUrl(url);
        ObjectNode body = JikoJson.MAPPER.createObjectNode();
        body.put("url", url);
        body.put("shared_secret", sharedSecret);
        body.put("description", "camel-jiko webhook");
        body.set("events", JikoJson.MAPPER.valueToTree(events));
        JsonNode answer;
        if (existing != null) {
            answer = send("updateSubscription", existing, body);
            LOG.info("Jiko subscription {} for {} updated: events {}", existing, url, events);
        } else {
            answer = send("createSubscription", null, body);
            LOG.info("Jiko subscription {} for {} created: events {}", answer.path("id").asText(), url, events);
        }
        this.subscriptionId = existing != null ? existing : answer.path("id").asText(null);
        this.url = url;
    }

    /** Deletes the subscription this endpoint registered, unless {@code keep}. Failures are logged, not thrown. */
    synchronized void unregister(boolean keep) {
        String id = subscriptionId;
        if (id == null) {
            return;
        }
        if (keep) {
            LOG.info("Jiko subscription {} for {} is kept (keepSubscription=true): Jiko goes on delivering to it", id, url);
            return;
        }
        try {
            send("deleteSubscription", id, null);
            LOG.info("Jiko subscription {} for {} deleted", id, url);
        } catch (JikoApiException e) {
            if (e.getStatusCode() != 404) {
                LOG.warn("Jiko subscription {} for {} could not be deleted: {}", id, url, e.getMessage());
                return;
            }
        } catch (RuntimeException e) {
            LOG.warn("Jiko subscription {} for {} could not be deleted: {}", id, url, e.getMessage());
            return;
        }
        subscriptionId = null;
    }

    /** Walks every page of listSubscriptions for the subscription with this URL. */
    private String findByUrl(String url) {
        Operation list = OperationCatalog.require("listSubscriptions");
        String[] found = new String[1];
        PageReader.walk(cursor -> ResponseMapper.tree(list, endpoint.getClient().send(request(list).with("cursor", cursor)
                .build())), page -> {
                    for (JsonNode item : page.path(PageReader.ITEMS)) {
                        if (url.equals(item.path("url").asText())) {
                            found[0] = item.path("id").asText();
                            return false;
                        }
                    }
                    return true;
                });
        return found[0];
    }

    private RequestBuilder request(Operation operation) {
        return RequestBuilder.of(operation, endpoint.pollSettings().baseUrl());
    }

    private JsonNode send(String operationName, String id, ObjectNode body) {
        Operation op = OperationCatalog.require(operationName);
        RequestBuilder request = request(op).with("subscriptionId", id);
        if (body != null) {
            request.body(body, null, null);
        }
        try (var response = endpoint.getClient().send(request.build())) {
            byte[] bytes = response.readAllBytes();
            return bytes.length == 0 ? JikoJson.MAPPER.createObjectNode() : JikoJson.MAPPER.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new JikoApiException("Jiko's answer to " + operationName + " is not JSON: " + e.getMessage(), 200, operationName, e);
        }
    }
}
