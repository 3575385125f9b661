package io.cameljiko.component.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.cameljiko.component.JikoComponent;
import io.cameljiko.simulator.JikoSimulator;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.awaitility.Awaitility;

/**
 * One CamelContext serving webhook:jiko routes with platform-http (Vert.x) on 127.0.0.1 and a free port, its jiko
 * component pointing at a simulator.
 */
public final class WebhookFixture implements AutoCloseable {

    public static final String SECRET = "whsec-test-0123456789-abcdef";
    public static final String PATH = "/jiko/events";
    /** How long a test waits for the webhook's answer to one delivery. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);

    public final DefaultCamelContext context = new DefaultCamelContext();
    final VertxPlatformHttpServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The simulator the webhook tests run against: free port, no rate limits, deliveries 1000x faster. */
    public static JikoSimulator simulator() {
        return JikoSimulator.builder().port(0).rateLimits(false).webhookTimeScale(1000).build().start();
    }

    public WebhookFixture(JikoSimulator sim) {
        JikoComponent jiko = new JikoComponent();
        jiko.getConfiguration().setBaseUrl(sim.baseUrl());
        jiko.getConfiguration().setTokenUrl(sim.tokenUrl());
        jiko.getConfiguration().setClientId(sim.demoClientId());
        jiko.getConfiguration().setPrivateKey(sim.demoPrivateKeyPem());
        jiko.getConfiguration().setRetryDelay(10);
        context.addComponent("jiko", jiko);
        // a test that failed with an exchange still in a route stops at once, not after Camel's 45 s
        context.getShutdownStrategy().setTimeout(5);
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost("127.0.0.1");
        conf.setPort(0);
        server = new VertxPlatformHttpServer(conf);
        try {
            context.addService(server, true, true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        context.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getPort();
    }

    String url() {
        return baseUrl() + PATH;
    }

    /** The route's URI: external URL and path fixed, only at start reconciliation unless the options say otherwise. */
    String uri(String options) {
        return "webhook:jiko:listEvents?webhookExternalUrl=" + baseUrl() + "&webhookPath=" + PATH
               + "&sharedSecret=RAW(" + SECRET + ")" + (options.contains("reconcileInterval=") ? "" : "&reconcileInterval=0")
               + (options.isEmpty() ? "" : "&" + options);
    }

    /**
     * from(webhook:jiko:listEvents...).routeId("push").process(step).to("mock:events"), returned once its first
     * reconciliation read listEvents (so what a test emits next comes by push).
     */
    MockEndpoint route(JikoSimulator sim, String options, Processor step) throws Exception {
        long reads = eventReads(sim);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(options)).routeId("push").process(step).to("mock:events");
            }
        });
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> eventReads(sim) > reads);
        return mock();
    }

    public static long eventReads(JikoSimulator sim) {
        return sim.receivedRequests().stream().filter(r -> r.method().equals("GET") && r.path().equals("/api/v1/events/")).count();
    }

    MockEndpoint mock() {
        return context.getEndpoint("mock:events", MockEndpoint.class);
    }

    /**
     * POSTs a body as Jiko would, with the given signature header (null = none). An answer that does not come within
     * {@link #ANSWER_TIMEOUT} fails the test at once (a handler that never answers is a failure, not a slow test).
     */
    HttpResponse<String> post(byte[] body, String signature) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url())).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            b.header("x-jiko-signature", signature);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new AssertionError("the webhook did not answer within " + ANSWER_TIMEOUT, e);
        }
    }

    static byte[] event(String id, String type) {
        return ("{\"event_id\":\"" + id + "\",\"event_type\":\"" + type + "\",\"timestamp\":\"2026-01-30T16:09:35.775108Z\","
                + "\"payload\":{\"on_us_id\":\"bf01c8e4-0000-4000-8000-000000000001\",\"note\":\"caf\u00e9\"},"
                + "\"customer_id\":\"0b5b74f5-ad65-4c6d-9170-60fe29794b12\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** The response codes of the simulator's delivery attempts of one event, in order. */
    public static List<Integer> attempts(JikoSimulator sim, String eventId) {
        return sim.state().deliveryAttempts(eventId).stream().map(a -> ((Number) a.get("response_code")).intValue()).toList();
    }

    @Override
    public void close() {
        context.stop();
    }
}
