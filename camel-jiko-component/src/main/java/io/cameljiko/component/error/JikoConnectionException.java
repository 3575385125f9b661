package io.cameljiko.component.error;

/**
 * No HTTP answer came back from a safe-to-repeat request (API or token endpoint): the host name did not resolve,
 * the connection was refused or timed out, TLS failed, or the connection closed without an answer. The status
 * is 0; the message names the URL (without user-info or query) and the reason. It is never an authentication
 * failure: the credentials were not checked.
 */
public class JikoConnectionException extends JikoApiException {

    private final String url;

    public JikoConnectionException(String message, String operation, String url, Throwable cause) {
        super(message, 0, operation, cause);
        this.url = url;
    }

    /** The URL that could not be reached: scheme://host:port/path. */
    public String getUrl() {
        return url;
    }
}
