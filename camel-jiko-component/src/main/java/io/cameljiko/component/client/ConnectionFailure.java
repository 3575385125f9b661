package io.cameljiko.component.client;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

import javax.net.ssl.SSLException;

import io.cameljiko.component.error.JikoConnectionException;

/** Says which URL could not be reached and why, in words a user can act on. */
public final class ConnectionFailure {

    private ConnectionFailure() {
    }

    /** scheme://host:port/path: no user-info (a password) and no query (parameters, maybe ids). */
    public static String where(URI uri) {
        if (uri == null || uri.getHost() == null) {
            return "(no URL)";
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getScheme() + "://" + uri.getHost() + ":" + port + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    /** Why: DNS, refused, connect timeout, request timeout, TLS, or closed; the JDK's classes say it only deep down. */
    public static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "the host name does not resolve (DNS)";
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "connect timeout (no answer to the connection attempt within connectTimeout)";
            }
            if (t instanceof HttpTimeoutException) {
                return "request timeout (no response within requestTimeout)";
            }
            if (t instanceof SSLException) {
                return "TLS failed (" + SecretMask.mask(t.getMessage()) + ")";
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to the host (network unreachable or a firewall)";
            }
        }
        if (failure instanceof ConnectException) {
            return failure.getMessage() != null ? "could not connect (" + SecretMask.mask(failure.getMessage()) + ")"
                    : "connection refused (nothing listens on that host and port)";
        }
        if (failure instanceof EOFException || failure.getCause() instanceof EOFException) {
            return "the connection closed without an answer";
        }
        return failure.getClass().getSimpleName() + (failure.getMessage() != null ? " (" + SecretMask.mask(failure.getMessage()) + ")" : "");
    }

    /** The exception for a request that got no answer after {@code attempts} attempt(s). */
    public static JikoConnectionException exception(String operation, URI uri, int attempts, Throwable failure) {
        String url = where(uri);
        String what = "token".equals(operation) ? "Jiko's token endpoint" : "Jiko";
        // no (secure) connection at all, or a connection that brought no answer (request timeout, closed)
        String outcome = failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException
                         || failure instanceof SSLException ? " could not be reached for " : " gave no answer to ";
        return new JikoConnectionException(what + outcome + operation + " at " + url + " after " + attempts
                                           + " attempt(s): " + reason(failure), operation, url, failure);
    }
}
