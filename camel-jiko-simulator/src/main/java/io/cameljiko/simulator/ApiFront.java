package io.cameljiko.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.cameljiko.simulator.Http.Req;
import io.cameljiko.simulator.Http.Resp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What happens to one HTTP request before and after its handler: recording, settling what is due, injected faults,
 * the token endpoint, downloads, routing, Bearer authentication, rate limits, and writing the answer.
 */
final class ApiFront implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(JikoSimulator.class.getName());
    /** Most recent requests, oldest first; capped so a long program run does not grow without bound. */
    static final int MAX_RECORDED = 50_000;

    private final Store store;
    private final Api api;
    private final TokenService tokens;
    private final RateLimiter rateLimiter;
    private final Faults faults;
    private final SimulatorClock clock;
    private final Supplier<String> baseUrl;
    final AtomicLong tooManyRequests = new AtomicLong();
    private final ArrayDeque<RecordedRequest> requests = new ArrayDeque<>();

    ApiFront(Store store, Api api, TokenService tokens, RateLimiter rateLimiter, Faults faults, SimulatorClock clock,
             Supplier<String> baseUrl) {
        this.store = store;
        this.api = api;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** Every request received so far (the most recent 50,000), in arrival order (a snapshot). */
    List<RecordedRequest> receivedRequests() {
        synchronized (requests) {
            return Collections.unmodifiableList(new ArrayList<>(requests));
        }
    }

    void clearRequests() {
        synchronized (requests) {
            requests.clear();
        }
    }

    @Override
    public void handle(HttpExchange ex) {
        try {
            handle0(ex);
        } catch (Throwable t) {
            LOG.log(System.Logger.Level.WARNING, "request failed", t);
            try {
                send(ex, Resp.json(500, Json.map("detail", "Internal Server Error")));
            } catch (IOException | RuntimeException ignored) {
                ex.close();
            }
        }
    }

    private void handle0(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = ex.getRequestURI().getRawPath();
        String rawQuery = ex.getRequestURI().getRawQuery();
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        RecordedRequest recorded = new RecordedRequest(method, path, rawQuery, Collections.unmodifiableMap(headers), body, clock.now());
        synchronized (requests) {
            requests.addLast(recorded);
            if (requests.size() > MAX_RECORDED) {
                requests.removeFirst();
            }
        }
        synchronized (store) {
            api.tick();
        }

        boolean isToken = path.equals(JikoSimulator.TOKEN_PATH);
        boolean isApi = path.startsWith("/api/v1/") || path.startsWith("/api/v2/");
        if ((isApi || (isToken && faults.appliesToToken()))) {
            Duration latency = faults.latency();
            if (!latency.isZero()) {
                try {
                    Thread.sleep(latency.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Faults.Decision d = faults.decide();
            switch (d.action()) {
                case DROP:
                    ex.close();
                    return;
                case FORCE_429:
                    send(ex, Resp.json(429, Json.map("detail", "Rate limit exceeded"))
                            .header("Retry-After", Long.toString(d.retryAfterSeconds())));
                    return;
                case FAIL:
                    send(ex, Resp.json(d.status(), Json.map("detail", "Injected fault")));
                    return;
                default:
                    break;
            }
        }
        if (isToken) {
            send(ex, token(method, headers, body));
            return;
        }
        if (path.startsWith("/files/") && method.equals("GET")) {
            Store.FileData f;
            synchronized (store) {
                f = store.files.get(path);
            }
            send(ex, f == null ? Resp.json(404, Json.map("detail", "Not found")) : new Resp(200, f.bytes(), f.contentType()));
            return;
        }
        if (path.equals(OpenApiDocument.PATH) && method.equals("GET")) {
            send(ex, Resp.ok(OpenApiDocument.describe(api.routes, baseUrl.get()))); // public, like Jiko's reference download
            return;
        }
        Api.Match match = api.match(method, path);
        if (match.route() == null) {
            send(ex, match.status() == 405 ? Resp.json(405, Json.map("detail", "Method Not Allowed"))
                    : Resp.json(404, Json.map("detail", "Not found")));
            return;
        }
        String auth = first(headers, "authorization");
        TokenService.Token token = null;
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = tokens.lookup(auth.substring(7).trim());
        }
        if (token == null) {
            send(ex, Resp.json(401, Json.map("detail", "Not authenticated")).header("WWW-Authenticate", "Bearer"));
            return;
        }
        RateLimiter.Result rl = rateLimiter.hit(token.clientId(), match.route().group(), clock.now());
        rl = rateLimiter.burst(token.clientId(), match.route().method() + " " + match.route().template(), clock.now(), rl);
        Resp resp;
        if (!rl.allowed()) {
            resp = Resp.json(429, Json.map("detail", "Rate limit exceeded"))
                    .header("Retry-After", Long.toString(rl.retryAfterSeconds()));
        } else {
            Req req = new Req(method, path, parseQuery(rawQuery), headers, body, match.params(), token.clientId());
            try {
                synchronized (store) {
                    resp = match.route().handler().apply(req);
                }
            } catch (ApiError e) {
                resp = Resp.json(e.status, e.body);
                e.headers.forEach(resp::header);
            }
        }
        resp.header("X-RateLimit-Limit", Integer.toString(rl.limit()))
                .header("X-RateLimit-Remaining", Integer.toString(rl.remaining()))
                .header("X-RateLimit-Reset", Long.toString(rl.resetEpochSecond()));
        send(ex, resp);
    }

    private Resp token(String method, Map<String, List<String>> headers, byte[] body) {
        if (!method.equals("POST")) {
            return Resp.json(405, Json.map("detail", "Method Not Allowed"));
        }
        Map<String, List<String>> form = parseQuery(new String(body, StandardCharsets.UTF_8));
        String clientKey = first(form, "client_id");
        RateLimiter.Result rl = rateLimiter.hit(clientKey == null ? "anonymous" : clientKey, "Authentication", clock.now());
        Resp resp;
        if (!rl.allowed()) {
            resp = Resp.json(429, Json.map("detail", "Rate limit exceeded")).header("Retry-After", Long.toString(rl.retryAfterSeconds()));
        } else {
            try {
                resp = Resp.ok(tokens.tokenRequest(form, baseUrl.get() + JikoSimulator.TOKEN_PATH)).header("Cache-Control", "no-store");
            } catch (ApiError e) {
                resp = Resp.json(e.status, e.body);
            }
        }
        return resp.header("X-RateLimit-Limit", Integer.toString(rl.limit()))
                .header("X-RateLimit-Remaining", Integer.toString(rl.remaining()))
                .header("X-RateLimit-Reset", Long.toString(rl.resetEpochSecond()));
    }

    private static String first(Map<String, List<String>> m, String k) {
        List<String> v = m.get(k);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private void send(HttpExchange ex, Resp resp) throws IOException {
        if (resp.status == 429) {
            tooManyRequests.incrementAndGet();
        }
        resp.headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        boolean empty = resp.status == 204 || resp.body.length == 0;
        ex.sendResponseHeaders(resp.status, empty ? -1 : resp.body.length);
        if (!empty) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(resp.body);
            }
        }
        ex.close();
    }
}
