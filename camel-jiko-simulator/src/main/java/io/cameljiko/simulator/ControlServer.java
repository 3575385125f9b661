package io.cameljiko.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The simulator's control API, for a simulator run as a program: what a test does in-process through
 * {@link JikoSimulator} (emit events, move the clock, inject faults, register clients), over HTTP on 127.0.0.1.
 * It is a separate port so that the imitated Jiko API keeps exactly Jiko's paths. No authentication: it binds
 * the loopback interface only.
 */
public final class ControlServer implements AutoCloseable {

    /** One line per endpoint, served by GET / and printed by the program. */
    static final List<String> ENDPOINTS = List.of(
            "POST /events         {\"event_type\":\"transfers.wire.in.success\",\"payload\":{...}} -> 201 {\"event_id\"}",
            "POST /clock/advance  {\"seconds\":60} -> 200 {\"now\",\"offset_seconds\"} (settles due transfers, emits events)",
            "POST /faults         {\"fail_next\":{\"count\":1,\"status\":503}, \"drop_next\":1, \"force_429\":{\"count\":1,"
            + "\"retry_after\":5}, \"latency_ms\":200, \"error_rate\":0.1, \"include_token_endpoint\":true, \"expire_tokens\":true}",
            "DELETE /faults       removes every fault",
            "POST /clients        {\"client_id\":\"my-client\",\"public_key\":\"-----BEGIN PUBLIC KEY-----...\"} (RSA or Ed25519)");

    private final JikoSimulator sim;
    private final HttpServer server;

    private ControlServer(JikoSimulator sim, HttpServer server) {
        this.sim = sim;
        this.server = server;
    }

    /** Starts the control API for {@code sim} on 127.0.0.1:{@code port} (0 = a free port). */
    public static ControlServer start(JikoSimulator sim, int port) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (IOException e) {
            throw new IllegalStateException("cannot bind the control API to 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        ControlServer control = new ControlServer(sim, server);
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "jiko-sim-control");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", control::handle);
        server.start();
        return control;
    }

    /** http://127.0.0.1:PORT */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        Http.Resp resp;
        try {
            resp = route(ex.getRequestMethod(), ex.getRequestURI().getPath(), body(ex));
        } catch (IllegalArgumentException | ClassCastException e) {
            resp = Http.Resp.json(400, Json.map("detail", String.valueOf(e.getMessage())));
        }
        resp.headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(resp.status, resp.body.length == 0 ? -1 : resp.body.length);
        if (resp.body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(resp.body);
            }
        }
        ex.close();
    }

    private static Map<String, Object> body(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] bytes = in.readAllBytes();
            if (bytes.length == 0) {
                return new LinkedHashMap<>();
            }
            Object json = Json.read(bytes);
            if (!(json instanceof Map)) {
                throw new IllegalArgumentException("the body must be a JSON object");
            }
            return Json.asMap(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON");
        }
    }

    private Http.Resp route(String method, String path, Map<String, Object> body) {
        String call = method + " " + (path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        switch (call) {
            case "GET /":
                return Http.Resp.ok(Json.map("api", sim.baseUrl(), "token_url", sim.tokenUrl(), "endpoints", ENDPOINTS));
            case "POST /events": {
                String type = required(body, "event_type");
                Object payload = body.getOrDefault("payload", Map.of());
                return Http.Resp.json(201, Json.map("event_id", sim.emitEvent(type, Json.asMap(payload))));
            }
            case "POST /clock/advance": {
                long seconds = number(body, "seconds").longValue();
                sim.advanceClock(Duration.ofSeconds(seconds));
                return Http.Resp.ok(Json.map("now", Json.ts(sim.clock().now()), "offset_seconds", sim.clock().offset().toSeconds()));
            }
            case "POST /faults":
                faults(body);
                return Http.Resp.noContent();
            case "DELETE /faults":
                sim.faults().clear();
                return Http.Resp.noContent();
            case "POST /clients":
                sim.registerClient(required(body, "client_id"), PublicKeys.parse(required(body, "public_key"), "public_key"));
                return Http.Resp.noContent();
            default:
                return Http.Resp.json(404, Json.map("detail", "Not found: " + call, "endpoints", ENDPOINTS));
        }
    }

    private void faults(Map<String, Object> body) {
        Faults f = sim.faults();
        if (body.get("fail_next") instanceof Map<?, ?> fail) {
            f.failNext(number(Json.asMap(fail), "count").intValue(), number(Json.asMap(fail), "status").intValue());
        }
        if (body.containsKey("drop_next")) {
            f.dropNextConnections(number(body, "drop_next").intValue());
        }
        if (body.get("force_429") instanceof Map<?, ?> limited) {
            Map<String, Object> m = Json.asMap(limited);
            f.force429(number(m, "count").intValue(), m.containsKey("retry_after") ? number(m, "retry_after").longValue() : 1);
        }
        if (body.containsKey("latency_ms")) {
            f.latency(Duration.ofMillis(number(body, "latency_ms").longValue()));
        }
        if (body.containsKey("error_rate")) {
            f.errorRate(number(body, "error_rate").doubleValue());
        }
        if (body.containsKey("include_token_endpoint")) {
            f.includeTokenEndpoint(Boolean.TRUE.equals(body.get("include_token_endpoint")));
        }
        if (Boolean.TRUE.equals(body.get("expire_tokens"))) {
            f.expireAllTokens();
        }
    }

    private static String required(Map<String, Object> body, String field) {
        Object v = body.get(field);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(field + " is required (a string)");
        }
        return s;
    }

    private static Number number(Map<String, Object> body, String field) {
        if (!(body.get(field) instanceof Number n)) {
            throw new IllegalArgumentException(field + " is required (a number)");
        }
        return n;
    }
}
