package io.cameljiko.component.error;

import java.util.List;

/** The token request failed, or the API answered 401/403 even with a fresh token. */
public class JikoAuthenticationException extends JikoApiException {

    public JikoAuthenticationException(String message, int statusCode, String operation, List<JikoErrorDetail> details,
                                       String bodyExcerpt) {
        super(message, statusCode, operation, details, bodyExcerpt);
    }

    public JikoAuthenticationException(String message, String operation, Throwable cause) {
        super(message, 0, operation, cause);
    }
}
