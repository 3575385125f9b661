package io.cameljiko.component.client;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * Apache HttpClient's failures as the JDK client reports them, so {@link RetryingTransport}'s rules and
 * {@link ConnectionFailure}'s messages are the same whichever client sends:
 * <ul>
 * <li>nothing reached the server (refused, no route, DNS, connect timeout, no pooled connection in time):
 * {@link ConnectException} or {@link HttpConnectTimeoutException}, retried for any method;</li>
 * <li>no answer within the request timeout: {@link HttpTimeoutException};</li>
 * <li>the connection closed without an answer: an {@link IOException} caused by an {@link EOFException};</li>
 * <li>a reset or broken connection: a plain {@link IOException} with the socket's message;</li>
 * <li>anything else (TLS...) unchanged: an {@link IOException}, retried only for a method safe to repeat.</li>
 * </ul>
 * The original failure is always the cause.
 */
final class ApacheFailures {

    private ApacheFailures() {
    }

    static IOException translate(IOException e) {
        if (e instanceof ConnectTimeoutException || e instanceof ConnectionRequestTimeoutException) {
            return withCause(new HttpConnectTimeoutException("HTTP connect timed out"), e);
        }
        if (e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
            // the JDK client: a ConnectException caused by UnresolvedAddressException / NoRouteToHostException
            return withCause(new ConnectException(e.getMessage()), e);
        }
        if (e instanceof ConnectException) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof NoRouteToHostException || cause instanceof UnknownHostException) {
                return withCause(new ConnectException(cause.getMessage()), e);
            }
            // refused: the JDK's ConnectException has no message, which ConnectionFailure words as "connection refused"
            return withCause(new ConnectException(), e);
        }
        if (e instanceof SocketTimeoutException) {
            return withCause(new HttpTimeoutException("request timed out"), e);
        }
        if (e instanceof SocketException) {
            // reset, broken pipe: the JDK client reports them as a plain IOException with the same message
            return new IOException(e.getMessage(), e);
        }
        if (e instanceof NoHttpResponseException || e instanceof ConnectionClosedException) {
            return new IOException("the connection closed without an answer", withCause(new EOFException(e.getMessage()), e));
        }
        return e;
    }

    private static <T extends IOException> T withCause(T translated, Throwable cause) {
        translated.initCause(cause);
        return translated;
    }
}
