package io.cameljiko.benchmarks;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.cameljiko.component.JikoComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * What is not a rate: webhook delivery latency, heap after GC from a small to a large listing, and start-up to the
 * first getTeam in a fresh JVM. Each checks what it measured (every delivery answered 200, every item seen).
 */
final class MoreBenchmarks {

    private static final String SECRET = "whsec-bench-0123456789-abcdef";
    private static final String PATH = "/jiko/events";

    private MoreBenchmarks() {
    }

    /** Webhook latency: p50 and p99 (ms) from a signed POST to its answer, which comes after the exchange completed. */
    record Latency(double p50, double p99, int deliveries) {
    }

    static Latency webhook(StubJiko stub, int warmup, int measured) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        JikoComponent jiko = new JikoComponent();
        jiko.getConfiguration().setBaseUrl(stub.baseUrl());
        jiko.getConfiguration().setAccessToken(StubJiko.TOKEN);
        camel.addComponent("jiko", jiko);
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost("127.0.0.1");
        conf.setPort(0);
        VertxPlatformHttpServer server = new VertxPlatformHttpServer(conf);
        camel.addService(server, true, true);
        AtomicLong done = new AtomicLong();
        camel.start();
        String base = "http://127.0.0.1:" + server.getPort();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // a receiver only: no registration, no reconciliation reads (the stub has no events listing)
                from("webhook:jiko:listEvents?webhookExternalUrl=" + base + "&webhookPath=" + PATH
                     + "&sharedSecret=RAW(" + SECRET + ")&webhookAutoRegister=false&reconcileInterval=-1")
                        .process(e -> done.incrementAndGet());
            }
        });
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            for (int i = 0; i < warmup; i++) {
                post(http, base);
            }
            long[] nanos = new long[measured];
            for (int i = 0; i < measured; i++) {
                long t0 = System.nanoTime();
                post(http, base);
                nanos[i] = System.nanoTime() - t0;
            }
            check(done.get() == warmup + measured, "webhook exchanges " + done.get());
            Arrays.sort(nanos);
            return new Latency(nanos[measured / 2] / 1e6, nanos[Math.min(measured - 1, (int) (measured * 0.99))] / 1e6,
                    measured);
        } finally {
            camel.close();
        }
    }

    private static void post(HttpClient http, String base) throws Exception {
        byte[] body = ("{\"event_id\":\"" + UUID.randomUUID() + "\",\"event_type\":\"transfers.on-us.received\","
                       + "\"timestamp\":\"2026-01-30T16:09:35.775108Z\",\"payload\":{\"on_us_id\":\"bf01c8e4\"},"
                       + "\"customer_id\":\"0b5b74f5-ad65-4c6d-9170-60fe29794b12\"}").getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + PATH)).header("Content-Type", "application/json")
                .header("x-jiko-signature", Base64.getEncoder().encodeToString(mac.doFinal(body)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        check(status == 200, "webhook answered " + status);
    }

    /** Heap in use after a full GC (MB), measured at the last item of a listing of {@code items}, minus before it. */
    static double heapIterator(StubJiko stub, Contenders c, int items) throws Exception {
        return withListing(stub, items, () -> {
            Iterator<?> it = c.iterator("model");
            long seen = 0;
            double atEnd = 0;
            while (it.hasNext()) {
                it.next();
                if (++seen == items) {
                    atEnd = usedAfterGc(); // the iterator and its last page are still reachable here
                }
            }
            check(seen == items, "iterator items " + seen);
            return atEnd;
        });
    }

    static double heapConsumer(StubJiko stub, Contenders c, int items) throws Exception {
        return withListing(stub, items, () -> {
            CountDownLatch last = new CountDownLatch(1);
            double[] atEnd = new double[1];
            AtomicLong seen = new AtomicLong();
            c.consumer(1000, items, () -> {
                if (seen.incrementAndGet() == items) {
                    atEnd[0] = usedAfterGc(); // inside the last exchange: the consumer and its batch are live
                    last.countDown();
                }
            });
            check(last.await(10, TimeUnit.MINUTES), "consumer items " + seen.get());
            return atEnd[0];
        });
    }

    @FunctionalInterface
    private interface Measure {
        double run() throws Exception;
    }

    private static double withListing(StubJiko stub, int items, Measure measure) throws Exception {
        int before = stub.transactionCount();
        stub.transactions(items);
        stub.cachePages(false);
        try {
            double base = usedAfterGc();
            return measure.run() - base;
        } finally {
            stub.cachePages(true);
            stub.transactions(before);
        }
    }

    private static double usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** Milliseconds from JVM start to the first answered getTeam, in a fresh JVM ({@link StartupProbe}). */
    static long startup(StubJiko stub, String contender) throws Exception {
        Process p = new ProcessBuilder(java(), "-cp", classpath(), StartupProbe.class.getName(), contender,
                stub.baseUrl(), stub.tokenUrl()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        check(p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0, "start-up probe " + contender + ": " + out);
        String last = out.substring(out.lastIndexOf('\n') + 1).trim();
        return Long.parseLong(last);
    }

    private static String java() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    /** exec:java runs with a class loader of its own: its URLs are the class path; surefire's is java.class.path. */
    private static String classpath() {
        ClassLoader loader = MoreBenchmarks.class.getClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 1) {
            return Arrays.stream(urls.getURLs()).map(MoreBenchmarks::path).collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static String path(URL url) {
        try {
            return new File(url.toURI()).getPath();
        } catch (Exception e) {
            return url.getPath();
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("wrong result: " + what);
        }
    }
}
