package io.cameljiko.component.health;

import java.util.List;
import java.util.Map;

import io.cameljiko.component.auth.TokenKey;
import io.cameljiko.component.client.AccessTokenProvider;
import io.cameljiko.component.client.JikoStats;
import io.cameljiko.component.client.RateLimitSnapshot;
import org.apache.camel.CamelContext;

/**
 * What health checks, metrics and the developer console read of a jiko component (JikoComponent implements it),
 * so that they do not depend on the component's top package.
 */
public interface JikoComponentView {

    CamelContext getCamelContext();

    /** Calls, retries, 429s, 401 replays and rate-limit headers of the component's endpoints. */
    JikoStats getStats();

    /** The rate-limit budgets used so far, per client and limit group. */
    List<RateLimitSnapshot> rateLimitSnapshots();

    /** The cached token providers of the client-credentials endpoints, by client. */
    Map<TokenKey, AccessTokenProvider> getTokenProviders();
}
