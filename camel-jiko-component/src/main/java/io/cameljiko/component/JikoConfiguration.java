package io.cameljiko.component;

import io.cameljiko.component.client.JikoOutputType;
import java.net.http.HttpClient;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * Options shared by the component and its endpoints: the component's values are copied into every
 * endpoint, whose own options win. The API parameters are options too (lowerCamelCase of the API name), declared in
 * ApiParameterOptions, which is rendered from the operation catalog.
 */
@UriParams
public class JikoConfiguration extends ApiParameterOptions implements Cloneable {

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
                            + "booked late are not missed. A catch-up through items older than this window by Jiko's "
                            + "clock (its Date header) goes on at the page where the last poll stopped instead.")
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
