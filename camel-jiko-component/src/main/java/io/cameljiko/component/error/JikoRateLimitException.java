package io.cameljiko.component.error;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * 429 from Jiko with a Retry-After longer than maxRetryAfter or maxRateLimitWait, or still 429 after the retries;
 * or (with {@link #isRequestSent()} false) the component's own rate-limit budget did not let the call out in time.
 */
public class JikoRateLimitException extends JikoApiException {

    private final Duration retryAfter;
    private final Instant retryAt;
    private final String group;
    private final boolean requestSent;

    public JikoRateLimitException(String message, String operation, Duration retryAfter, List<JikoErrorDetail> details,
                                  String bodyExcerpt) {
        this(message, operation, retryAfter, details, bodyExcerpt,
                retryAfter != null ? Instant.now().plus(retryAfter) : null, null, true);
    }

    public JikoRateLimitException(String message, String operation, Duration retryAfter, List<JikoErrorDetail> details,
                                  String bodyExcerpt, Instant retryAt, String group, boolean requestSent) {
        super(message, 429, operation, details, bodyExcerpt);
        this.retryAfter = retryAfter;
        this.retryAt = retryAt;
        this.group = group;
        this.requestSent = requestSent;
    }

    /** How long to wait before trying again (Jiko's Retry-After, or the budget's estimate), or null when unknown. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    /** When to try again, or null when unknown. */
    public Instant getRetryAt() {
        return retryAt;
    }

    /** The rate-limit group, when the component's budget refused the call; null for a 429 from Jiko. */
    public String getGroup() {
        return group;
    }

    /** false: no request went out, the component's budget held the call back; true: Jiko answered 429. */
    public boolean isRequestSent() {
        return requestSent;
    }
}
