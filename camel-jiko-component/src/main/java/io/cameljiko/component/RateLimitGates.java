package io.cameljiko.component;

import java.time.Duration;

import io.cameljiko.component.client.RateBudgets;
import io.cameljiko.component.client.RateLimitGate;
import io.cameljiko.component.client.RateLimitSettings;
import io.cameljiko.component.json.JikoJson;

/** Builds an endpoint's rate-limit gate from its options: which budget it shares, and how it may use it. */
final class RateLimitGates {

    private RateLimitGates() {
    }

    /**
     * Jiko counts per OAuth client (and user): endpoints with the same client id and base URL share budgets.
     * A fixed access token is keyed by a digest, never by the token, and shown as "accessToken".
     */
    static RateLimitGate create(RateBudgets budgets, JikoConfiguration c) {
        RateLimitSettings settings = new RateLimitSettings(c.getRateLimitFallback(), c.getRateLimitReserve(),
                Duration.ofMillis(c.getMaxRateLimitWait()));
        String base = c.effectiveBaseUrl();
        boolean fixedToken = c.getAccessToken() != null && !c.getAccessToken().isBlank();
        String principal = base + "|" + (fixedToken ? "token:" + JikoJson.fingerprint(c.getAccessToken().trim()) : c.getClientId());
        return new RateLimitGate(budgets, principal, fixedToken ? "accessToken" : String.valueOf(c.getClientId()),
                settings);
    }
}
