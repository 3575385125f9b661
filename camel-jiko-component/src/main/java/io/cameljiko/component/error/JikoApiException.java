package io.cameljiko.component.error;

import java.util.List;

import org.apache.camel.RuntimeCamelException;

/**
 * Jiko answered with an error (or, for subclasses, could not be reached safely). Carries the HTTP status,
 * the operation, Jiko's {@code detail} items and a short excerpt of the body; never a token or key.
 */
public class JikoApiException extends RuntimeCamelException {

    private final int statusCode;
    private final String operation;
    private final List<JikoErrorDetail> details;
    private final String bodyExcerpt;

    public JikoApiException(String message, int statusCode, String operation, List<JikoErrorDetail> details,
                            String bodyExcerpt) {
        super(message);
        this.statusCode = statusCode;
        this.operation = operation;
        this.details = details == null ? List.of() : List.copyOf(details);
        this.bodyExcerpt = bodyExcerpt;
    }

    public JikoApiException(String message, int statusCode, String operation, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.operation = operation;
        this.details = List.of();
        this.bodyExcerpt = null;
    }

    /** The HTTP status, or 0 when no response was received. */
    public int getStatusCode() {
        return statusCode;
    }

    public String getOperation() {
        return operation;
    }

    /** Jiko's validation items ({@code detail[]} of a 422) or its plain {@code detail} message. */
    public List<JikoErrorDetail> getDetails() {
        return details;
    }

    /** At most the first 2,000 characters of the response body. */
    public String getBodyExcerpt() {
        return bodyExcerpt;
    }
}
