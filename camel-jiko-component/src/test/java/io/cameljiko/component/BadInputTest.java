package io.cameljiko.component;

import java.util.Map;

import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import io.cameljiko.component.support.TestKeys;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Every bad input fails with a message that names the option, and nothing reaches the network. */
class BadInputTest {

    JikoWireMock wm;

    @BeforeEach
    void start() {
        wm = new JikoWireMock();
    }

    @AfterEach
    void nothingWasSent() {
        try {
            wm.server().verify(0, anyRequestedFor(anyUrl()));
        } finally {
            wm.close();
        }
    }

    private Throwable failure(String uri, Map<String, Object> headers) {
        try (Camel camel = Camel.withClientCredentials(wm)) {
            Exchange ex = camel.send(uri, null, headers);
            return ex.getException();
        } catch (org.apache.camel.ResolveEndpointFailedException e) {
            return root(e); // a bad option value on the URI fails when the endpoint is created, before any call
        }
    }

    private static Throwable root(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    @Test
    void unknownOperationInTheUriListsTheValidOnes() {
        try (Camel camel = Camel.withClientCredentials(wm)) {
            Throwable t = catchThrowable(() -> camel.context().getEndpoint("jiko:getTeems").createProducer().start());
            assertThat(root(t)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Unknown Jiko operation 'getTeems'")
                    .hasMessageContaining("getTeam, getTeamMember").hasMessageContaining("request");
        }
    }

    @Test
    void unknownOperationInTheHeaderListsTheValidOnes() {
        assertThat(failure("jiko:getTeam", Map.of(JikoConstants.OPERATION, "deleteEverything")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown Jiko operation 'deleteEverything'").hasMessageContaining("getCustomer");
    }

    @Test
    void aRouteWithAnUnknownOperationDoesNotStart() {
        Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl());
        camel.config().setAccessToken("t");
        try {
            camel.context().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:a").to("jiko:listEverything");
                }
            });
            assertThatThrownBy(camel::start).satisfies(t -> assertThat(root(t))
                    .hasMessageContaining("Unknown Jiko operation 'listEverything'"));
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            camel.close();
        }
    }

    @Test
    void missingPathParameterIsNamed() {
        assertThat(failure("jiko:getTeamMember", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Operation getTeamMember needs option memberId (or header CamelJikoMemberId): a UUID");
    }

    @Test
    void malformedUuidIsNamed() {
        assertThat(failure("jiko:getTeamMember?memberId=not-a-uuid", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Option memberId (header CamelJikoMemberId) of getTeamMember: 'not-a-uuid' is not a UUID");
        assertThat(failure("jiko:getTeamMember", Map.of(JikoConstants.MEMBER_ID, "../../admin")))
                .hasMessageContaining("'../../admin' is not a UUID");
    }

    @Test
    void malformedDateTimeIsNamed() {
        assertThat(failure("jiko:exportTeamAuditLogs?timestampFrom=yesterday", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Option timestampFrom")
                .hasMessageContaining("'yesterday' is not an ISO-8601 date-time");
    }

    @Test
    void requestWithoutMethodOrWithABadPathIsNamed() {
        assertThat(failure("jiko:request?path=/api/v1/x/", Map.of())).hasMessageContaining("needs option method");
        assertThat(failure("jiko:request?method=FETCH&path=/api/v1/x/", Map.of())).hasMessageContaining("got 'FETCH'");
        assertThat(failure("jiko:request?method=GET", Map.of())).hasMessageContaining("needs option path");
        assertThat(failure("jiko:request?method=GET", Map.of(JikoConstants.PATH, "https://evil.example/")))
                .hasMessageContaining("needs option path");
    }

    @Test
    void aBaseUrlOrTokenUrlThatIsNotAnHttpUrlIsNamed() {
        Map<String, String> cases = Map.of(
                "jiko:getTeam?accessToken=t&baseUrl=localhost:8080", "Option baseUrl",
                "jiko:getTeam?accessToken=t&baseUrl=RAW(ftp://proxyuser:s3cret-pw@files.example/)", "Option baseUrl",
                "jiko:getTeam?clientId=c1&privateKey=RAW(" + TestKeys.pem(TestKeys.ED25519) + ")&tokenUrl=/oauth/token", "Option tokenUrl");
        cases.forEach((uri, expected) -> {
            try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl()).start()) {
                Throwable t = root(catchThrowable(() -> camel.context().getEndpoint(uri).createProducer()));
                assertThat(t).as(uri).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(expected)
                        .hasMessageContaining("absolute http(s) URL").hasMessageNotContaining("s3cret-pw");
            }
        });
    }

    @Test
    void missingCredentialsAreNamed() {
        Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl());
        try {
            camel.start();
            Throwable t = catchThrowable(() -> camel.context().getEndpoint("jiko:getTeam").createProducer());
            assertThat(root(t)).hasMessageContaining("No Jiko credentials").hasMessageContaining("clientId is missing");
            Throwable noKey = catchThrowable(() -> camel.context().getEndpoint("jiko:getTeam?clientId=c1").createProducer());
            assertThat(root(noKey)).hasMessageContaining("privateKey is missing");
        } finally {
            camel.close();
        }
    }

    @Test
    void unreadableKeysAreNamedWithoutTheirContent() {
        String pkcs1 = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAsecretsecret\n-----END RSA PRIVATE KEY-----";
        String garbage = "-----BEGIN PRIVATE KEY-----\nTUlJRUFBQUFnYXJiYWdlZ2FyYmFnZQ==\n-----END PRIVATE KEY-----";
        String sec1 = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIsecretsecret\n-----END EC PRIVATE KEY-----";
        Map<String, String> cases = Map.of(
                pkcs1, "is a PKCS#1 RSA key ('BEGIN RSA PRIVATE KEY'); camel-jiko needs PKCS#8 ('BEGIN PRIVATE KEY'): "
                       + "convert it with openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem",
                sec1, "is an EC (SEC1) key; Jiko's token endpoint accepts PS256 (RSA) or EdDSA (Ed25519)",
                garbage, "is not an RSA or Ed25519 PKCS#8 key",
                "just some text", "is not a PEM PKCS#8 key",
                "file:/does/not/exist.pem", "cannot read the key resource file:/does/not/exist.pem");
        cases.forEach((key, expected) -> {
            Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl());
            camel.config().setClientId("c1");
            camel.config().setPrivateKey(key);
            try {
                camel.start();
                Throwable t = root(catchThrowable(() -> camel.context().getEndpoint("jiko:getTeam").createProducer()));
                assertThat(t).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("privateKey")
                        .hasMessageContaining(expected).hasMessageNotContaining("secretsecret")
                        .hasMessageNotContaining("TUlJRUFBQUFnYXJiYWdl");
            } finally {
                camel.close();
            }
        });
    }

    @Test
    void anEcKeyIsRefusedBecauseJikoAcceptsOnlyPs256AndEdDsa() throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl());
        camel.config().setClientId("c1");
        camel.config().setPrivateKey(TestKeys.pem(g.generateKeyPair()));
        try {
            camel.start();
            Throwable t = root(catchThrowable(() -> camel.context().getEndpoint("jiko:getTeam").createProducer()));
            assertThat(t).hasMessageContaining("is an EC key").hasMessageContaining("PS256 (RSA) or EdDSA (Ed25519)")
                    .hasMessageContaining("use an RSA or an Ed25519 key");
        } finally {
            camel.close();
        }
    }
}
