package io.cameljiko.component.client;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one pipeline every Jiko call goes through: token, send (with retries and 429 handling),
 * one replay after a 401 with a fresh token, error mapping.
 */
public final class HttpJikoClient implements JikoClient {

    /** How every request of camel-jiko names itself, the token request included. */
    public static final String USER_AGENT = "camel-jiko/" + version();

    private final RetryingTransport transport;
    private final AccessTokenProvider tokens;
    private final Duration requestTimeout;

    public HttpJikoClient(RetryingTransport transport, AccessTokenProvider tokens, Duration requestTimeout) {
        this.transport = transport;
        this.tokens = tokens;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public JikoResponse send(JikoRequest request) {
        transport.stats().call(request.operation());
        String token = request.authenticated() ? tokens.token() : null;
        HttpAnswer response = attempt(request, token);
        // one bounded re-authentication point: a rejected token is replaced and the call replayed once
        if (response.statusCode() == 401 && token != null && tokens.canRefresh() && request.bodyReplayable()) {
            ErrorMapper.read(response.body());
            tokens.invalidate(token);
            transport.stats().replay(request.operation());
            token = tokens.token();
            response = attempt(request, token);
        }
        if (response.statusCode() / 100 != 2) {
            throw ErrorMapper.map(request.operation(), response, token);
        }
        return new JikoResponse(response.statusCode(), response.headers(), response.body());
    }

    private HttpAnswer attempt(JikoRequest request, String token) {
        return transport.send(request.operation(), () -> build(request, token), request.idempotent(),
                request.bodyReplayable(), request.resourceId(), request.priority());
    }

    private HttpCall build(JikoRequest request, String token) {
        Map<String, String> headers = new LinkedHashMap<>(8);
        headers.put("User-Agent", USER_AGENT);
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (!request.headers().containsKey("Accept")) {
            headers.put("Accept", "application/json");
        }
        headers.putAll(request.headers());
        HttpRequest.BodyPublisher body = request.body() != null ? request.body().get() : null;
        return new HttpCall(request.method(), request.uri(), headers, body, requestTimeout);
    }

    private static String version() {
        String v = HttpJikoClient.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    @Override
    public String toString() {
        return "HttpJikoClient[" + tokens.getClass().getSimpleName() + "]";
    }
}
