package io.cameljiko.component.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user reads when Jiko cannot be reached: which URL (without credentials or query) and why, in words. */
class ConnectionFailureTextTest {

    @Test
    void eachKindOfFailureIsNamedEvenWhenWrappedAndNoSecretIsRepeated() {
        assertThat(ConnectionFailure.reason(new IOException("wrapped", new UnknownHostException("api.example"))))
                .isEqualTo("the host name does not resolve (DNS)");
        assertThat(ConnectionFailure.reason(new IOException(new NoRouteToHostException("down"))))
                .isEqualTo("no route to the host (network unreachable or a firewall)");
        assertThat(ConnectionFailure.reason(new IOException(new SSLHandshakeException("bad cert for Bearer abcdefgh12345678"))))
                .startsWith("TLS failed (").doesNotContain("abcdefgh12345678");
        assertThat(ConnectionFailure.reason(new ConnectException()))
                .isEqualTo("connection refused (nothing listens on that host and port)");
        assertThat(ConnectionFailure.reason(new ConnectException("Connection refused")))
                .isEqualTo("could not connect (Connection refused)");
    }

    @Test
    void theUrlIsShownWithItsPortButWithoutUserInfoOrQuery() {
        assertThat(ConnectionFailure.where(URI.create("https://user:pw@api.example/api/v1/customer/?q=1")))
                .isEqualTo("https://api.example:443/api/v1/customer/");
        assertThat(ConnectionFailure.where(URI.create("http://127.0.0.1:0/x"))).isEqualTo("http://127.0.0.1:0/x");
        assertThat(ConnectionFailure.where(URI.create("mailto:nobody"))).isEqualTo("(no URL)");
        assertThat(ConnectionFailure.where(null)).isEqualTo("(no URL)");
    }

    @Test
    void aKnownSecretOfEightCharactersIsMasked() {
        assertThat(SecretMask.mask("echo abc12345 back", "abc12345")).isEqualTo("echo ****** back");
        assertThat(SecretMask.mask("echo abc1234 back", "abc1234")).as("shorter ones are too common to mask")
                .isEqualTo("echo abc1234 back");
    }
}
