package io.cameljiko.component.auth;

import io.cameljiko.component.client.AccessTokenProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.error.JikoApiException;
import io.cameljiko.component.error.JikoAuthenticationException;
import io.cameljiko.component.client.ConnectionFailure;
import io.cameljiko.component.client.HttpAnswer;
import io.cameljiko.component.client.HttpCall;
import io.cameljiko.component.client.HttpJikoClient;
import io.cameljiko.component.client.ErrorMapper;
import io.cameljiko.component.json.JikoJson;
import io.cameljiko.component.client.RetryingTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth 2 client credentials with a private-key JWT assertion (Jiko's only client authentication).
 * One instance per {@link TokenKey} per component: the token is cached, refreshed ahead of expiry,
 * and fetched by one thread at a time however many ask at once.
 */
public final class ClientCredentialsTokenProvider implements AccessTokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ClientCredentialsTokenProvider.class);
    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    /** Refresh this long before expiry, but never more than half the token's life. */
    static final Duration REFRESH_AHEAD = Duration.ofSeconds(60);

    private final TokenKey key;
    private final PrivateKey privateKey;
    private final String keyId;
    private final RetryingTransport transport;
    private final Duration requestTimeout;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile CachedToken current;

    private record CachedToken(String value, long refreshAtNanos) {
        boolean fresh() {
            return System.nanoTime() - refreshAtNanos < 0;
        }
    }

    public ClientCredentialsTokenProvider(TokenKey key, PrivateKey privateKey, String keyId, RetryingTransport transport,
                                          Duration requestTimeout) {
        this.key = key;
        this.privateKey = privateKey;
        this.keyId = keyId;
        this.transport = transport;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public String token() {
        CachedToken token = current;
        if (token != null && token.fresh()) {
            return token.value();
        }
        lock.lock();
        try {
            token = current;
            if (token == null || !token.fresh()) {
                token = fetch();
                current = token;
            }
            return token.value();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void invalidate(String rejected) {
        lock.lock();
        try {
            CachedToken token = current;
            if (token != null && token.value().equals(rejected)) {
                current = null;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean canRefresh() {
        return true;
    }

    private CachedToken fetch() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", key.clientId());
        form.put("client_assertion_type", ASSERTION_TYPE);
        String assertion = ClientAssertion.sign(key.clientId(), key.tokenUrl(), privateKey, keyId);
        form.put("client_assertion", assertion);
        if (!key.scopes().isEmpty()) {
            form.put("scope", key.scopes());
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        // a token request has no effect on Jiko's side, so it is retried like a GET; an unreachable token endpoint
        // is a JikoConnectionException (URL and reason), not an authentication failure
        transport.stats().call("token");
        URI tokenUri = URI.create(key.tokenUrl());
        Map<String, String> headers = Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json",
                "User-Agent", HttpJikoClient.USER_AGENT);
        HttpAnswer response = transport.send("token",
                () -> new HttpCall("POST", tokenUri, headers, HttpRequest.BodyPublishers.ofString(body), requestTimeout),
                true, true, null);
        if (response.statusCode() / 100 != 2) {
            // the assertion is a credential for its lifetime: masked wherever the token endpoint echoes it
            JikoApiException mapped = ErrorMapper.map("token", response, assertion);
            if (mapped instanceof io.cameljiko.component.error.JikoRateLimitException limited) {
                throw limited; // rate limited, not refused: callers back off instead of reporting bad credentials
            }
            throw new JikoAuthenticationException("Token request for client " + key.clientId() + " to " + where()
                                                  + " was refused: " + mapped.getMessage(),
                    mapped.getStatusCode(), "token", mapped.getDetails(), mapped.getBodyExcerpt());
        }
        JsonNode json;
        try (InputStream in = response.body()) {
            json = JikoJson.MAPPER.readTree(in);
        } catch (IOException e) {
            // the parser's message would quote the body, i.e. the token: only its class is kept
            throw new JikoAuthenticationException("Token response from " + where() + " is not JSON ("
                                                  + e.getClass().getSimpleName() + ")", 0, "token", java.util.List.of(), null);
        }
        String accessToken = json == null ? null : json.path("access_token").asText(null);
        if (accessToken == null || accessToken.isBlank()) {
            throw new JikoAuthenticationException("Token response from " + where() + " has no access_token", 0,
                    "token", java.util.List.of(), null);
        }
        long expiresIn = Math.max(0, json.path("expires_in").asLong(900));
        long ahead = Math.min(REFRESH_AHEAD.toSeconds(), expiresIn / 2);
        transport.stats().tokenIssued(key.clientId(), key.tokenUrl(), expiresIn);
        long refreshAt = System.nanoTime() + Duration.ofSeconds(expiresIn - ahead).toNanos();
        LOG.debug("Obtained a Jiko access token for client {} (expires in {} s, scopes '{}')", key.clientId(), expiresIn,
                key.scopes());
        return new CachedToken(accessToken, refreshAt);
    }

    private String where() {
        return ConnectionFailure.where(URI.create(key.tokenUrl()));
    }

    @Override
    public String toString() {
        return "ClientCredentialsTokenProvider[" + key + "]";
    }
}
