package io.cameljiko.component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

import io.cameljiko.component.client.AccessTokenProvider;
import io.cameljiko.component.auth.TokenKey;
import io.cameljiko.component.client.ApacheHttpSender;
import io.cameljiko.component.client.HttpSender;
import io.cameljiko.component.client.JikoOutputType;
import io.cameljiko.component.client.JdkHttpSender;
import io.cameljiko.component.client.RateBudgets;
import io.cameljiko.component.client.RateLimitSnapshot;
import io.cameljiko.component.client.JikoStats;
import io.cameljiko.component.client.ResponseMapper;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.health.JikoComponentView;
import io.cameljiko.component.health.JikoHealthCheckRepository;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code jiko:} component. Holds what endpoints share: the pooled HTTP clients, the token cache
 * (one token per token URL, client id and scopes, within this component only) and the rate-limit budgets
 * (one per client and limit group, see docs/rate-limits.md).
 */
@Component("jiko")
public class JikoComponent extends HealthCheckComponent implements JikoComponentView {

    private static final Logger LOG = LoggerFactory.getLogger(JikoComponent.class);

    @Metadata(description = "Configuration shared by all endpoints; endpoint options win.")
    private JikoConfiguration configuration = new JikoConfiguration();

    private final Map<TokenKey, AccessTokenProvider> tokenProviders = new ConcurrentHashMap<>();
    private final Map<Long, ApacheHttpSender> httpSenders = new ConcurrentHashMap<>();
    /** One background thread, made on the first endpoint, for {@link #warmUp}. */
    private ExecutorService warmUps;
    private volatile boolean stopped;
    private final RateBudgets rateBudgets = new RateBudgets();
    private final JikoStats stats = new JikoStats();
    private JikoHealthCheckRepository healthChecks;
    /** openApiSpec files, each parsed and checked once per component. */
    private final io.cameljiko.component.openapi.OpenApiSpecs openApiSpecs = new io.cameljiko.component.openapi.OpenApiSpecs();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        JikoConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(remaining);
        JikoEndpoint endpoint = new JikoEndpoint(uri, this, endpointConfiguration);
        endpoint.setUriOptionNames(parameters.keySet());
        setProperties(endpoint, parameters);
        warmUp(endpoint);
        return endpoint;
    }

    /**
     * The user's java.net.http.HttpClient when the httpClient option is set, else the component's pooled Apache
     * HttpClient for this connect timeout (one per timeout, connections reused, closed when the component stops and
     * made again on the next call after a restart).
     */
    HttpSender httpSender(JikoConfiguration config) {
        if (config.getHttpClient() != null) {
            return new JdkHttpSender(config.getHttpClient());
        }
        long connectTimeout = config.getConnectTimeout();
        return request -> apacheSender(connectTimeout).send(request);
    }

    private ApacheHttpSender apacheSender(long connectTimeout) {
        return httpSenders.computeIfAbsent(connectTimeout, timeout -> ApacheHttpSender.create(Duration.ofMillis(timeout)));
    }

    /**
     * Prepares in the background what an endpoint's first call would otherwise make on the caller's thread: the
     * pooled HTTP client, with the JVM's TLS context when the endpoint calls an https URL, and the Jackson reader of
     * the operation's answers (together ~250 ms before a JVM's first answer, timed piece by piece; see
     * docs/performance.md). Started as the endpoint is created, so it runs while Camel goes on starting routes.
     * Nothing is sent; the first call uses what is ready and makes the rest itself.
     */
    private void warmUp(JikoEndpoint endpoint) {
        JikoConfiguration config = endpoint.getConfiguration();
        // an operation the catalog lacks (unknown, or from an openApiSpec) is reported or bound by the endpoint's start
        Operation operation = config.getOperation() == null ? null : OperationCatalog.find(config.getOperation()).orElse(null);
        boolean ownClient = config.getHttpClient() != null;
        long connectTimeout = config.getConnectTimeout();
        JikoOutputType outputType = config.getOutputType();
        boolean tls = isHttps(config.effectiveBaseUrl()) || (config.getAccessToken() == null && isHttps(config.effectiveTokenUrl()));
        inBackground(() -> {
            if (!ownClient && !stopped) {
                ApacheHttpSender sender = apacheSender(connectTimeout);
                if (tls) {
                    sender.prepareTls();
                }
            }
            if (operation != null) {
                ResponseMapper.prepare(operation, outputType);
            }
        });
    }

    private static boolean isHttps(String url) {
        return url != null && url.regionMatches(true, 0, "https:", 0, 6);
    }

    private void inBackground(Runnable task) {
        ExecutorService executor;
        synchronized (this) {
            if (warmUps == null) {
                warmUps = getCamelContext().getExecutorServiceManager().newSingleThreadExecutor(this, "JikoWarmUp");
            }
            executor = warmUps;
        }
        executor.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("Preparing in the background failed; the first call does it instead: {}", e.toString());
            }
        });
    }

    /** Waits until what was handed to the background thread so far is done (it runs one task at a time). */
    void awaitWarmUps(Duration atMost) throws Exception {
        ExecutorService executor;
        synchronized (this) {
            executor = warmUps;
        }
        if (executor != null) {
            executor.submit(() -> { }).get(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    /** Number of pooled HTTP clients made so far (one per connect timeout). */
    int pooledClients() {
        return httpSenders.size();
    }

    /** Number of pooled HTTP clients whose TLS is set up (made for an https URL). */
    long pooledClientsWithTls() {
        return httpSenders.values().stream().filter(ApacheHttpSender::tlsReady).count();
    }

    AccessTokenProvider tokenProvider(TokenKey key, Supplier<AccessTokenProvider> factory) {
        return tokenProviders.computeIfAbsent(key, k -> factory.get());
    }

    io.cameljiko.component.openapi.OpenApiSpecs openApiSpecs() {
        return openApiSpecs;
    }

    RateBudgets rateBudgets() {
        return rateBudgets;
    }

    /**
     * What the component knows of each rate-limit budget used so far (limit, remaining, reset, waits), per client
     * and limit group: a read-only copy for health checks, consoles and metrics.
     */
    @Override
    public List<RateLimitSnapshot> rateLimitSnapshots() {
        return rateBudgets.snapshots();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        stopped = false;
        if (isHealthCheckConsumerEnabled() || isHealthCheckProducerEnabled()) {
            healthChecks = JikoHealthCheckRepository.register(this);
        }
        // metrics only with Micrometer on the classpath (camel-micrometer or Spring Boot actuator)
        if (getCamelContext().getClassResolver().resolveClass("io.micrometer.core.instrument.MeterRegistry") != null) {
            io.cameljiko.component.metrics.JikoMetrics.bind(this);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthChecks != null) {
            healthChecks.unregister(this);
            healthChecks = null;
        }
        tokenProviders.clear();
        stopped = true;
        synchronized (this) {
            if (warmUps != null) {
                getCamelContext().getExecutorServiceManager().shutdownNow(warmUps);
                warmUps = null;
            }
        }
        httpSenders.values().forEach(ApacheHttpSender::close);
        httpSenders.clear();
        super.doStop();
    }

    /** Calls, retries, 429s, 401 replays and rate-limit headers of this component's endpoints. */
    @Override
    public JikoStats getStats() {
        return stats;
    }

    /** The cached token providers of the client-credentials endpoints, by client. */
    @Override
    public Map<TokenKey, AccessTokenProvider> getTokenProviders() {
        return java.util.Collections.unmodifiableMap(tokenProviders);
    }

    public JikoConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(JikoConfiguration configuration) {
        this.configuration = configuration;
    }
}
