package io.cameljiko.component.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import io.cameljiko.component.error.JikoApiException;
import io.cameljiko.component.error.JikoOutcomeUnknownException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one HTTP request with the retry rules every Jiko call follows:
 * <ul>
 * <li>connection refused or connect timeout: nothing reached Jiko, so any request is retried;</li>
 * <li>no answer at all in the end: {@link io.cameljiko.component.error.JikoConnectionException} naming the URL and why;</li>
 * <li>5xx or another I/O error: retried only when the method is safe to repeat (GET, PUT, DELETE);</li>
 * <li>429: retried after Retry-After when that is at most maxRetryAfter and the call's total wait stays within
 * maxRateLimitWait (Jiko did not process the request); otherwise the 429 is returned at once, so a route never hangs;</li>
 * </ul>
 * Before each attempt the {@link RateLimitGate} takes rate-limit budget (see {@link RateBudget}).
 * Whatever is left is returned for error mapping. It never logs headers or bodies.
 */
public final class RetryingTransport {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingTransport.class);

    private final HttpSender sender;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final RateLimitGate gate;
    private final JikoStats stats;

    /** How the transport waits; tests may record instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Sleeps on the calling thread. */
    public static final Sleeper SLEEP = d -> Thread.sleep(d.toMillis());

    public RetryingTransport(HttpClient http, RetryPolicy policy) {
        this(http, policy, SLEEP);
    }

    public RetryingTransport(HttpClient http, RetryPolicy policy, Sleeper sleeper) {
        this(http, policy, sleeper, RateLimitGate.none(), new JikoStats());
    }

    public RetryingTransport(HttpClient http, RetryPolicy policy, Sleeper sleeper, RateLimitGate gate) {
        this(http, policy, sleeper, gate, new JikoStats());
    }

    /** Counts every call, retry and answer in {@code stats} (the component's, for the dev console and metrics). */
    public RetryingTransport(HttpClient http, RetryPolicy policy, JikoStats stats) {
        this(http, policy, SLEEP, RateLimitGate.none(), stats);
    }

    public RetryingTransport(HttpClient http, RetryPolicy policy, Sleeper sleeper, JikoStats stats) {
        this(http, policy, sleeper, RateLimitGate.none(), stats);
    }

    public RetryingTransport(HttpClient http, RetryPolicy policy, Sleeper sleeper, RateLimitGate gate, JikoStats stats) {
        this(new JdkHttpSender(http), policy, sleeper, gate, stats);
    }

    /** Sends through {@code sender} (Apache HttpClient by default, or the user's java.net.http.HttpClient). */
    public RetryingTransport(HttpSender sender, RetryPolicy policy, Sleeper sleeper, RateLimitGate gate, JikoStats stats) {
        this.sender = sender;
        this.policy = policy;
        this.sleeper = sleeper;
        this.gate = gate;
        this.stats = stats;
    }

    public JikoStats stats() {
        return stats;
    }

    public HttpAnswer send(String operation, Supplier<HttpCall> requestFactory, boolean idempotent, boolean replayable,
                           String resourceId) {
        return send(operation, requestFactory, idempotent, replayable, resourceId, RatePriority.PRODUCER);
    }

    public HttpAnswer send(String operation, Supplier<HttpCall> requestFactory, boolean idempotent, boolean replayable,
                           String resourceId, RatePriority priority) {
        RateLimitGate.Call call = gate.open(operation, priority);
        int attempt = 0;
        while (true) {
            attempt++;
            HttpCall request = requestFactory.get();
            boolean canRetry = replayable && attempt <= policy.maxRetries();
            HttpAnswer response;
            try {
                long start = System.nanoTime();
                response = call.send(request, sender::send);
                stats.response(operation, response);
                if (LOG.isDebugEnabled()) {
                    LOG.debug("{} {} {} -> {} in {} ms (attempt {})", operation, request.method(), request.uri().getPath(),
                            response.statusCode(), (System.nanoTime() - start) / 1_000_000, attempt);
                }
            } catch (HttpConnectTimeoutException | ConnectException e) {
                if (canRetry) {
                    pause(operation, ConnectionFailure.where(request.uri()) + ": " + ConnectionFailure.reason(e),
                            policy.backoff(attempt));
                    continue;
                }
                throw ConnectionFailure.exception(operation, request.uri(), attempt, e);
            } catch (IOException e) {
                if (idempotent && canRetry) {
                    pause(operation, ConnectionFailure.where(request.uri()) + ": " + ConnectionFailure.reason(e),
                            policy.backoff(attempt));
                    continue;
                }
                if (!idempotent) {
                    throw new JikoOutcomeUnknownException(
                            "No answer from Jiko to " + operation + " at " + ConnectionFailure.where(request.uri()) + " ("
                                                          + ConnectionFailure.reason(e) + "): the request "
                                                          + "may have been processed, so it was not retried"
                                                          + (resourceId != null ? "; look up id " + resourceId + " before trying again" : ""),
                            operation, resourceId, e);
                }
                throw ConnectionFailure.exception(operation, request.uri(), attempt, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JikoApiException("Interrupted while calling Jiko for " + operation, 0, operation, e);
            }

            int status = response.statusCode();
            if (status == 429 && canRetry) {
                Optional<Duration> retryAfter = retryAfter(response.headers());
                Duration wait = retryAfter.orElse(policy.backoff(attempt));
                if (wait.compareTo(policy.maxRetryAfter()) <= 0 && call.mayWait(wait)) {
                    discard(response);
                    pause(operation, "rate limited (429)", wait);
                    call.waited(wait);
                    continue;
                }
            } else if (status >= 500 && idempotent && canRetry) {
                discard(response);
                pause(operation, "server error " + status, policy.backoff(attempt));
                continue;
            }
            return response;
        }
    }

    private void pause(String operation, String why, Duration wait) {
        LOG.info("Jiko {}: {}; retrying in {} ms", operation, why, wait.toMillis());
        stats.retry(operation);
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JikoApiException("Interrupted while waiting to retry " + operation, 0, operation, e);
        }
    }

    private static void discard(HttpAnswer response) {
        try (InputStream in = response.body()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the connection is dropped instead of reused
        }
    }

    /** Retry-After in seconds or as an HTTP date. */
    public static Optional<Duration> retryAfter(ResponseHeaders headers) {
        String header = headers.first("Retry-After");
        if (header == null) {
            return Optional.empty();
        }
        String value = header.trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException e) {
            java.time.Instant at = ResponseHeaders.httpDate(value);
            if (at == null) {
                return Optional.empty();
            }
            Duration d = Duration.between(java.time.Instant.now(), at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        }
    }
}
