package io.cameljiko.component;

import java.net.http.HttpClient;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
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
}
