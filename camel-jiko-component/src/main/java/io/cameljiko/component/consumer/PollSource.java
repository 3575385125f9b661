package io.cameljiko.component.consumer;

import java.util.List;

import io.cameljiko.component.client.JikoClient;
import io.cameljiko.component.client.RateLimitSnapshot;
import org.apache.camel.Endpoint;

/**
 * What a polling consumer (and the webhook reconciliation) needs of its endpoint, so that this package does not
 * depend on the component's top package: JikoEndpoint implements it.
 */
public interface PollSource extends Endpoint {

    /** An option's value by name: the URI's, else the component's (a header never applies to a poll). */
    Object option(String name);

    /** The endpoint's HTTP pipeline. */
    JikoClient getClient();

    /** The consumer options as they are now. */
    PollSettings pollSettings();

    /** The component's rate-limit budgets, for the consumer's health details. */
    List<RateLimitSnapshot> rateLimitSnapshots();
}
