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

import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each Apache failure becomes what the JDK client throws (RetryingTransport's rules depend on it), its cause kept. */
class ApacheFailuresTest {

    @Test
    void noConnectionInTimeIsAConnectTimeout() {
        IOException timeout = new ConnectTimeoutException("Connect to 127.0.0.1:1 failed");
        assertThat(ApacheFailures.translate(timeout)).isExactlyInstanceOf(HttpConnectTimeoutException.class)
                .hasMessage("HTTP connect timed out").hasCause(timeout);
        IOException pool = new ConnectionRequestTimeoutException("Timeout deadline: 5000 MILLISECONDS");
        assertThat(ApacheFailures.translate(pool)).isExactlyInstanceOf(HttpConnectTimeoutException.class).hasCause(pool);
    }

    @Test
    void anUnknownHostOrNoRouteIsAConnectExceptionNamingIt() {
        IOException dns = new UnknownHostException("jiko.invalid");
        assertThat(ApacheFailures.translate(dns)).isExactlyInstanceOf(ConnectException.class).hasMessage("jiko.invalid").hasCause(dns);
        IOException route = new NoRouteToHostException("No route to host");
        assertThat(ApacheFailures.translate(route)).isExactlyInstanceOf(ConnectException.class).hasMessage("No route to host")
                .hasCause(route);
        ConnectException wrapped = new ConnectException("Connect to jiko.invalid failed");
        wrapped.initCause(new UnknownHostException("jiko.invalid: Name or service not known"));
        assertThat(ApacheFailures.translate(wrapped)).isExactlyInstanceOf(ConnectException.class)
                .hasMessage("jiko.invalid: Name or service not known").hasCause(wrapped);
        ConnectException viaRoute = new ConnectException("Connect failed");
        viaRoute.initCause(new NoRouteToHostException("Host is unreachable"));
        assertThat(ApacheFailures.translate(viaRoute)).hasMessage("Host is unreachable");
    }

    @Test
    void aRefusedConnectionHasNoMessageLikeTheJdkClients() {
        ConnectException refused = new ConnectException("Connection refused");
        assertThat(ApacheFailures.translate(refused)).isExactlyInstanceOf(ConnectException.class).hasMessage(null).hasCause(refused);
        ConnectException refusedWithCause = new ConnectException("Connect to 127.0.0.1:1 failed");
        refusedWithCause.initCause(new SocketException("Connection refused"));
        assertThat(ApacheFailures.translate(refusedWithCause)).hasMessage(null).hasCause(refusedWithCause);
    }

    @Test
    void noAnswerInTimeIsARequestTimeout() {
        IOException read = new SocketTimeoutException("Read timed out");
        assertThat(ApacheFailures.translate(read)).isExactlyInstanceOf(HttpTimeoutException.class).hasMessage("request timed out")
                .hasCause(read);
    }

    @Test
    void aResetIsAPlainIOExceptionAndAClosedConnectionAnEndOfFile() {
        IOException reset = new SocketException("Connection reset");
        assertThat(ApacheFailures.translate(reset)).isExactlyInstanceOf(IOException.class).hasMessage("Connection reset").hasCause(reset);
        for (IOException closed : new IOException[] {new NoHttpResponseException("127.0.0.1:1 failed to respond"),
                new ConnectionClosedException("Premature end of chunk coded message body")}) {
            IOException translated = ApacheFailures.translate(closed);
            assertThat(translated).isExactlyInstanceOf(IOException.class).hasMessage("the connection closed without an answer");
            assertThat(translated.getCause()).isExactlyInstanceOf(EOFException.class).hasMessage(closed.getMessage()).hasCause(closed);
        }
    }

    @Test
    void anythingElseSuchAsATlsFailureIsPassedOnUnchanged() {
        IOException tls = new SSLHandshakeException("PKIX path building failed");
        assertThat(ApacheFailures.translate(tls)).isSameAs(tls);
        IOException other = new IOException("something else");
        assertThat(ApacheFailures.translate(other)).isSameAs(other);
    }
}
