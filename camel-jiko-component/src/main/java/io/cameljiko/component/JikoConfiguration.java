package io.cameljiko.component;

import java.net.http.HttpClient;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * Options shared by the component and its endpoints: the component's values are copied into every
 * endpoint, whose own options win. API parameters are options too (lowerCamelCase of the API name).
 */
@UriParams
public class JikoConfiguration implements Cloneable {

    @UriPath(description = "The Jiko operation, e.g. getTeam, listTransactions, or request for any other path.")
    @Metadata(required = true)
    private String operation;

    // ---- connection ---------------------------------------------------------------------------
    @UriParam(label = "common", defaultValue = "sandbox",
              description = "The Jiko environment: selects the documented API base URL and OAuth token URL.")
    private JikoEnvironment environment = JikoEnvironment.sandbox;
    @UriParam(label = "common",
              description = "API base URL; overrides the environment's (for example a local simulator or WireMock).")
    private String baseUrl;
    @UriParam(label = "security",
              description = "OAuth token endpoint URL; overrides the environment's. It is also the audience of the client assertion.")
    private String tokenUrl;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "Timeout for opening a connection.")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Timeout for one HTTP request, from sending to the response headers.")
    private long requestTimeout = 30_000;
    @UriParam(label = "advanced", defaultValue = "3",
              description = "How many times a request that is safe to repeat is retried after a 5xx, an I/O error or a short 429.")
    private int maxRetries = 3;
    @UriParam(label = "advanced", defaultValue = "500", javaType = "java.time.Duration",
              description = "The first backoff before a retry; it doubles each time, with jitter.")
    private long retryDelay = 500;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The longest Retry-After the component waits for on a 429; a longer one fails at once with JikoRateLimitException.")
    private long maxRetryAfter = 60_000;
    @UriParam(label = "advanced",
              description = "The java.net.http.HttpClient to use; by default one per component, with the connect timeout above.")
    private HttpClient httpClient;
    @UriParam(label = "advanced", description = "Your copy of Jiko's OpenAPI description (file:, classpath: or a file path; YAML or JSON; OpenAPI 3.0 or 3.1). At start the catalog is checked against it (a summary and each mismatch of the operation in use are logged), and an operation the catalog lacks can be called by its operationId (jiko:operationId). Needs io.swagger.parser.v3:swagger-parser-v3 on the classpath.")
    private String openApiSpec;

    // ---- security -----------------------------------------------------------------------------
    @UriParam(label = "security", description = "The OAuth client id (client-credentials flow).")
    private String clientId;
    @UriParam(label = "security", secret = true,
              description = "The client's private key, PEM PKCS#8 (RSA for PS256, Ed25519 for EdDSA): the PEM text, "
                            + "or file:/path or classpath:path to it. Used to sign the client assertion; never sent.")
    private String privateKey;
    @UriParam(label = "security", description = "Optional kid header of the client assertion (the id of the registered public key).")
    private String keyId;
    @UriParam(label = "security", description = "OAuth scopes to request, space- or comma-separated (e.g. pockets.read,transfers.read).")
    private String scopes;
    @UriParam(label = "security", secret = true,
              description = "A fixed bearer access token to use instead of the client-credentials flow.")
    private String accessToken;

    // ---- producer -----------------------------------------------------------------------------
    @UriParam(label = "producer", defaultValue = "model", enums = "model,json,map",
              description = "The message body of a result: the typed model, the JSON text untouched, or Map/List.")
    private JikoOutputType outputType = JikoOutputType.model;
    @UriParam(label = "producer", enums = "GET,POST,PUT,PATCH,DELETE",
              description = "HTTP method of the request operation.")
    private String method;
    @UriParam(label = "producer", description = "Path of the request operation, e.g. /api/v2/business-applications/ "
                                                + "(appended to the base URL; a query string is allowed).")
    private String path;

    // ---- API parameters (header CamelJiko + UpperCamelCase wins) --------------------------------
    @UriParam(label = "producer", description = "API parameter member_id: a team member's id (UUID).")
    private String memberId;
    @UriParam(label = "producer", description = "API parameter timestamp_from: ISO-8601 instant, start of a time range.")
    private String timestampFrom;
    @UriParam(label = "producer", description = "API parameter timestamp_to: ISO-8601 instant, end of a time range.")
    private String timestampTo;
    @UriParam(label = "producer", description = "API parameter cursor: the page of a list operation to read (a CamelJikoNextPage value).")
    private String cursor;
    @UriParam(label = "producer", description = "API parameter limit: page size of a list operation, 1 to 100.")
    private Integer limit;
    @UriParam(label = "producer", description = "API parameter subscription_id: a webhook subscription's id (UUID).")
    private String subscriptionId;
    @UriParam(label = "producer", description = "API parameter after (listEvents): an ISO-8601 instant; only events after it.")
    private String after;
    @UriParam(label = "producer", description = "API parameter status: READ or UNREAD for listNotifications; a status filter for listCounterparties and listTransferRequests.")
    private String status;
    @UriParam(label = "producer", description = "API parameter type or type[]: statement types (BANK, BROKERAGE), transaction types (ACH, WIRE, CARD, ON_US, ...) or a counterparty type (ach, wire, ...); comma-separated for several.")
    private String type;
    @UriParam(label = "producer", description = "API parameter key (listStatements): a month such as 2026-01 or a year such as 2026.")
    private String key;
    @UriParam(label = "producer", description = "The URL to fetch (download operation): a statement's pdf_download_url or a report file's download_url.")
    private String url;
    @UriParam(label = "producer", description = "API parameter book_date_from (listTrades): ISO-8601 date, inclusive.")
    private String bookDateFrom;
    @UriParam(label = "producer", description = "API parameter book_date_to (listTrades): ISO-8601 date, inclusive.")
    private String bookDateTo;
    @UriParam(label = "producer", description = "API parameter settlement_date_from (listTrades): ISO-8601 date, inclusive.")
    private String settlementDateFrom;
    @UriParam(label = "producer", description = "API parameter settlement_date_to (listTrades): ISO-8601 date, inclusive.")
    private String settlementDateTo;
    @UriParam(label = "producer", description = "API parameter account[] (listTrades): pocket ids (UUIDs), comma-separated.")
    private String account;
    @UriParam(label = "producer", description = "API parameter trade_datetime_from (listTrades): ISO-8601 instant.")
    private String tradeDatetimeFrom;
    @UriParam(label = "producer", description = "API parameter trade_datetime_to (listTrades): ISO-8601 instant.")
    private String tradeDatetimeTo;
    @UriParam(label = "producer", description = "API parameter pocket_id: a pocket's id (UUID).")
    private String pocketId;
    @UriParam(label = "producer", description = "API parameter portal_id: a portal's id (UUID).")
    private String portalId;
    @UriParam(label = "producer", description = "API parameter transfer_id: a transfer request's id (UUID), also a webhook payload's wire_id or on_us_id. createTransferRequest sets header CamelJikoTransferId, so a following approveTransferRequest finds it.")
    private String transferId;
    @UriParam(label = "producer", description = "API parameter document_type (uploadDocument): the kind of document, e.g. passport.")
    private String documentType;
    @UriParam(label = "producer", description = "API parameter counterparty_id: a counterparty's id (UUID).")
    private String counterpartyId;
    @UriParam(label = "producer", description = "API parameter period (getPocketEarnings): ytd, mtd, wtd, all-time or range (range needs dateFrom and dateTo).")
    private String period;
    @UriParam(label = "producer", description = "API parameter date_from (getPocketEarnings): ISO-8601 date, inclusive.")
    private String dateFrom;
    @UriParam(label = "producer", description = "API parameter date_to (getPocketEarnings): ISO-8601 date, inclusive.")
    private String dateTo;
    @UriParam(label = "producer", description = "API parameter order (listTransactions): desc (Jiko's default) or asc.")
    private String order;
    @UriParam(label = "producer", description = "API parameter pocket[] (listTransactions): pocket ids (UUIDs), comma-separated.")
    private String pocket;
    @UriParam(label = "producer", description = "API parameter on_us_transfer[] (listTransactions): on-us transfer ids (UUIDs), comma-separated.")
    private String onUsTransfer;
    @UriParam(label = "producer", description = "API parameter wire[] (listTransactions): wire ids (UUIDs), comma-separated.")
    private String wire;
    @UriParam(label = "producer", description = "API parameter card[] (listTransactions; name inferred): card ids (UUIDs), comma-separated.")
    private String card;
    @UriParam(label = "producer", description = "API parameter portal[] (listTransactions; name inferred): portal ids (UUIDs), comma-separated.")
    private String portal;
    @UriParam(label = "producer", description = "API parameter time_booked_from (listTransactions): ISO-8601 instant.")
    private String timeBookedFrom;
    @UriParam(label = "producer", description = "API parameter time_booked_to (listTransactions): ISO-8601 instant.")
    private String timeBookedTo;
    @UriParam(label = "producer", description = "API parameter amount_from (listTransactions): smallest amount, in integer cents.")
    private Long amountFrom;
    @UriParam(label = "producer", description = "API parameter amount_to (listTransactions): largest amount, in integer cents.")
    private Long amountTo;
    @UriParam(label = "producer", description = "API parameter direction: DEBIT or CREDIT for listTransactions, INCOMING or OUTGOING for listWires.")
    private String direction;
    @UriParam(label = "producer", description = "API parameter customer_id (listWires): a customer's id (UUID).")
    private String customerId;
    @UriParam(label = "producer", description = "API parameter wire_id (getWire): a wire's id (UUID).")
    private String wireId;

    // ---- consumer ---------------------------------------------------------------------------------
    @UriParam(label = "consumer", defaultValue = "now",
              description = "Where a new consumer starts when no position is stored: now (only what happens from now on), "
                            + "beginning (everything the listing holds), or an ISO-8601 instant such as 2026-01-01T00:00:00Z. "
                            + "A stored position always wins; remove it from the state repository to start over.")
    private String startFrom = "now";
    @UriParam(label = "consumer",
              description = "Where the consumer keeps its position (an org.apache.camel.spi.StateRepository<String, String>, "
                            + "e.g. a FileStateRepository bean) so that a restart neither repeats nor skips items. "
                            + "Without one the position is kept in memory only, and lost on restart.")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer", defaultValue = "true",
              description = "true: one exchange per item; false: one exchange per page, its body a List of items.")
    private boolean splitItems = true;
    @UriParam(label = "consumer",
              description = "listEvents: only these event types, comma-separated; * matches any text, so transfers.*.rejected matches transfers.wire.out.rejected and transfers.on-us.rejected.")
    private String eventTypes;
    @UriParam(label = "consumer", defaultValue = "1000",
              description = "The most items one poll emits; the next poll continues where it stopped, without a gap. 0 = no limit.")
    private int maxMessagesPerPoll = 1000;
    @UriParam(label = "consumer", defaultValue = "60000", javaType = "java.time.Duration",
              description = "Time-filtered listings (events, transactions, trades, audit logs): each poll re-reads this "
                            + "window before the newest delivered instant and drops what it already delivered, so items "
                            + "booked late are not missed.")
    private long overlap = 60_000;

    // ---- paging ---------------------------------------------------------------------------------
    @UriParam(label = "producer", defaultValue = "false",
              description = "List operations: false returns one page (a CursorPage, with CamelJikoNextPage/CamelJikoPrevPage headers); "
                            + "true returns a lazy Iterator over the items of every page, fetching a page only when needed "
                            + "and holding one in memory (use with split().streaming()).")
    private boolean paginate;

    public JikoConfiguration copy() {
        try {
            return (JikoConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** The API base URL in effect: baseUrl, else the environment's, without a trailing slash. */
    public String effectiveBaseUrl() {
        String url = baseUrl != null && !baseUrl.isBlank() ? baseUrl.trim() : environment.baseUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String effectiveTokenUrl() {
        return tokenUrl != null && !tokenUrl.isBlank() ? tokenUrl.trim() : environment.tokenUrl();
    }

    // secrets stay out of any accidental string form
    @Override
    public String toString() {
        return "JikoConfiguration[operation=" + operation + ", environment=" + environment + ", baseUrl=" + baseUrl
               + ", clientId=" + clientId + ", privateKey=" + (privateKey == null ? "none" : "******")
               + ", accessToken=" + (accessToken == null ? "none" : "******") + "]";
    }

    public String getOperation() { return operation; }
    public void setOperation(String operation) { this.operation = operation; }
    public JikoEnvironment getEnvironment() { return environment; }
    public void setEnvironment(JikoEnvironment environment) { this.environment = environment; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getTokenUrl() { return tokenUrl; }
    public void setTokenUrl(String tokenUrl) { this.tokenUrl = tokenUrl; }
    public long getConnectTimeout() { return connectTimeout; }
    public void setConnectTimeout(long connectTimeout) { this.connectTimeout = connectTimeout; }
    public long getRequestTimeout() { return requestTimeout; }
    public void setRequestTimeout(long requestTimeout) { this.requestTimeout = requestTimeout; }
    public int getMaxRetries() { return maxRetries; }
    public void setMaxRetries(int maxRetries) { this.maxRetries = maxRetries; }
    public long getRetryDelay() { return retryDelay; }
    public void setRetryDelay(long retryDelay) { this.retryDelay = retryDelay; }
    public long getMaxRetryAfter() { return maxRetryAfter; }
    public void setMaxRetryAfter(long maxRetryAfter) { this.maxRetryAfter = maxRetryAfter; }
    public HttpClient getHttpClient() { return httpClient; }
    public void setHttpClient(HttpClient httpClient) { this.httpClient = httpClient; }
    public String getOpenApiSpec() { return openApiSpec; }
    public void setOpenApiSpec(String openApiSpec) { this.openApiSpec = openApiSpec; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getPrivateKey() { return privateKey; }
    public void setPrivateKey(String privateKey) { this.privateKey = privateKey; }
    public String getKeyId() { return keyId; }
    public void setKeyId(String keyId) { this.keyId = keyId; }
    public String getScopes() { return scopes; }
    public void setScopes(String scopes) { this.scopes = scopes; }
    public String getAccessToken() { return accessToken; }
    public void setAccessToken(String accessToken) { this.accessToken = accessToken; }
    public JikoOutputType getOutputType() { return outputType; }
    public void setOutputType(JikoOutputType outputType) { this.outputType = outputType; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public String getMemberId() { return memberId; }
    public void setMemberId(String memberId) { this.memberId = memberId; }
    public String getTimestampFrom() { return timestampFrom; }
    public void setTimestampFrom(String timestampFrom) { this.timestampFrom = timestampFrom; }
    public String getTimestampTo() { return timestampTo; }
    public void setTimestampTo(String timestampTo) { this.timestampTo = timestampTo; }
    public String getCursor() { return cursor; }
    public void setCursor(String cursor) { this.cursor = cursor; }
    public Integer getLimit() { return limit; }
    public void setLimit(Integer limit) { this.limit = limit; }
    public String getSubscriptionId() { return subscriptionId; }
    public void setSubscriptionId(String subscriptionId) { this.subscriptionId = subscriptionId; }
    public String getAfter() { return after; }
    public void setAfter(String after) { this.after = after; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getBookDateFrom() { return bookDateFrom; }
    public void setBookDateFrom(String bookDateFrom) { this.bookDateFrom = bookDateFrom; }
    public String getBookDateTo() { return bookDateTo; }
    public void setBookDateTo(String bookDateTo) { this.bookDateTo = bookDateTo; }
    public String getSettlementDateFrom() { return settlementDateFrom; }
    public void setSettlementDateFrom(String settlementDateFrom) { this.settlementDateFrom = settlementDateFrom; }
    public String getSettlementDateTo() { return settlementDateTo; }
    public void setSettlementDateTo(String settlementDateTo) { this.settlementDateTo = settlementDateTo; }
    public String getAccount() { return account; }
    public void setAccount(String account) { this.account = account; }
    public String getTradeDatetimeFrom() { return tradeDatetimeFrom; }
    public void setTradeDatetimeFrom(String tradeDatetimeFrom) { this.tradeDatetimeFrom = tradeDatetimeFrom; }
    public String getTradeDatetimeTo() { return tradeDatetimeTo; }
    public void setTradeDatetimeTo(String tradeDatetimeTo) { this.tradeDatetimeTo = tradeDatetimeTo; }
    public String getPocketId() { return pocketId; }
    public void setPocketId(String pocketId) { this.pocketId = pocketId; }
    public String getPortalId() { return portalId; }
    public void setPortalId(String portalId) { this.portalId = portalId; }
    public String getTransferId() { return transferId; }
    public void setTransferId(String transferId) { this.transferId = transferId; }
    public String getDocumentType() { return documentType; }
    public void setDocumentType(String documentType) { this.documentType = documentType; }
    public String getCounterpartyId() { return counterpartyId; }
    public void setCounterpartyId(String counterpartyId) { this.counterpartyId = counterpartyId; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getDateFrom() { return dateFrom; }
    public void setDateFrom(String dateFrom) { this.dateFrom = dateFrom; }
    public String getDateTo() { return dateTo; }
    public void setDateTo(String dateTo) { this.dateTo = dateTo; }
    public String getOrder() { return order; }
    public void setOrder(String order) { this.order = order; }
    public String getPocket() { return pocket; }
    public void setPocket(String pocket) { this.pocket = pocket; }
    public String getOnUsTransfer() { return onUsTransfer; }
    public void setOnUsTransfer(String onUsTransfer) { this.onUsTransfer = onUsTransfer; }
    public String getWire() { return wire; }
    public void setWire(String wire) { this.wire = wire; }
    public String getCard() { return card; }
    public void setCard(String card) { this.card = card; }
    public String getPortal() { return portal; }
    public void setPortal(String portal) { this.portal = portal; }
    public String getTimeBookedFrom() { return timeBookedFrom; }
    public void setTimeBookedFrom(String timeBookedFrom) { this.timeBookedFrom = timeBookedFrom; }
    public String getTimeBookedTo() { return timeBookedTo; }
    public void setTimeBookedTo(String timeBookedTo) { this.timeBookedTo = timeBookedTo; }
    public Long getAmountFrom() { return amountFrom; }
    public void setAmountFrom(Long amountFrom) { this.amountFrom = amountFrom; }
    public Long getAmountTo() { return amountTo; }
    public void setAmountTo(Long amountTo) { this.amountTo = amountTo; }
    public String getDirection() { return direction; }
    public void setDirection(String direction) { this.direction = direction; }
    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = customerId; }
    public String getWireId() { return wireId; }
    public void setWireId(String wireId) { this.wireId = wireId; }
    public boolean isPaginate() { return paginate; }
    public void setPaginate(boolean paginate) { this.paginate = paginate; }
    public String getStartFrom() { return startFrom; }
    public void setStartFrom(String startFrom) { this.startFrom = startFrom; }
    public StateRepository<String, String> getStateRepository() { return stateRepository; }
    public void setStateRepository(StateRepository<String, String> stateRepository) { this.stateRepository = stateRepository; }
    public boolean isSplitItems() { return splitItems; }
    public void setSplitItems(boolean splitItems) { this.splitItems = splitItems; }
    public String getEventTypes() { return eventTypes; }
    public void setEventTypes(String eventTypes) { this.eventTypes = eventTypes; }
    public int getMaxMessagesPerPoll() { return maxMessagesPerPoll; }
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) { this.maxMessagesPerPoll = maxMessagesPerPoll; }
    public long getOverlap() { return overlap; }
    public void setOverlap(long overlap) { this.overlap = overlap; }
}
