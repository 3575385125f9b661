package io.cameljiko.component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import io.cameljiko.component.client.RateBudgets;
import io.cameljiko.component.client.RateLimitGate;
import io.cameljiko.component.client.RateLimitSettings;

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
        String principal = base + "|" + (fixedToken ? "token:" + digest(c.getAccessToken().trim()) : c.getClientId());
        return new RateLimitGate(budgets, principal, fixedToken ? "accessToken" : String.valueOf(c.getClientId()),
                settings);
    }

    private static String digest(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
