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
public class JikoConfiguration extends RateLimitOptions implements Cloneable {

    @UriPath(description = "The Jiko operation, e.g. getTeam, listTransactions, or request for any other path.",
             enums = "listAgreements,listEvents,listNotifications,createSubscription,listSubscriptions,getSubscription,updateSubscription,deleteSubscription,createReportRequest,listReportRequests,listStatements,download,getTeam,getTeamMember,exportTeamAuditLogs,listTrades,listPocketPortals,createPortal,listPortals,getFundingInstructions,updatePortal,createTransferRequest,getTransferRequest,listTransferRequests,approveTransferRequest,cancelTransferRequest,getCustomer,uploadDocument,getUserMemberships,listPockets,createPocket,getPocket,updatePocket,getPocketEarnings,listTransactions,listCounterparties,createCounterparty,getCounterparty,updateCounterparty,listTradingStrategies,listWires,getWire,request")
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
              description = "A java.net.http.HttpClient of your own (proxy, SSLContext, executor...) to send every call through instead of the default: a pooled Apache HttpClient 5 per component and connect timeout. Retries, rate limits and token handling are the same with either.")
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
    @UriParam(label = "security", secret = true, description = "The passphrase of an encrypted PKCS#8 privateKey ('BEGIN ENCRYPTED PRIVATE KEY').")
    private String privateKeyPassword;
    @UriParam(label = "security", description = "Optional kid header of the client assertion (the id of the registered public key).")
    private String keyId;
    @UriParam(label = "security", description = "OAuth scopes to request, space- or comma-separated (e.g. pockets.read,transfers.read).")
    private String scopes;
    @UriParam(label = "security", secret = true,
              description = "A fixed bearer access token to use instead of the client-credentials flow.")
    private String accessToken;

    // ---- producer -----------------------------------------------------------------------------
    @UriParam(label = "common", defaultValue = "model", enums = "model,json,map",
              description = "The message body of a result or a polled item: the typed model, the JSON text untouched, or Map/List.")
    private JikoOutputType outputType = JikoOutputType.model;
    @UriParam(label = "request,producer", enums = "GET,POST,PUT,PATCH,DELETE", description = "HTTP method of the request operation. Operations: request.")
    private String method;
    @UriParam(label = "request,producer", description = "Path of the request operation, e.g. /api/v2/business-applications/ (appended to the base URL; a query string is allowed). Operations: request.")
    private String path;

    // ---- API parameters (header CamelJiko + UpperCamelCase wins) --------------------------------
    @UriParam(label = "getTeamMember,exportTeamAuditLogs,common", description = "API parameter member_id: a team member's id (UUID). Operations: getTeamMember, exportTeamAuditLogs.")
    private String memberId;
    @UriParam(label = "exportTeamAuditLogs,common", description = "API parameter timestamp_from: ISO-8601 instant, start of a time range. Operations: exportTeamAuditLogs.")
    private String timestampFrom;
    @UriParam(label = "exportTeamAuditLogs,common", description = "API parameter timestamp_to: ISO-8601 instant, end of a time range. Operations: exportTeamAuditLogs.")
    private String timestampTo;
    @UriParam(label = "listEvents,listNotifications,listSubscriptions,listReportRequests,listStatements,exportTeamAuditLogs,listTrades,listPocketPortals,listPortals,listTransferRequests,listPockets,listTransactions,listCounterparties,listWires,common", description = "API parameter cursor: the page of a list operation to read (a CamelJikoNextPage value). Operations: listEvents, listNotifications, listSubscriptions, listReportRequests, listStatements, exportTeamAuditLogs, listTrades, listPocketPortals, listPortals, listTransferRequests, listPockets, listTransactions, listCounterparties, listWires.")
    private String cursor;
    @UriParam(label = "listEvents,listNotifications,listSubscriptions,listReportRequests,listStatements,exportTeamAuditLogs,listTrades,listPocketPortals,listPortals,listTransferRequests,listPockets,listTransactions,listCounterparties,listWires,common", description = "API parameter limit: page size of a list operation, 1 to 100. Operations: listEvents, listNotifications, listSubscriptions, listReportRequests, listStatements, exportTeamAuditLogs, listTrades, listPocketPortals, listPortals, listTransferRequests, listPockets, listTransactions, listCounterparties, listWires.")
    private Integer limit;
    @UriParam(label = "listEvents,getSubscription,updateSubscription,deleteSubscription,common", description = "API parameter subscription_id: a webhook subscription's id (UUID). Operations: listEvents, getSubscription, updateSubscription, deleteSubscription.")
    private String subscriptionId;
    @UriParam(label = "listEvents,common", description = "API parameter after: an ISO-8601 instant; only events after it. Operations: listEvents.")
    private String after;
    @UriParam(label = "listNotifications,listTransferRequests,listCounterparties,common", description = "API parameter status: READ or UNREAD for listNotifications; a status filter for listCounterparties and listTransferRequests. Operations: listNotifications, listTransferRequests, listCounterparties.")
    private String status;
    @UriParam(label = "listStatements,listTransactions,listCounterparties,common", description = "API parameter type%5B%5D or type: statement types (BANK, BROKERAGE), transaction types (ACH, WIRE, CARD, ON_US, ...) or a counterparty type (ach, wire, ...); comma-separated for several. Operations: listStatements, listTransactions, listCounterparties.")
    private String type;
    @UriParam(label = "listStatements,common", description = "API parameter key: a month such as 2026-01 or a year such as 2026. Operations: listStatements.")
    private String key;
    @UriParam(label = "download,producer", description = "The URL to fetch: a statement's pdf_download_url or a report file's download_url. Operations: download.")
    private String url;
    @UriParam(label = "listTrades,common", description = "API parameter book_date_from: ISO-8601 date, inclusive. Operations: listTrades.")
    private String bookDateFrom;
    @UriParam(label = "listTrades,common", description = "API parameter book_date_to: ISO-8601 date, inclusive. Operations: listTrades.")
    private String bookDateTo;
    @UriParam(label = "listTrades,common", description = "API parameter settlement_date_from: ISO-8601 date, inclusive. Operations: listTrades.")
    private String settlementDateFrom;
    @UriParam(label = "listTrades,common", description = "API parameter settlement_date_to: ISO-8601 date, inclusive. Operations: listTrades.")
    private String settlementDateTo;
    @UriParam(label = "listTrades,common", description = "API parameter account%5B%5D: pocket ids (UUIDs), comma-separated. Operations: listTrades.")
    private String account;
    @UriParam(label = "listTrades,common", description = "API parameter trade_datetime_from: ISO-8601 instant. Operations: listTrades.")
    private String tradeDatetimeFrom;
    @UriParam(label = "listTrades,common", description = "API parameter trade_datetime_to: ISO-8601 instant. Operations: listTrades.")
    private String tradeDatetimeTo;
    @UriParam(label = "listPocketPortals,createPortal,getFundingInstructions,updatePortal,getPocket,updatePocket,getPocketEarnings,listWires,common", description = "API parameter pocket_id: a pocket's id (UUID). Operations: listPocketPortals, createPortal, getFundingInstructions, updatePortal, getPocket, updatePocket, getPocketEarnings, listWires.")
    private String pocketId;
    @UriParam(label = "getFundingInstructions,updatePortal,producer", description = "API parameter portal_id: a portal's id (UUID). Operations: getFundingInstructions, updatePortal.")
    private String portalId;
    @UriParam(label = "getTransferRequest,approveTransferRequest,cancelTransferRequest,producer", description = "API parameter transfer_id: a transfer request's id (UUID), also a webhook payload's wire_id or on_us_id. createTransferRequest sets header CamelJikoTransferId, so a following approveTransferRequest finds it. Operations: getTransferRequest, approveTransferRequest, cancelTransferRequest.")
    private String transferId;
    @UriParam(label = "uploadDocument,producer", description = "API parameter document_type: the kind of document, e.g. passport. Operations: uploadDocument.")
    private String documentType;
    @UriParam(label = "getCounterparty,updateCounterparty,producer", description = "API parameter counterparty_id: a counterparty's id (UUID). Operations: getCounterparty, updateCounterparty.")
    private String counterpartyId;
    @UriParam(label = "getPocketEarnings,producer", description = "API parameter period: ytd, mtd, wtd, all-time or range (range needs dateFrom and dateTo). Operations: getPocketEarnings.")
    private String period;
    @UriParam(label = "getPocketEarnings,producer", description = "API parameter date_from: ISO-8601 date, inclusive. Operations: getPocketEarnings.")
    private String dateFrom;
    @UriParam(label = "getPocketEarnings,producer", description = "API parameter date_to: ISO-8601 date, inclusive. Operations: getPocketEarnings.")
    private String dateTo;
    @UriParam(label = "listTransactions,common", description = "API parameter order: desc (Jiko's default) or asc. Operations: listTransactions.")
    private String order;
    @UriParam(label = "listTransactions,common", description = "API parameter pocket%5B%5D: pocket ids (UUIDs), comma-separated. Operations: listTransactions.")
    private String pocket;
    @UriParam(label = "listTransactions,common", description = "API parameter on_us_transfer%5B%5D: on-us transfer ids (UUIDs), comma-separated. Operations: listTransactions.")
    private String onUsTransfer;
    @UriParam(label = "listTransactions,common", description = "API parameter wire%5B%5D: wire ids (UUIDs), comma-separated. Operations: listTransactions.")
    private String wire;
    @UriParam(label = "listTransactions,common", description = "API parameter card%5B%5D: card ids (UUIDs), comma-separated; the parameter name is inferred. Operations: listTransactions.")
    private String card;
    @UriParam(label = "listTransactions,common", description = "API parameter portal%5B%5D: portal ids (UUIDs), comma-separated; the parameter name is inferred. Operations: listTransactions.")
    private String portal;
    @UriParam(label = "listTransactions,common", description = "API parameter time_booked_from: ISO-8601 instant. Operations: listTransactions.")
    private String timeBookedFrom;
    @UriParam(label = "listTransactions,common", description = "API parameter time_booked_to: ISO-8601 instant. Operations: listTransactions.")
    private String timeBookedTo;
    @UriParam(label = "listTransactions,common", description = "API parameter amount_from: smallest amount, in integer cents. Operations: listTransactions.")
    private Long amountFrom;
    @UriParam(label = "listTransactions,common", description = "API parameter amount_to: largest amount, in integer cents. Operations: listTransactions.")
    private Long amountTo;
    @UriParam(label = "listTransactions,listWires,common", description = "API parameter direction: DEBIT or CREDIT for listTransactions, INCOMING or OUTGOING for listWires. Operations: listTransactions, listWires.")
    private String direction;
    @UriParam(label = "listWires,common", description = "API parameter customer_id: a customer's id (UUID). Operations: listWires.")
    private String customerId;
    @UriParam(label = "getWire,producer", description = "API parameter wire_id: a wire's id (UUID). Operations: getWire.")
    private String wireId;

    // ---- consumer ---------------------------------------------------------------------------------
    @UriParam(label = "consumer", defaultValue = "now",
              description = "Where a new consumer starts when no position is stored: now (only what happens from now on), "
                            + "beginning (everything the listing holds), or an ISO-8601 instant such as 2026-01-01T00:00:00Z. "
                            + "A stored position always wins; remove it from the state repository to start over.")
    private String startFrom = "now";
    @UriParam(label = "consumer",
              description = "Where the consumer keeps its position (an org.apache.camel.spi.StateRepository of String keys and values, "
                            + "e.g. a FileStateRepository bean) so that a restart neither repeats nor skips items. "
                            + "Without one the position is kept in memory only, and lost on restart.")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer", defaultValue = "true",
              description = "true: one exchange per item; false: one exchange per page, its body a List of items.")
    private boolean splitItems = true;
    @UriParam(label = "listEvents,consumer", description = "Only these event types, comma-separated; an asterisk matches any text, so transfers.{asterisk}.rejected (written with an asterisk) matches transfers.wire.out.rejected and transfers.on-us.rejected. Operations: listEvents.")
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
    @UriParam(label = "listEvents,listNotifications,listSubscriptions,listReportRequests,listStatements,exportTeamAuditLogs,listTrades,listPocketPortals,listPortals,listTransferRequests,listPockets,listTransactions,listCounterparties,listWires,producer", defaultValue = "false", description = "false returns one page (a CursorPage, with CamelJikoNextPage/CamelJikoPrevPage headers); true returns a lazy Iterator over the items of every page, fetching a page only when needed and holding one in memory (use with split().streaming()). Operations: listEvents, listNotifications, listSubscriptions, listReportRequests, listStatements, exportTeamAuditLogs, listTrades, listPocketPortals, listPortals, listTransferRequests, listPockets, listTransactions, listCounterparties, listWires.")
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
               + ", accessToken=" + (accessToken == null ? "none" : "******") + ", " + maskedSecrets() + "]";
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
    public String getPrivateKeyPassword() { return privateKeyPassword; }
    public void setPrivateKeyPassword(String privateKeyPassword) { this.privateKeyPassword = privateKeyPassword; }
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
