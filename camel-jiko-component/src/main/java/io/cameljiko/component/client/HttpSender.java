package io.cameljiko.component.client;

import java.io.IOException;

/**
 * Sends one HTTP request and returns the answer with its body as a stream (not read yet). The seam under
 * {@link RetryingTransport}: everything above it (retries, rate-limit gate, 401 replay, error mapping) is the same
 * whichever client sends, and speaks only {@link HttpCall} and {@link HttpAnswer}.
 * <p>
 * Failures are thrown as the JDK client throws them, which {@link ConnectionFailure} and the retry rules classify:
 * {@link java.net.ConnectException} (nothing reached the server), {@link java.net.http.HttpConnectTimeoutException},
 * {@link java.net.http.HttpTimeoutException} (no answer within the request's timeout), another {@link IOException}.
 */
@FunctionalInterface
public interface HttpSender {

    HttpAnswer send(HttpCall call) throws IOException, InterruptedException;
}
