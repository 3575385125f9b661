package io.cameljiko.component;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import io.cameljiko.component.support.TestKeys;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Private keys that cannot be used are named before any call; an assertion names its key only when asked to. */
class KeyRulesTest {

    JikoWireMock wm;

    @BeforeEach
    void start() {
        wm = new JikoWireMock();
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/customer/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"name\":\"Acme\"}")));
    }

    @AfterEach
    void stop() {
        wm.close();
    }

    private static Throwable root(Throwable t) {
        while (t != null && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private Throwable refusedKey(String key) {
        try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
            camel.config().setClientId("c1");
            camel.config().setPrivateKey(key);
            camel.start();
            Throwable t = root(catchThrowable(() -> camel.context().getEndpoint("jiko:getCustomer").createProducer()));
            assertThat(t).as("privateKey %s", key).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("privateKey");
            return t;
        }
    }

    @Test
    void unusableKeysAreRefusedByNameWithoutTheirContent() {
        Map<String, String> cases = Map.of(
                "-----BEGIN ENCRYPTED PRIVATE KEY-----\nc2VjcmV0Y29udGVudA==\n-----END ENCRYPTED PRIVATE KEY-----", "encrypted",
                "-----BEGIN EC PRIVATE KEY-----\nc2VjcmV0Y29udGVudA==\n-----END EC PRIVATE KEY-----", "RSA or an Ed25519 key",
                "-----END PRIVATE KEY-----\nc2VjcmV0Y29udGVudA==\n-----BEGIN PRIVATE KEY-----", "not a PEM PKCS#8 key",
                "-----BEGIN PRIVATE KEY-----\nc2VjcmV0Y29udGVudA==A\n-----END PRIVATE KEY-----", "base64");
        cases.forEach((key, expected) -> assertThat(refusedKey(key)).hasMessageContaining(expected)
                .hasMessageNotContaining("c2VjcmV0Y29udGVudA"));
        assertThat(wm.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aKeyWithSurroundingSpacesWorksAndABlankKeyIdIsNotSent() throws Exception {
        try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
            camel.config().setClientId("c1");
            camel.config().setPrivateKey("  " + TestKeys.pem(TestKeys.RSA) + "  ");
            camel.config().setKeyId("   ");
            camel.start();
            assertThat(camel.send("jiko:getCustomer").getException()).isNull();
        }
        List<LoggedRequest> tokenRequests = wm.server().findAll(postRequestedFor(urlPathEqualTo(JikoWireMock.TOKEN_PATH)));
        assertThat(tokenRequests).hasSize(1);
        String assertion = java.net.URLDecoder.decode(tokenRequests.get(0).getBodyAsString()
                .replaceAll(".*client_assertion=([^&]*).*", "$1"), java.nio.charset.StandardCharsets.UTF_8);
        JsonWebSignature jws = (JsonWebSignature) JsonWebSignature.fromCompactSerialization(assertion);
        assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("PS256");
        assertThat(jws.getKeyIdHeaderValue()).isNull();
        assertThat(jws.getHeader("typ")).isEqualTo("JWT");
    }

    @Test
    void scopesAreSentSortedWithoutEmptyEntries() {
        try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
            camel.config().setClientId("c1");
            camel.config().setPrivateKey(TestKeys.pem(TestKeys.ED25519));
            camel.config().setScopes(",transfers.read,, pockets.read");
            camel.start();
            assertThat(camel.send("jiko:getCustomer").getException()).isNull();
        }
        String form = wm.server().findAll(postRequestedFor(urlPathEqualTo(JikoWireMock.TOKEN_PATH))).get(0).getBodyAsString();
        assertThat(form).contains("&scope=pockets.read+transfers.read").doesNotContain("scope=+");
    }

    @Test
    void aFixedTokenProviderNeverShowsItsToken() {
        var provider = new io.cameljiko.component.auth.FixedAccessTokenProvider("fixed-secret-token");
        assertThat(provider.toString()).startsWith("FixedAccessTokenProvider").doesNotContain("fixed-secret-token");
        assertThat(provider.token()).isEqualTo("fixed-secret-token");
        assertThat(provider.canRefresh()).isFalse();
    }
}
