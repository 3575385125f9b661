package io.cameljiko.component.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends one HTTP request and returns the answer with its body as a stream (not read yet). The seam under
 * {@link RetryingTransport}: everything above it (retries, rate-limit gate, 401 replay, error mapping) is the same
 * whichever client sends. A request is described as a {@link HttpRequest} (method, URI, headers, body publisher,
 * timeout) and answered as a {@link HttpResponse} whatever client sends it.
 * <p>
 * Failures are thrown as the JDK client throws them, which {@link ConnectionFailure} and the retry rules classify:
 * {@link java.net.ConnectException} (nothing reached the server), {@link java.net.http.HttpConnectTimeoutException},
 * {@link java.net.http.HttpTimeoutException} (no answer within the request's timeout), another {@link IOException}.
 */
@FunctionalInterface
public interface HttpSender {

    HttpResponse<InputStream> send(HttpRequest request) throws IOException, InterruptedException;
}
