package io.cameljiko.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cameljiko.component.JikoComponent;
import io.cameljiko.component.model.Team;
import io.cameljiko.component.model.Transaction;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * What is measured: the same work done by camel-jiko and by what a user would write instead (a loop on the JDK
 * client or on Apache HttpClient 5 classic, or a camel-http route with a bearer header and unmarshal json). Every
 * unit checks its result, so a contender that does less work fails instead of looking fast.
 */
final class Contenders implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final StubJiko stub;
    private final String base;
    private final String privateKey;
    private final CamelContext camel = new DefaultCamelContext();
    private final ProducerTemplate template;
    private final HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final CloseableHttpClient apache = HttpClients.custom().setConnectionManager(
            PoolingHttpClientConnectionManagerBuilder.create().setMaxConnPerRoute(50).setMaxConnTotal(50).build()).build();
    private final AtomicInteger names = new AtomicInteger();

    Contenders(StubJiko stub) throws Exception {
        this.stub = stub;
        this.base = stub.baseUrl();
        this.privateKey = ed25519Pem();
        camel.addComponent("jiko", component());
        // the same component sending through a java.net.http.HttpClient given with the httpClient option
        JikoComponent onJdk = component();
        onJdk.getConfiguration().setHttpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        camel.addComponent("jikojdk", onJdk);
        camel.getShutdownStrategy().setTimeout(10);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:camel-http").setHeader("Authorization", constant("Bearer " + StubJiko.TOKEN))
                        .setHeader("Accept", constant("application/json"))
                        .to(base + StubJiko.TEAM_PATH).unmarshal().json();
                for (String type : List.of("model", "json", "map")) {
                    from("direct:team-" + type).to("jiko:getTeam?outputType=" + type);
                    from("direct:page-" + type).to("jiko:listTransactions?paginate=true&limit=100&order=asc&outputType=" + type);
                    from("direct:jdk-team-" + type).to("jikojdk:getTeam?outputType=" + type);
                    from("direct:jdk-page-" + type)
                            .to("jikojdk:listTransactions?paginate=true&limit=100&order=asc&outputType=" + type);
                }
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    private JikoComponent component() {
        JikoComponent jiko = new JikoComponent();
        jiko.getConfiguration().setBaseUrl(base);
        jiko.getConfiguration().setTokenUrl(stub.tokenUrl());
        jiko.getConfiguration().setClientId("bench-client");
        jiko.getConfiguration().setPrivateKey(privateKey);
        return jiko;
    }

    // ---- getTeam: one call, parsed -------------------------------------------------------------------------------

    long jdkTeam() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + StubJiko.TEAM_PATH))
                .header("Authorization", "Bearer " + StubJiko.TOKEN).header("Accept", "application/json").GET().build();
        return checkMap(MAPPER.readValue(jdk.send(request, HttpResponse.BodyHandlers.ofByteArray()).body(), Map.class));
    }

    long apacheTeam() throws Exception {
        return checkMap(MAPPER.readValue(apacheGet(base + StubJiko.TEAM_PATH), Map.class));
    }

    long camelHttpTeam() {
        return checkMap(template.requestBody("direct:camel-http", null, Map.class));
    }

    long jikoTeam(String outputType) {
        return jikoTeam("direct:team-", outputType);
    }

    /** camel-jiko sending through a JDK HttpClient (the httpClient option) instead of its default Apache client. */
    long jikoJdkTeam(String outputType) {
        return jikoTeam("direct:jdk-team-", outputType);
    }

    private long jikoTeam(String route, String outputType) {
        Object body = template.requestBody(route + outputType, (Object) null);
        boolean ok = switch (outputType) {
            case "model" -> body instanceof Team t && t.teamId() != null && t.membersByStatus().size() == 2;
            case "json" -> body instanceof String s && s.startsWith("{\"team_id\"");
            default -> body instanceof Map<?, ?> m && m.get("team_id") != null;
        };
        return check(ok, "getTeam outputType=" + outputType);
    }

    private byte[] apacheGet(String uri) throws Exception {
        HttpGet get = new HttpGet(uri);
        get.addHeader("Authorization", "Bearer " + StubJiko.TOKEN);
        get.addHeader("Accept", "application/json");
        return apache.execute(get, response -> EntityUtils.toByteArray(response.getEntity()));
    }

    private static long checkMap(Map<?, ?> team) {
        return check(team != null && team.get("team_id") != null, "team");
    }

    // ---- paging over every transaction ---------------------------------------------------------------------------

    long jdkPages(int expected) throws Exception {
        return rawPages(expected, uri -> jdk.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", "Bearer " + StubJiko.TOKEN).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).body());
    }

    long apachePages(int expected) throws Exception {
        return rawPages(expected, this::apacheGet);
    }

    @FunctionalInterface
    private interface Fetch {
        byte[] get(String uri) throws Exception;
    }

    /** The hand-written loop: read a page, walk its items, follow next_page. */
    private long rawPages(int expected, Fetch fetch) throws Exception {
        long items = 0;
        String cursor = null;
        do {
            JsonNode page = MAPPER.readTree(fetch.get(base + StubJiko.TRANSACTIONS_PATH + "?order=asc&limit=100"
                                                     + (cursor == null ? "" : "&cursor=" + cursor)));
            for (JsonNode item : page.path("items")) {
                check(item.get("id") != null, "item id");
                items++;
            }
            JsonNode next = page.get("next_page");
            cursor = next == null || next.isNull() ? null : next.asText();
        } while (cursor != null);
        return check(items == expected, "raw paging read " + items) * items;
    }

    long jikoPages(String outputType, int expected) {
        return jikoPages("direct:page-", outputType, expected);
    }

    long jikoJdkPages(String outputType, int expected) {
        return jikoPages("direct:jdk-page-", outputType, expected);
    }

    /** The iterator of listTransactions?paginate=true, read by the caller. */
    Iterator<?> iterator(String outputType) {
        return template.requestBody("direct:page-" + outputType, null, Iterator.class);
    }

    private long jikoPages(String route, String outputType, int expected) {
        Iterator<?> it = template.requestBody(route + outputType, null, Iterator.class);
        long items = 0;
        while (it.hasNext()) {
            Object item = it.next();
            check("model".equals(outputType) ? item instanceof Transaction : item instanceof String, "item type");
            items++;
        }
        return check(items == expected, "paginate read " + items) * items;
    }

    // ---- the polling consumer over every transaction -------------------------------------------------------------

    long consumer(int maxMessagesPerPoll, int expected) throws Exception {
        return consumer(maxMessagesPerPoll, false, expected, () -> { });
    }

    long consumer(int maxMessagesPerPoll, boolean stored, int expected) throws Exception {
        return consumer(maxMessagesPerPoll, stored, expected, () -> { });
    }

    long consumer(int maxMessagesPerPoll, int expected, Runnable perItem) throws Exception {
        return consumer(maxMessagesPerPoll, false, expected, perItem);
    }

    /** With {@code stored}, a (fresh) stateRepository: the position is stored after every item, as in production. */
    private long consumer(int maxMessagesPerPoll, boolean stored, int expected, Runnable perItem) throws Exception {
        CountDownLatch all = new CountDownLatch(expected);
        AtomicInteger typed = new AtomicInteger();
        String id = "consumer-" + names.incrementAndGet();
        if (stored) {
            camel.getRegistry().bind(id, new org.apache.camel.support.processor.state.MemoryStateRepository());
        }
        long building = System.nanoTime();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jiko:listTransactions?order=asc&startFrom=beginning&initialDelay=0&delay=50&greedy=true"
                     + "&maxMessagesPerPoll=" + maxMessagesPerPoll + (stored ? "&stateRepository=#" + id : "")).routeId(id)
                        .autoStartup(false)
                        .process(e -> {
                            if (e.getMessage().getBody() instanceof Transaction) {
                                typed.incrementAndGet();
                            }
                            perItem.run();
                            all.countDown();
                        });
            }
        });
        Bench.exclude(System.nanoTime() - building); // built once in real use; starting it (its first poll) counts
        camel.getRouteController().startRoute(id);
        try {
            check(all.await(10, TimeUnit.MINUTES), "consumer got only " + (expected - all.getCount()));
            // done when the last exchange has completed (position moved), not when the processor saw it; stopping
            // a route with an exchange in flight would wait a whole second in Camel's shutdown loop
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (camel.getInflightRepository().size(id) > 0 && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(100_000);
            }
        } finally {
            // every item's exchange has completed: what may still run is the greedy poll after the last batch, for
            // which Camel's graceful stop would wait a whole second; it is cut short, and not counted (a user stops
            // a consumer once, not after every listing)
            long stopping = System.nanoTime();
            camel.getRouteController().stopRoute(id, 20, TimeUnit.MILLISECONDS);
            camel.removeRoute(id);
            Bench.exclude(System.nanoTime() - stopping);
        }
        return check(typed.get() == expected, "consumer typed items " + typed.get()) * expected;
    }

    // ---- token single-flight -------------------------------------------------------------------------------------

    /** 50 concurrent first calls on a fresh component: how many token requests reached the stub. */
    int firstCalls(int callers) throws Exception {
        String scheme = "jiko" + names.incrementAndGet();
        camel.addComponent(scheme, component());
        int before = stub.tokenRequests();
        CountDownLatch go = new CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
        try {
            List<java.util.concurrent.Future<String>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    return template.requestBody(scheme + ":getTeam?outputType=json", null, String.class);
                }));
            }
            go.countDown();
            for (var call : calls) {
                check(call.get(1, TimeUnit.MINUTES).startsWith("{\"team_id\""), "first call");
            }
        } finally {
            pool.shutdown();
        }
        return stub.tokenRequests() - before;
    }

    private static long check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("wrong result: " + what);
        }
        return 1;
    }

    private static String ed25519Pem() throws Exception {
        byte[] pkcs8 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded();
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs8) + "\n-----END PRIVATE KEY-----\n";
    }

    @Override
    public void close() throws Exception {
        camel.close();
        apache.close();
    }
}
