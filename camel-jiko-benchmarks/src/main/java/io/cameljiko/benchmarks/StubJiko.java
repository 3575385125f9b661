package io.cameljiko.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stub of the few Jiko endpoints the benchmarks call, on 127.0.0.1 with its own thread pool, so its cost is the
 * same for every contender and its CPU can be subtracted from the process's. Answers are prepared bytes; every
 * answer carries X-RateLimit headers with a huge budget so the component's rate-limit gate never waits.
 */
public final class StubJiko implements AutoCloseable {

    static final String TOKEN = "bench-access-token";
    static final String TOKEN_PATH = "/api/oauth2/token";
    static final String TEAM_PATH = "/api/v1/team/";
    static final String TRANSACTIONS_PATH = "/api/v2/transactions/";
    static final Instant FIRST_BOOKED = Instant.parse("2026-01-01T00:00:00Z");
    static final int PAGE_SIZE = 100;

    private final HttpServer server;
    private final ExecutorService pool;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final Map<Integer, byte[]> pages = new ConcurrentHashMap<>();
    private volatile int transactions;
    private volatile long tokenDelayMillis;
    private volatile boolean cachePages = true;

    static {
        // without it the server's separate header and body writes meet the client's delayed ACK: 40 ms per call
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public StubJiko(int transactions) throws IOException {
        this.transactions = transactions;
        pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "stub-jiko");
            t.setDaemon(true);
            threads.add(t);
            return t;
        });
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(pool);
        server.createContext(TOKEN_PATH, this::token);
        server.createContext(TEAM_PATH, ex -> answer(ex, TEAM));
        server.createContext(TRANSACTIONS_PATH, this::transactions);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String tokenUrl() {
        return baseUrl() + TOKEN_PATH;
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    /** How long the token endpoint takes, so concurrent first calls really overlap. */
    public void tokenDelay(long millis) {
        tokenDelayMillis = millis;
    }

    /** Off for heap measurements: cached pages would grow with the listing and hide what the client keeps. */
    public void cachePages(boolean cache) {
        cachePages = cache;
        pages.clear();
    }

    public int transactionCount() {
        return transactions;
    }

    public void transactions(int count) {
        transactions = count;
        pages.clear();
    }

    /** CPU time of the stub's threads (its pool and the server's dispatcher), to subtract from the process's. */
    public long cpuNanos() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : threads) {
            sum += Math.max(0, mx.getThreadCpuTime(t.getId()));
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("HTTP-Dispatcher")) {
                sum += Math.max(0, mx.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }

    private void token(HttpExchange ex) throws IOException {
        ex.getRequestBody().readAllBytes();
        long delay = tokenDelayMillis;
        if (delay > 0) {
            try {
                Thread.sleep(delay); // a slow token endpoint: the window in which first calls overlap
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        tokenRequests.incrementAndGet();
        answer(ex, ("{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private void transactions(HttpExchange ex) throws IOException {
        Map<String, String> query = query(ex.getRequestURI().getRawQuery());
        int start;
        if (query.containsKey("cursor")) {
            start = Integer.parseInt(query.get("cursor"));
        } else if (query.containsKey("time_booked_from")) {
            long from = java.time.OffsetDateTime.parse(query.get("time_booked_from")).toInstant().getEpochSecond();
            start = (int) Math.max(0, Math.min(transactions, from - FIRST_BOOKED.getEpochSecond()));
        } else {
            start = 0;
        }
        answer(ex, cachePages ? pages.computeIfAbsent(start, this::page) : page(start));
    }

    /** Items start.. of the listing, oldest first; item i was booked i seconds after FIRST_BOOKED. */
    private byte[] page(int start) {
        int end = Math.min(transactions, start + PAGE_SIZE);
        StringBuilder sb = new StringBuilder(end > start ? (end - start) * 420 : 64).append("{\"items\":[");
        for (int i = start; i < end; i++) {
            if (i > start) {
                sb.append(',');
            }
            String id = String.format("7c1e4a2b-0000-4000-8000-%012d", i);
            String booked = FIRST_BOOKED.plusSeconds(i).plusNanos(775_108_000L).toString();
            sb.append("{\"id\":\"").append(id).append("\",\"transaction_id\":\"tx-").append(i)
                    .append("\",\"type\":\"ACH\",\"pocket_id\":\"3f6c9a10-1111-4222-8333-444455556666\"")
                    .append(",\"description\":\"Payroll ").append(i).append("\",\"title\":\"ACH transfer\"")
                    .append(",\"amount\":{\"value\":").append(1000 + i).append(",\"currency\":\"USD\",\"formatted\":\"$")
                    .append((1000 + i) / 100).append('.').append(String.format("%02d", (1000 + i) % 100)).append("\"}")
                    .append(",\"direction\":\"CREDIT\",\"status\":\"SETTLED\",\"time_booked\":\"").append(booked)
                    .append("\",\"time_settled\":\"").append(booked).append("\",\"object_type\":\"transaction\"}");
        }
        sb.append("],\"next_page\":").append(end < transactions ? "\"" + end + "\"" : "null")
                .append(",\"prev_page\":null}");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> map = new java.util.HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return map;
    }

    private static void answer(HttpExchange ex, byte[] body) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            in.readAllBytes();
        }
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.getResponseHeaders().add("X-RateLimit-Limit", "1000000000");
        ex.getResponseHeaders().add("X-RateLimit-Remaining", "1000000000");
        ex.getResponseHeaders().add("X-RateLimit-Reset", Long.toString(Instant.now().getEpochSecond() + 60));
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final byte[] TEAM = ("{\"team_id\":\"5b0d7d2e-9c1a-4e51-8f0e-2b6f7a9c0d11\",\"members_by_status\":["
            + "{\"name\":\"ACTIVE\",\"total\":3,\"members\":["
            + member("a1", "ada@example.com", "Ada", "Lovelace", "ADMIN") + ","
            + member("b2", "grace@example.com", "Grace", "Hopper", "MEMBER") + ","
            + member("c3", "alan@example.com", "Alan", "Turing", "MEMBER") + "]},"
            + "{\"name\":\"INVITED\",\"total\":1,\"members\":[" + member("d4", "kat@example.com", "Katherine", "Johnson", "VIEWER")
            + "]}],\"allowed_authentication_methods\":[{\"id\":\"pw\",\"type\":\"PASSWORD\"},"
            + "{\"id\":\"sso-1\",\"type\":\"SSO\",\"sso_provider_id\":\"okta\"}],\"service_users\":[]}")
            .getBytes(StandardCharsets.UTF_8);

    private static String member(String id, String email, String first, String last, String role) {
        return "{\"member_id\":\"" + id + "000000-0000-4000-8000-000000000000\",\"email\":\"" + email + "\",\"first_name\":\""
               + first + "\",\"last_name\":\"" + last + "\",\"role\":\"" + role + "\",\"status\":\"ACTIVE\","
               + "\"added_date\":\"2025-03-14T09:26:53.589793Z\",\"last_login\":\"2026-01-30T16:09:35.775108+00:00\","
               + "\"team_id\":\"5b0d7d2e-9c1a-4e51-8f0e-2b6f7a9c0d11\",\"user_id\":\"u-" + id + "\"}";
    }
}
