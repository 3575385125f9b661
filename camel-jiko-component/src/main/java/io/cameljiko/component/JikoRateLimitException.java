package io.cameljiko.component;

import java.time.Duration;
import java.util.List;

/** 429 from Jiko with a Retry-After longer than maxRetryAfter, or still 429 after the retries. */
public class JikoRateLimitException extends JikoApiException {

    private final Duration retryAfter;

    public JikoRateLimitException(String message, String operation, Duration retryAfter, List<JikoErrorDetail> details,
                                  String bodyExcerpt) {
        super(message, 429, operation, details, bodyExcerpt);
        this.retryAfter = retryAfter;
    }

    /** How long Jiko asked to wait, or null when it did not say. */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
