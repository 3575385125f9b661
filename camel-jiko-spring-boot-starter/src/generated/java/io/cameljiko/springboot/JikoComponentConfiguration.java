package io.cameljiko.springboot;

import java.util.Set;

import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The jiko component's options as Spring Boot properties {@code camel.component.jiko.*}.
 *
 * Generated from jiko.json by JikoComponentConfigurationSourceTest - do not edit: run
 * {@code mvn -pl camel-jiko-spring-boot-starter -am test -Dtest=JikoComponentConfigurationSourceTest -Dsurefire.failIfNoSpecifiedTests=false -Djiko.docs.write=true}.
 * Unknown properties under the prefix fail start-up, so a misspelt option is not silently ignored.
 */
@ConfigurationProperties(prefix = "camel.component.jiko", ignoreUnknownFields = false)
public class JikoComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /** The options marked secret in jiko.json: masked by the actuator sanitizer of this starter. */
    public static final Set<String> SECRET_OPTIONS = Set.of("accessToken", "privateKey", "privateKeyPassword", "previousSharedSecret", "sharedSecret");

    /**
     * Whether to enable auto configuration of the jiko component. This is enabled by default.
     */
    private Boolean enabled;
    /**
     * API base URL; overrides the environment's (for example a local simulator or WireMock).
     */
    private String baseUrl;
    /**
     * Configuration shared by all endpoints; endpoint options win. The option is a
     * io.cameljiko.component.JikoConfiguration type: set it to #bean:name of a bean.
     */
    private io.cameljiko.component.JikoConfiguration configuration;
    /**
     * The Jiko environment: selects the documented API base URL and OAuth token URL.
     */
    private io.cameljiko.component.JikoEnvironment environment = io.cameljiko.component.JikoEnvironment.sandbox;
    /**
     * The message body of a result or a polled item: the typed model, the JSON text untouched, or Map/List.
     */
    private io.cameljiko.component.client.JikoOutputType outputType = io.cameljiko.component.client.JikoOutputType.model;
    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if
     * possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will
     * now be processed as a message and handled by the routing Error Handler. Important: This is only possible
     * if the 3rd party component allows Camel to be alerted if an exception was thrown. Some components handle
     * this internally only, and therefore bridgeErrorHandler is not possible. In other situations we may
     * improve the Camel component to hook into the 3rd party component and make this possible for future
     * releases. By default the consumer will use the org.apache.camel.spi.ExceptionHandler to deal with
     * exceptions, that will be logged at WARN or ERROR level and ignored.
     */
    private Boolean bridgeErrorHandler = false;
    /**
     * The most items one poll emits; the next poll continues where it stopped, without a gap. 0 = no limit.
     */
    private Integer maxMessagesPerPoll = 1000;
    /**
     * Time-filtered listings (events, transactions, trades, audit logs): each poll re-reads this window before
     * the newest delivered instant and drops what it already delivered, so items booked late are not missed. A
     * catch-up through items older than this window by Jiko's clock (its Date header) goes on at the page
     * where the last poll stopped instead. In milliseconds.
     */
    private Long overlap = 60000L;
    /**
     * true: one exchange per item; false: one exchange per page, its body a List of items.
     */
    private Boolean splitItems = true;
    /**
     * Where a new consumer starts when no position is stored: now (only what happens from now on), beginning
     * (everything the listing holds), or an ISO-8601 instant such as 2026-01-01T00:00:00Z. A stored position
     * always wins; remove it from the state repository to start over.
     */
    private String startFrom = "now";
    /**
     * Where the consumer keeps its position (an org.apache.camel.spi.StateRepository of String keys and
     * values, e.g. a FileStateRepository bean) so that a restart neither repeats nor skips items. Without one
     * the position is kept in memory only, and lost on restart. The option is a
     * org.apache.camel.spi.StateRepository&lt;java.lang.String, java.lang.String&gt; type: set it to
     * #bean:name of a bean.
     */
    private org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String> stateRepository;
    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to
     * allow CamelContext and routes to startup in situations where a producer may otherwise fail during
     * starting and cause the route to fail being started. By deferring this startup to be lazy then the
     * startup failure can be handled during routing messages via Camel's routing error handlers. Beware that
     * when the first message is processed then creating and starting the producer may take a little time and
     * prolong the total processing time of the processing.
     */
    private Boolean lazyStartProducer = false;
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked
     * as autowired) by looking up in the registry to find if there is a single instance of matching type,
     * which then gets configured on the component. This can be used for automatic configuring JDBC data
     * sources, JMS connection factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;
    /**
     * Timeout for opening a connection. In milliseconds.
     */
    private Long connectTimeout = 10000L;
    /**
     * A java.net.http.HttpClient of your own (proxy, SSLContext, executor...) to send every call through
     * instead of the default: a pooled Apache HttpClient 5 per component and connect timeout. Retries, rate
     * limits and token handling are the same with either. The option is a java.net.http.HttpClient type: set
     * it to #bean:name of a bean.
     */
    private java.net.http.HttpClient httpClient;
    /**
     * The most one producer call waits in total, for rate-limit budget and for Retry-After retries; past it
     * the call fails with JikoRateLimitException saying when to try again. Consumers never wait for budget:
     * they poll later. In milliseconds.
     */
    private Long maxRateLimitWait = 60000L;
    /**
     * How many times a request that is safe to repeat is retried after a 5xx, an I/O error or a short 429.
     */
    private Integer maxRetries = 3;
    /**
     * The longest Retry-After the component waits for on a 429; a longer one fails at once with
     * JikoRateLimitException. In milliseconds.
     */
    private Long maxRetryAfter = 60000L;
    /**
     * Your copy of Jiko's OpenAPI description (file:, classpath: or a file path; YAML or JSON; OpenAPI 3.0 or
     * 3.1). At start the catalog is checked against it (a summary and each mismatch of the operation in use
     * are logged), and an operation the catalog lacks can be called by its operationId (jiko:operationId).
     * Needs io.swagger.parser.v3:swagger-parser-v3 on the classpath.
     */
    private String openApiSpec;
    /**
     * Requests per minute per rate-limit group when Jiko's answers carry no X-RateLimit headers: at most this
     * many in any 60 s (a sixth at once, the rest evenly paced). 0 uses the limit Jiko documents for the group
     * (60 to 300). Endpoints sharing a budget use the smallest value.
     */
    private Integer rateLimitFallback = 0;
    /**
     * Percent of each rate-limit group's budget that background reads (consumer polls, later pages of
     * paginate=true) leave to producers; 0 to 100.
     */
    private Integer rateLimitReserve = 20;
    /**
     * Timeout for one HTTP request, from sending to the response headers. In milliseconds.
     */
    private Long requestTimeout = 30000L;
    /**
     * The first backoff before a retry; it doubles each time, with jitter. In milliseconds.
     */
    private Long retryDelay = 500L;
    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;
    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has
     * by default disabled all producer based health-checks. You can turn on producer checks globally by
     * setting camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;
    /**
     * A fixed bearer access token to use instead of the client-credentials flow.
     */
    private String accessToken;
    /**
     * The OAuth client id (client-credentials flow).
     */
    private String clientId;
    /**
     * Optional kid header of the client assertion (the id of the registered public key).
     */
    private String keyId;
    /**
     * The client's private key, PEM PKCS#8 (RSA for PS256, Ed25519 for EdDSA): the PEM text, or file:/path or
     * classpath:path to it. Used to sign the client assertion; never sent.
     */
    private String privateKey;
    /**
     * The passphrase of an encrypted PKCS#8 privateKey ('BEGIN ENCRYPTED PRIVATE KEY').
     */
    private String privateKeyPassword;
    /**
     * OAuth scopes to request, space- or comma-separated (e.g. pockets.read,transfers.read).
     */
    private String scopes;
    /**
     * OAuth token endpoint URL; overrides the environment's. It is also the audience of the client assertion.
     */
    private String tokenUrl;
    /**
     * Webhook: the org.apache.camel.spi.IdempotentRepository that drops deliveries of an event id already
     * processed (Jiko retries, replays, reconciliation). Default: in memory (1000 ids), lost on restart; use a
     * shared one (JDBC, Kafka, file) with several replicas. The option is a
     * org.apache.camel.spi.IdempotentRepository type: set it to #bean:name of a bean.
     */
    private org.apache.camel.spi.IdempotentRepository idempotentRepository;
    /**
     * Webhook: keep the Jiko subscription when the endpoint stops (by default it is deleted). The next start
     * finds it by its URL and updates it instead of creating a second one.
     */
    private Boolean keepSubscription = false;
    /**
     * Webhook: the largest delivery body accepted, in bytes; a larger one is answered 413.
     */
    private Long maxBodySize = 1048576L;
    /**
     * Webhook: the secret being rotated out. Signatures made with it are still accepted, so deliveries signed
     * before the subscription took the new sharedSecret are not refused.
     */
    private String previousSharedSecret;
    /**
     * Webhook: how often listEvents is read for events push did not deliver (sent while the route was down, or
     * given up by Jiko). It also runs when the route starts; 0 = only then; -1 (any negative value) = never:
     * on several replicas the receivers set -1 and one leader-elected master: route reconciles into the same
     * shared idempotentRepository (docs/production.md). In milliseconds.
     */
    private Long reconcileInterval = 300000L;
    /**
     * Webhook: the subscription's shared secret, at least 16 characters. Jiko signs each delivery with it
     * (header x-jiko-signature: base64 HMAC-SHA256 of the raw body, an inferred scheme); a delivery without a
     * valid signature is answered 401 and never reaches the route.
     */
    private String sharedSecret;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public io.cameljiko.component.JikoConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(io.cameljiko.component.JikoConfiguration configuration) {
        this.configuration = configuration;
    }

    public io.cameljiko.component.JikoEnvironment getEnvironment() {
        return environment;
    }

    public void setEnvironment(io.cameljiko.component.JikoEnvironment environment) {
        this.environment = environment;
    }

    public io.cameljiko.component.client.JikoOutputType getOutputType() {
        return outputType;
    }

    public void setOutputType(io.cameljiko.component.client.JikoOutputType outputType) {
        this.outputType = outputType;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Integer getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(Integer maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public Long getOverlap() {
        return overlap;
    }

    public void setOverlap(Long overlap) {
        this.overlap = overlap;
    }

    public Boolean getSplitItems() {
        return splitItems;
    }

    public void setSplitItems(Boolean splitItems) {
        this.splitItems = splitItems;
    }

    public String getStartFrom() {
        return startFrom;
    }

    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    public org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public java.net.http.HttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(java.net.http.HttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public Long getMaxRateLimitWait() {
        return maxRateLimitWait;
    }

    public void setMaxRateLimitWait(Long maxRateLimitWait) {
        this.maxRateLimitWait = maxRateLimitWait;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Long getMaxRetryAfter() {
        return maxRetryAfter;
    }

    public void setMaxRetryAfter(Long maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    public String getOpenApiSpec() {
        return openApiSpec;
    }

    public void setOpenApiSpec(String openApiSpec) {
        this.openApiSpec = openApiSpec;
    }

    public Integer getRateLimitFallback() {
        return rateLimitFallback;
    }

    public void setRateLimitFallback(Integer rateLimitFallback) {
        this.rateLimitFallback = rateLimitFallback;
    }

    public Integer getRateLimitReserve() {
        return rateLimitReserve;
    }

    public void setRateLimitReserve(Integer rateLimitReserve) {
        this.rateLimitReserve = rateLimitReserve;
    }

    public Long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(Long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getKeyId() {
        return keyId;
    }

    public void setKeyId(String keyId) {
        this.keyId = keyId;
    }

    public String getPrivateKey() {
        return privateKey;
    }

    public void setPrivateKey(String privateKey) {
        this.privateKey = privateKey;
    }

    public String getPrivateKeyPassword() {
        return privateKeyPassword;
    }

    public void setPrivateKeyPassword(String privateKeyPassword) {
        this.privateKeyPassword = privateKeyPassword;
    }

    public String getScopes() {
        return scopes;
    }

    public void setScopes(String scopes) {
        this.scopes = scopes;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public org.apache.camel.spi.IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(org.apache.camel.spi.IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public Boolean getKeepSubscription() {
        return keepSubscription;
    }

    public void setKeepSubscription(Boolean keepSubscription) {
        this.keepSubscription = keepSubscription;
    }

    public Long getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(Long maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public String getPreviousSharedSecret() {
        return previousSharedSecret;
    }

    public void setPreviousSharedSecret(String previousSharedSecret) {
        this.previousSharedSecret = previousSharedSecret;
    }

    public Long getReconcileInterval() {
        return reconcileInterval;
    }

    public void setReconcileInterval(Long reconcileInterval) {
        this.reconcileInterval = reconcileInterval;
    }

    public String getSharedSecret() {
        return sharedSecret;
    }

    public void setSharedSecret(String sharedSecret) {
        this.sharedSecret = sharedSecret;
    }
}
