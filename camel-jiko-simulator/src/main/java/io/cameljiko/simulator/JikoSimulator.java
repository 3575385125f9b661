package io.cameljiko.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stateful, in-memory imitation of the Jiko Customer API on 127.0.0.1.
 *
 * <pre>
 * try (JikoSimulator sim = JikoSimulator.builder().port(0).seed(42L).build()) {
 *     sim.start();
 *     String token = sim.issueAccessToken(sim.demoClientId());
 *     // GET sim.baseUrl() + "/api/v2/pockets/" with "Authorization: Bearer " + token
 * }
 * </pre>
 */
public final class JikoSimulator implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(JikoSimulator.class.getName());
    static final String TOKEN_PATH = "/api/oauth2/token";
    static final String DEMO_CLIENT_ID = "jiko-sim-demo-client";

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle plus delayed ACKs add
        // about 40 ms to every response. Read once by the JDK when its server classes load.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final int requestedPort;
    private final long seed;
    private final Duration tokenTtl;
    private final boolean rateLimits;
    private final Duration settleDelay;
    private final double webhookTimeScale;

    private final SimulatorClock clock = new SimulatorClock();
    private final Store store;
    private final Api api;
    private final TokenService tokens;
    private final RateLimiter rateLimiter;
    private final Faults faults;
    private final ApiFront front;
    private final KeyPair demoKey;
    private final SimulatorState state;

    private HttpServer server;
    private ExecutorService executor;
    private ScheduledExecutorService scheduler;
    private Webhooks webhooks;
    private volatile String baseUrl;

    private JikoSimulator(Builder b) {
        this.requestedPort = b.port;
        this.seed = b.seed;
        this.tokenTtl = b.tokenTtl;
        this.rateLimits = b.rateLimits;
        this.settleDelay = b.settleDelay;
        this.webhookTimeScale = b.webhookTimeScale;
        Instant epoch = b.seedEpoch != null ? b.seedEpoch : Instant.now().truncatedTo(ChronoUnit.DAYS);
        this.store = new Store(seed, epoch, clock, settleDelay);
        Seed.into(store);
        this.api = new Api(store);
        this.tokens = new TokenService(clock, tokenTtl);
        this.rateLimiter = new RateLimiter(rateLimits, b.rateLimitScale, b.rateLimitOverrides, b.rateLimitWindow.toSeconds());
        this.faults = new Faults(seed, tokens::expireAll);
        this.demoKey = demoKeyPair(seed);
        tokens.register(DEMO_CLIENT_ID, demoKey.getPublic());
        this.state = new SimulatorState(store);
        this.front = new ApiFront(store, api, tokens, rateLimiter, faults, clock, this::baseUrl);
    }

    /** A builder with defaults: port 0, seed 42, token TTL 900 s, rate limits on, settle delay 2 s. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder for {@link JikoSimulator}. */
    public static final class Builder {
        private int port = 0;
        private long seed = 42L;
        private Duration tokenTtl = Duration.ofSeconds(900);
        private boolean rateLimits = true;
        private Duration settleDelay = Duration.ofSeconds(2);
        private double webhookTimeScale = 1.0;
        private Instant seedEpoch;
        private double rateLimitScale = 1.0;
        private final Map<String, Integer> rateLimitOverrides = new java.util.HashMap<>();
        private Duration rateLimitWindow = Duration.ofMinutes(1);

        private Builder() {
        }

        /** Multiplies every group's documented limit (default 1.0; e.g. 0.05 turns 120 into 6), at least 1 per window. */
        public Builder rateLimitScale(double scale) {
            if (!(scale > 0)) {
                throw new IllegalArgumentException("rateLimitScale must be > 0");
            }
            this.rateLimitScale = scale;
            return this;
        }

        /** Sets one group's limit per window, e.g. ("Transactions", 5); wins over the scale. */
        public Builder rateLimit(String group, int perWindow) {
            if (!RateLimiter.LIMITS.containsKey(group) || perWindow < 1) {
                throw new IllegalArgumentException("rateLimit needs a group among " + new java.util.TreeSet<>(RateLimiter.LIMITS.keySet())
                                                   + " and a limit >= 1, got " + group + "=" + perWindow);
            }
            this.rateLimitOverrides.put(group, perWindow);
            return this;
        }

        /** Length of a rate-limit window in whole seconds (default 60 s, as Jiko's per-minute limits). */
        public Builder rateLimitWindow(Duration window) {
            if (window.toSeconds() < 1) {
                throw new IllegalArgumentException("rateLimitWindow must be at least 1 s");
            }
            this.rateLimitWindow = window;
            return this;
        }

        /** TCP port on 127.0.0.1; 0 (default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Seed for the generated data (default 42). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Access-token lifetime (default 900 s). */
        public Builder tokenTtl(Duration ttl) {
            this.tokenTtl = ttl;
            return this;
        }

        /** Enforce the documented per-group rate limits (default true). */
        public Builder rateLimits(boolean enabled) {
            this.rateLimits = enabled;
            return this;
        }

        /** Simulated time from PROCESSING to SUCCESS/REJECTED, and from PENDING to COMPLETED for reports (default 2 s). */
        public Builder settleDelay(Duration d) {
            this.settleDelay = d;
            return this;
        }

        /** Webhook retry intervals are divided by this factor (default 1.0; e.g. 1000 turns seconds into ms). */
        public Builder webhookTimeScale(double scale) {
            if (scale <= 0) {
                throw new IllegalArgumentException("webhookTimeScale must be > 0");
            }
            this.webhookTimeScale = scale;
            return this;
        }

        /**
         * The instant the seeded history ends at (default: start of the current UTC day). All seeded timestamps are
         * before it; fix it to get identical data across days.
         */
        public Builder seedEpoch(Instant epoch) {
            this.seedEpoch = epoch;
            return this;
        }

        public JikoSimulator build() {
            return new JikoSimulator(this);
        }
    }

    // ------------------------------------------------------------------ lifecycle

    /** Binds 127.0.0.1 and starts serving. */
    public synchronized JikoSimulator start() {
        if (server != null) {
            return this;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 64);
        } catch (IOException e) {
            throw new IllegalStateException("cannot bind 127.0.0.1:" + requestedPort + ": " + e.getMessage(), e);
        }
        executor = Executors.newFixedThreadPool(16, daemon("jiko-sim-http"));
        scheduler = Executors.newScheduledThreadPool(2, daemon("jiko-sim-tick"));
        webhooks = new Webhooks(store, scheduler, webhookTimeScale);
        synchronized (store) {
            store.eventListener = webhooks::onEvent;
        }
        server.setExecutor(executor);
        server.createContext("/", front);
        server.start();
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        synchronized (store) {
            store.baseUrl = baseUrl;
        }
        scheduler.scheduleWithFixedDelay(this::tick, 100, 100, TimeUnit.MILLISECONDS);
        LOG.log(System.Logger.Level.INFO, "Jiko simulator listening on {0}", baseUrl);
        return this;
    }

    /** Stops the server and background threads. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(0);
        scheduler.shutdownNow();
        executor.shutdownNow();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private void tick() {
        try {
            synchronized (store) {
                api.tick();
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "tick failed", e);
        }
    }

    // ------------------------------------------------------------------ public API

    /** http://127.0.0.1:PORT (API paths are appended to it). */
    public String baseUrl() {
        if (baseUrl == null) {
            throw new IllegalStateException("simulator not started");
        }
        return baseUrl;
    }

    /** baseUrl() + "/api/oauth2/token"; also the expected "aud" of client assertions. */
    public String tokenUrl() {
        return baseUrl() + TOKEN_PATH;
    }

    /** The bound port. */
    public int port() {
        return server == null ? -1 : server.getAddress().getPort();
    }

    /** Registers (or replaces) an OAuth client with its public key: RSA (PS256) or Ed25519 (EdDSA). */
    public void registerClient(String clientId, PublicKey key) {
        tokens.register(clientId, key);
    }

    public String demoClientId() {
        return DEMO_CLIENT_ID;
    }

    /** The demo client's Ed25519 private key as PKCS#8 PEM (derived from the seed). */
    public String demoPrivateKeyPem() {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(demoKey.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + b64 + "\n-----END PRIVATE KEY-----\n";
    }

    /** The demo client's public key. */
    public PublicKey demoPublicKey() {
        return demoKey.getPublic();
    }

    /** Issues an access token without the OAuth exchange. The client must be registered. */
    public String issueAccessToken(String clientId) {
        if (!tokens.isRegistered(clientId)) {
            throw new IllegalArgumentException("unknown client: " + clientId);
        }
        return tokens.issue(clientId, String.join(" ", TokenService.SCOPES));
    }

    public SimulatorClock clock() {
        return clock;
    }

    /** Moves the simulator clock forward, then settles due transfers/reports (emitting their events). */
    public void advanceClock(Duration d) {
        clock.advance(d);
        synchronized (store) {
            api.tick();
        }
    }

    public Faults faults() {
        return faults;
    }

    /** How many 429 answers the simulator has sent (rate limits, burst limit, forced faults; token endpoint included). */
    public long tooManyRequestsSent() {
        return front.tooManyRequests.get();
    }

    /** 429s from the rate limits, per group (and per burst-limited route, e.g. "POST /api/v1/transfer-requests/"). */
    public Map<String, Long> rateLimitRejections() {
        return rateLimiter.rejected();
    }

    /** The limit per window now in force for a group (documented, scaled or overridden). */
    public int rateLimit(String group) {
        return rateLimiter.limit(group);
    }

    /** Faults of webhook deliveries: duplicates, wrong signatures. Available once started. */
    public WebhookFaults webhookFaults() {
        if (webhooks == null) {
            throw new IllegalStateException("simulator not started");
        }
        return webhooks.faults;
    }

    /** Every request received so far (the most recent 50,000), in arrival order (a snapshot). */
    public List<RecordedRequest> receivedRequests() {
        return front.receivedRequests();
    }

    public void clearRequests() {
        front.clearRequests();
    }

    /** Read-only views of the state for assertions. */
    public SimulatorState state() {
        return state;
    }

    /** Appends an event and delivers it to matching subscriptions. Returns the event id. */
    public String emitEvent(String eventType, Map<String, Object> payload) {
        synchronized (store) {
            return store.emit(eventType, payload == null ? new LinkedHashMap<>() : new LinkedHashMap<>(payload)).eventId();
        }
    }

    private static KeyPair demoKeyPair(long seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(("jiko-sim-demo-" + seed).getBytes(StandardCharsets.UTF_8));
            KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
            g.initialize(NamedParameterSpec.ED25519, r);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the demo Ed25519 key", e);
        }
    }
}
