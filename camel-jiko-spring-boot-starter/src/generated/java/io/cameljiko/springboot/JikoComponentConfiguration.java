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
    public static final Set<String> SECRET_OPTIONS = Set.of("accessToken", "privateKey");

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
     * listEvents: only these event types, comma-separated; matches any text, so transfers..rejected matches
     * transfers.wire.out.rejected and transfers.on-us.rejected.
     */
    private String eventTypes;
    /**
     * The most items one poll emits; the next poll continues where it stopped, without a gap. 0 = no limit.
     */
    private Integer maxMessagesPerPoll = 1000;
    /**
     * Time-filtered listings (events, transactions, trades, audit logs): each poll re-reads this window before
     * the newest delivered instant and drops what it already delivered, so items booked late are not missed.
     * In milliseconds.
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
     * Where the consumer keeps its position (an org.apache.camel.spi.StateRepository, e.g. a
     * FileStateRepository bean) so that a restart neither repeats nor skips items. Without one the position is
     * kept in memory only, and lost on restart. The option is a
     * org.apache.camel.spi.StateRepository&lt;java.lang.String, java.lang.String&gt; type: set it to
     * #bean:name of a bean.
     */
    private org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String> stateRepository;
    /**
     * API parameter account (listTrades): pocket ids (UUIDs), comma-separated.
     */
    private String account;
    /**
     * API parameter after (listEvents): an ISO-8601 instant; only events after it.
     */
    private String after;
    /**
     * API parameter amount_from (listTransactions): smallest amount, in integer cents.
     */
    private Long amountFrom;
    /**
     * API parameter amount_to (listTransactions): largest amount, in integer cents.
     */
    private Long amountTo;
    /**
     * API parameter book_date_from (listTrades): ISO-8601 date, inclusive.
     */
    private String bookDateFrom;
    /**
     * API parameter book_date_to (listTrades): ISO-8601 date, inclusive.
     */
    private String bookDateTo;
    /**
     * API parameter card (listTransactions; name inferred): card ids (UUIDs), comma-separated.
     */
    private String card;
    /**
     * API parameter counterparty_id: a counterparty's id (UUID).
     */
    private String counterpartyId;
    /**
     * API parameter cursor: the page of a list operation to read (a CamelJikoNextPage value).
     */
    private String cursor;
    /**
     * API parameter customer_id (listWires): a customer's id (UUID).
     */
    private String customerId;
    /**
     * API parameter date_from (getPocketEarnings): ISO-8601 date, inclusive.
     */
    private String dateFrom;
    /**
     * API parameter date_to (getPocketEarnings): ISO-8601 date, inclusive.
     */
    private String dateTo;
    /**
     * API parameter direction: DEBIT or CREDIT for listTransactions, INCOMING or OUTGOING for listWires.
     */
    private String direction;
    /**
     * API parameter document_type (uploadDocument): the kind of document, e.g. passport.
     */
    private String documentType;
    /**
     * API parameter key (listStatements): a month such as 2026-01 or a year such as 2026.
     */
    private String key;
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
     * API parameter limit: page size of a list operation, 1 to 100.
     */
    private Integer limit;
    /**
     * API parameter member_id: a team member's id (UUID).
     */
    private String memberId;
    /**
     * HTTP method of the request operation.
     */
    private String method;
    /**
     * API parameter on_us_transfer (listTransactions): on-us transfer ids (UUIDs), comma-separated.
     */
    private String onUsTransfer;
    /**
     * API parameter order (listTransactions): desc (Jiko's default) or asc.
     */
    private String order;
    /**
     * The message body of a result: the typed model, the JSON text untouched, or Map/List.
     */
    private io.cameljiko.component.JikoOutputType outputType = io.cameljiko.component.JikoOutputType.model;
    /**
     * List operations: false returns one page (a CursorPage, with CamelJikoNextPage/CamelJikoPrevPage
     * headers); true returns a lazy Iterator over the items of every page, fetching a page only when needed
     * and holding one in memory (use with split().streaming()).
     */
    private Boolean paginate = false;
    /**
     * Path of the request operation, e.g. /api/v2/business-applications/ (appended to the base URL; a query
     * string is allowed).
     */
    private String path;
    /**
     * API parameter period (getPocketEarnings): ytd, mtd, wtd, all-time or range (range needs dateFrom and
     * dateTo).
     */
    private String period;
    /**
     * API parameter pocket (listTransactions): pocket ids (UUIDs), comma-separated.
     */
    private String pocket;
    /**
     * API parameter pocket_id: a pocket's id (UUID).
     */
    private String pocketId;
    /**
     * API parameter portal (listTransactions; name inferred): portal ids (UUIDs), comma-separated.
     */
    private String portal;
    /**
     * API parameter portal_id: a portal's id (UUID).
     */
    private String portalId;
    /**
     * API parameter settlement_date_from (listTrades): ISO-8601 date, inclusive.
     */
    private String settlementDateFrom;
    /**
     * API parameter settlement_date_to (listTrades): ISO-8601 date, inclusive.
     */
    private String settlementDateTo;
    /**
     * API parameter status: READ or UNREAD for listNotifications; a status filter for listCounterparties and
     * listTransferRequests.
     */
    private String status;
    /**
     * API parameter subscription_id: a webhook subscription's id (UUID).
     */
    private String subscriptionId;
    /**
     * API parameter time_booked_from (listTransactions): ISO-8601 instant.
     */
    private String timeBookedFrom;
    /**
     * API parameter time_booked_to (listTransactions): ISO-8601 instant.
     */
    private String timeBookedTo;
    /**
     * API parameter timestamp_from: ISO-8601 instant, start of a time range.
     */
    private String timestampFrom;
    /**
     * API parameter timestamp_to: ISO-8601 instant, end of a time range.
     */
    private String timestampTo;
    /**
     * API parameter trade_datetime_from (listTrades): ISO-8601 instant.
     */
    private String tradeDatetimeFrom;
    /**
     * API parameter trade_datetime_to (listTrades): ISO-8601 instant.
     */
    private String tradeDatetimeTo;
    /**
     * API parameter transfer_id: a transfer request's id (UUID), also a webhook payload's wire_id or on_us_id.
     * createTransferRequest sets header CamelJikoTransferId, so a following approveTransferRequest finds it.
     */
    private String transferId;
    /**
     * API parameter type or type: statement types (BANK, BROKERAGE), transaction types (ACH, WIRE, CARD,
     * ON_US, ...) or a counterparty type (ach, wire, ...); comma-separated for several.
     */
    private String type;
    /**
     * The URL to fetch (download operation): a statement's pdf_download_url or a report file's download_url.
     */
    private String url;
    /**
     * API parameter wire (listTransactions): wire ids (UUIDs), comma-separated.
     */
    private String wire;
    /**
     * API parameter wire_id (getWire): a wire's id (UUID).
     */
    private String wireId;
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
     * The java.net.http.HttpClient to use; by default one per component, with the connect timeout above. The
     * option is a java.net.http.HttpClient type: set it to #bean:name of a bean.
     */
    private java.net.http.HttpClient httpClient;
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
     * OAuth scopes to request, space- or comma-separated (e.g. pockets.read,transfers.read).
     */
    private String scopes;
    /**
     * OAuth token endpoint URL; overrides the environment's. It is also the audience of the client assertion.
     */
    private String tokenUrl;

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

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
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

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public Long getAmountFrom() {
        return amountFrom;
    }

    public void setAmountFrom(Long amountFrom) {
        this.amountFrom = amountFrom;
    }

    public Long getAmountTo() {
        return amountTo;
    }

    public void setAmountTo(Long amountTo) {
        this.amountTo = amountTo;
    }

    public String getBookDateFrom() {
        return bookDateFrom;
    }

    public void setBookDateFrom(String bookDateFrom) {
        this.bookDateFrom = bookDateFrom;
    }

    public String getBookDateTo() {
        return bookDateTo;
    }

    public void setBookDateTo(String bookDateTo) {
        this.bookDateTo = bookDateTo;
    }

    public String getCard() {
        return card;
    }

    public void setCard(String card) {
        this.card = card;
    }

    public String getCounterpartyId() {
        return counterpartyId;
    }

    public void setCounterpartyId(String counterpartyId) {
        this.counterpartyId = counterpartyId;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public String getDateFrom() {
        return dateFrom;
    }

    public void setDateFrom(String dateFrom) {
        this.dateFrom = dateFrom;
    }

    public String getDateTo() {
        return dateTo;
    }

    public void setDateTo(String dateTo) {
        this.dateTo = dateTo;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getOnUsTransfer() {
        return onUsTransfer;
    }

    public void setOnUsTransfer(String onUsTransfer) {
        this.onUsTransfer = onUsTransfer;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public io.cameljiko.component.JikoOutputType getOutputType() {
        return outputType;
    }

    public void setOutputType(io.cameljiko.component.JikoOutputType outputType) {
        this.outputType = outputType;
    }

    public Boolean getPaginate() {
        return paginate;
    }

    public void setPaginate(Boolean paginate) {
        this.paginate = paginate;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getPocket() {
        return pocket;
    }

    public void setPocket(String pocket) {
        this.pocket = pocket;
    }

    public String getPocketId() {
        return pocketId;
    }

    public void setPocketId(String pocketId) {
        this.pocketId = pocketId;
    }

    public String getPortal() {
        return portal;
    }

    public void setPortal(String portal) {
        this.portal = portal;
    }

    public String getPortalId() {
        return portalId;
    }

    public void setPortalId(String portalId) {
        this.portalId = portalId;
    }

    public String getSettlementDateFrom() {
        return settlementDateFrom;
    }

    public void setSettlementDateFrom(String settlementDateFrom) {
        this.settlementDateFrom = settlementDateFrom;
    }

    public String getSettlementDateTo() {
        return settlementDateTo;
    }

    public void setSettlementDateTo(String settlementDateTo) {
        this.settlementDateTo = settlementDateTo;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public void setSubscriptionId(String subscriptionId) {
        this.subscriptionId = subscriptionId;
    }

    public String getTimeBookedFrom() {
        return timeBookedFrom;
    }

    public void setTimeBookedFrom(String timeBookedFrom) {
        this.timeBookedFrom = timeBookedFrom;
    }

    public String getTimeBookedTo() {
        return timeBookedTo;
    }

    public void setTimeBookedTo(String timeBookedTo) {
        this.timeBookedTo = timeBookedTo;
    }

    public String getTimestampFrom() {
        return timestampFrom;
    }

    public void setTimestampFrom(String timestampFrom) {
        this.timestampFrom = timestampFrom;
    }

    public String getTimestampTo() {
        return timestampTo;
    }

    public void setTimestampTo(String timestampTo) {
        this.timestampTo = timestampTo;
    }

    public String getTradeDatetimeFrom() {
        return tradeDatetimeFrom;
    }

    public void setTradeDatetimeFrom(String tradeDatetimeFrom) {
        this.tradeDatetimeFrom = tradeDatetimeFrom;
    }

    public String getTradeDatetimeTo() {
        return tradeDatetimeTo;
    }

    public void setTradeDatetimeTo(String tradeDatetimeTo) {
        this.tradeDatetimeTo = tradeDatetimeTo;
    }

    public String getTransferId() {
        return transferId;
    }

    public void setTransferId(String transferId) {
        this.transferId = transferId;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getWire() {
        return wire;
    }

    public void setWire(String wire) {
        this.wire = wire;
    }

    public String getWireId() {
        return wireId;
    }

    public void setWireId(String wireId) {
        this.wireId = wireId;
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
}
