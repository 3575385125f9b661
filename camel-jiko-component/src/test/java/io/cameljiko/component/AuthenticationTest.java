package io.cameljiko.component;

import io.cameljiko.component.error.JikoRateLimitException;
import io.cameljiko.component.error.JikoAuthenticationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import io.cameljiko.component.support.TestKeys;
import org.apache.camel.Exchange;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest {

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

    private Camel camel(KeyPair key, String extra) {
        Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl());
        camel.config().setClientId("client-123");
        camel.config().setPrivateKey(TestKeys.pem(key));
        if (extra != null) {
            camel.config().setScopes(extra);
        }
        return camel.start();
    }

    private List<Map<String, String>> tokenForms() {
        List<Map<String, String>> forms = new ArrayList<>();
        for (LoggedRequest r : wm.server().findAll(postRequestedFor(urlPathEqualTo(JikoWireMock.TOKEN_PATH)))) {
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair : r.getBodyAsString().split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            forms.add(form);
        }
        return forms;
    }

    private JwtClaims verifyAssertion(String jwt, KeyPair key) throws Exception {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKey(key.getPublic())
                .setExpectedAudience(wm.tokenUrl())
                .setExpectedIssuer("client-123")
                .setExpectedSubject("client-123")
                .setRequireExpirationTime().setRequireIssuedAt().setRequireJwtId()
                .build();
        return consumer.processToClaims(jwt);
    }

    @Test
    void rsaClientAssertionIsPs256AndVerifiesWithThePublicKey() throws Exception {
        try (Camel camel = camel(TestKeys.RSA, "transfers.read, pockets.read")) {
            assertThat(camel.send("jiko:getCustomer").getException()).isNull();
        }
        Map<String, String> form = tokenForms().get(0);
        assertThat(form).containsEntry("grant_type", "client_credentials").containsEntry("client_id", "client-123")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .containsEntry("scope", "pockets.read transfers.read");
        JsonWebSignature jws = (JsonWebSignature) JsonWebSignature.fromCompactSerialization(form.get("client_assertion"));
        assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("PS256");
        JwtClaims claims = verifyAssertion(form.get("client_assertion"), TestKeys.RSA);
        long life = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertThat(life).isPositive().isLessThanOrEqualTo(300);
        wm.server().verify(1, postRequestedFor(urlPathEqualTo(JikoWireMock.TOKEN_PATH))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", matching("camel-jiko/.+"))
                .withoutHeader("Authorization"));
        wm.server().verify(getRequestedFor(urlPathEqualTo("/api/v1/customer/"))
                .withHeader("Authorization", equalTo("Bearer " + JikoWireMock.TOKEN)));
    }

    @Test
    void ed25519ClientAssertionIsEdDsaWithKidAndAFreshJtiEachTime() throws Exception {
        wm.stubToken("short-lived", 0); // expires at once: every call needs a new token
        try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
            camel.config().setClientId("client-123");
            camel.config().setPrivateKey(TestKeys.pem(TestKeys.ED25519));
            camel.config().setKeyId("key-2026");
            camel.start();
            camel.send("jiko:getCustomer");
            camel.send("jiko:getCustomer");
        }
        List<Map<String, String>> forms = tokenForms();
        assertThat(forms).hasSize(2);
        assertThat(forms.get(0)).doesNotContainKey("scope");
        Set<String> jtis = new HashSet<>();
        for (Map<String, String> form : forms) {
            JsonWebSignature jws = (JsonWebSignature) JsonWebSignature.fromCompactSerialization(form.get("client_assertion"));
            assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("EdDSA");
            assertThat(jws.getKeyIdHeaderValue()).isEqualTo("key-2026");
            jtis.add(verifyAssertion(form.get("client_assertion"), TestKeys.ED25519).getJwtId());
        }
        assertThat(jtis).hasSize(2);
    }

    @Test
    void tokenIsCachedAcrossCallsAndEndpointsOfTheComponent() {
        try (Camel camel = camel(TestKeys.ED25519, null)) {
            camel.send("jiko:getCustomer");
            camel.send("jiko:getCustomer?outputType=json");
            camel.send("jiko:getCustomer?outputType=map");
        }
        assertThat(tokenForms()).hasSize(1);
        wm.server().verify(3, getRequestedFor(urlPathEqualTo("/api/v1/customer/")));
    }

    @Test
    void fiftyConcurrentFirstCallsFetchExactlyOneToken() throws Exception {
        wm.server().stubFor(post(urlPathEqualTo(JikoWireMock.TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withFixedDelay(300).withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"slow-token\",\"token_type\":\"Bearer\",\"expires_in\":900}")));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try (Camel camel = camel(TestKeys.ED25519, null)) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Exchange>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Callable<Exchange> call = () -> {
                    go.await();
                    return camel.send("jiko:getCustomer");
                };
                results.add(pool.submit(call));
            }
            go.countDown();
            for (Future<Exchange> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS).getException()).isNull();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(tokenForms()).hasSize(1);
        wm.server().verify(50, getRequestedFor(urlPathEqualTo("/api/v1/customer/"))
                .withHeader("Authorization", equalTo("Bearer slow-token")));
    }

    @Test
    void a401InvalidatesTheTokenAndReplaysOnceWithANewOne() {
        wm.server().stubFor(post(urlPathEqualTo(JikoWireMock.TOKEN_PATH)).inScenario("tokens")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("second")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"revoked\",\"expires_in\":900}")));
        wm.server().stubFor(post(urlPathEqualTo(JikoWireMock.TOKEN_PATH)).inScenario("tokens")
                .whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"renewed\",\"expires_in\":900}")));
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/team/")).withHeader("Authorization", equalTo("Bearer revoked"))
                .willReturn(aResponse().withStatus(401).withBody("{\"detail\":\"Not authenticated\"}")));
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/team/")).withHeader("Authorization", equalTo("Bearer renewed"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"team_id\":\"t-1\"}")));

        try (Camel camel = camel(TestKeys.ED25519, null)) {
            Exchange ex = camel.send("jiko:getTeam?outputType=map");
            assertThat(ex.getException()).isNull();
            assertThat(ex.getMessage().getBody(Map.class)).containsEntry("team_id", "t-1");
        }
        assertThat(tokenForms()).hasSize(2);
        wm.server().verify(2, getRequestedFor(urlPathEqualTo("/api/v1/team/")));
    }

    @Test
    void a401WithAFreshTokenTooIsAnAuthenticationErrorAfterOneReplay() {
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/team/")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Not authenticated\"}")));
        try (Camel camel = camel(TestKeys.ED25519, null)) {
            Exchange ex = camel.send("jiko:getTeam");
            assertThat(ex.getException()).isInstanceOf(JikoAuthenticationException.class)
                    .hasMessageContaining("401").hasMessageContaining("getTeam").hasMessageContaining("Not authenticated");
        }
        wm.server().verify(2, getRequestedFor(urlPathEqualTo("/api/v1/team/")));
        assertThat(tokenForms()).hasSize(2);
    }

    @Test
    void aRefusedTokenRequestSaysWhyWithoutCallingTheApi() {
        wm.server().stubFor(post(urlPathEqualTo(JikoWireMock.TOKEN_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"signature does not verify\"}")));
        try (Camel camel = camel(TestKeys.ED25519, null)) {
            Exchange ex = camel.send("jiko:getTeam");
            assertThat(ex.getException()).isInstanceOf(JikoAuthenticationException.class)
                    .hasMessageContaining("client-123").hasMessageContaining("invalid_client")
                    .hasMessageContaining("signature does not verify");
        }
        wm.server().verify(0, getRequestedFor(urlPathEqualTo("/api/v1/team/")));
    }

    @Test
    void aRateLimitedTokenRequestIsARateLimitNotAnAuthenticationFailure() {
        wm.server().stubFor(post(urlPathEqualTo(JikoWireMock.TOKEN_PATH)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "900").withBody("{\"detail\":\"Rate limit exceeded\"}")));
        try (Camel camel = camel(TestKeys.ED25519, null)) {
            Exchange ex = camel.send("jiko:getTeam");
            assertThat(ex.getException()).isExactlyInstanceOf(JikoRateLimitException.class);
            assertThat(((JikoRateLimitException) ex.getException()).getRetryAfter()).hasSeconds(900);
        }
    }

    @Test
    void aFixedAccessTokenSkipsTheTokenEndpoint() {
        try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
            camel.config().setAccessToken("fixed-token-value");
            camel.start();
            assertThat(camel.send("jiko:getCustomer").getException()).isNull();
        }
        assertThat(tokenForms()).isEmpty();
        wm.server().verify(getRequestedFor(urlPathEqualTo("/api/v1/customer/"))
                .withHeader("Authorization", equalTo("Bearer fixed-token-value")));
    }

    @Test
    void privateKeyFromAFileOrTheClasspath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("jiko.pem");
        Files.writeString(file, TestKeys.pem(TestKeys.RSA));
        try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
            camel.config().setClientId("client-123");
            camel.config().setPrivateKey("file:" + file);
            camel.start();
            assertThat(camel.send("jiko:getCustomer").getException()).isNull();
            // a second component with its own key from the classpath
            Path classes = Path.of("target/test-classes/keys");
            Files.createDirectories(classes);
            Files.writeString(classes.resolve("ed.pem"), TestKeys.pem(TestKeys.ED25519));
            Exchange ex = camel.send("jiko:getCustomer?clientId=client-123&privateKey=classpath:keys/ed.pem&scopes=customer.read");
            assertThat(ex.getException()).isNull();
        }
        List<Map<String, String>> forms = tokenForms();
        assertThat(forms).hasSize(2);
        verifyAssertion(forms.get(0).get("client_assertion"), TestKeys.RSA);
        verifyAssertion(forms.get(1).get("client_assertion"), TestKeys.ED25519);
    }

    @Test
    void environmentsSelectTheDocumentedUrlsAndOverridesWin() {
        JikoConfiguration c = new JikoConfiguration();
        assertThat(c.effectiveBaseUrl()).isEqualTo("https://customer-api.sandbox-api.jikoservices.com");
        assertThat(c.effectiveTokenUrl())
                .isEqualTo("https://authentication-portal.sandbox-api.jikoservices.com/api/oauth2/token");
        c.setEnvironment(JikoEnvironment.production);
        assertThat(c.effectiveBaseUrl()).isEqualTo("https://api.business.jiko.io");
        assertThat(c.effectiveTokenUrl()).isEqualTo("https://auth.jiko.io/api/oauth2/token");
        c.setBaseUrl("http://127.0.0.1:1234/");
        c.setTokenUrl("http://127.0.0.1:1234/token");
        assertThat(c.effectiveBaseUrl()).isEqualTo("http://127.0.0.1:1234");
        assertThat(c.effectiveTokenUrl()).isEqualTo("http://127.0.0.1:1234/token");
    }

    @Test
    void endpointOptionsWinOverComponentOptions() {
        try (Camel camel = camel(TestKeys.ED25519, null)) {
            JikoEndpoint endpoint = camel.context().getEndpoint("jiko:getTeam?environment=production&maxRetries=7",
                    JikoEndpoint.class);
            assertThat(endpoint.getConfiguration().getEnvironment()).isEqualTo(JikoEnvironment.production);
            assertThat(endpoint.getConfiguration().getMaxRetries()).isEqualTo(7);
            assertThat(endpoint.getConfiguration().getClientId()).isEqualTo("client-123");
            assertThat(camel.config().getMaxRetries()).isEqualTo(3);
        }
    }
}
