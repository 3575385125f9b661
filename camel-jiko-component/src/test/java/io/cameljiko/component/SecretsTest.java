package io.cameljiko.component;

import io.cameljiko.component.error.JikoApiException;
import io.cameljiko.component.error.JikoAuthenticationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.EchoingServer;
import io.cameljiko.component.support.JikoWireMock;
import io.cameljiko.component.support.LogCapture;
import io.cameljiko.component.support.TestKeys;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Private keys and access tokens never reach a log line, an exception, an endpoint URI or toString(). */
class SecretsTest {

    static final String FIXED_TOKEN = "fixed-Token-0123456789abcdef";
    JikoWireMock wm;

    @BeforeEach
    void start() {
        wm = new JikoWireMock();
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/team/")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Not authenticated\"}")));
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/customer/")).willReturn(aResponse().withStatus(500)));
    }

    @AfterEach
    void stop() {
        wm.close();
    }

    private static String describe(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    private static void assertNoSecret(String text) {
        assertThat(text).doesNotContain(TestKeys.keyMaterial(TestKeys.ED25519), TestKeys.keyMaterial(TestKeys.RSA),
                JikoWireMock.TOKEN, FIXED_TOKEN, "BEGIN PRIVATE KEY");
    }

    @Test
    void aFailingClientCredentialsRunLeaksNothing() throws Exception {
        String logs;
        List<Throwable> failures = new java.util.ArrayList<>();
        try (LogCapture capture = new LogCapture(); Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
            camel.config().setClientId("client-123");
            camel.config().setPrivateKey(TestKeys.pem(TestKeys.ED25519));
            camel.context().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:team").to("jiko:getTeam");
                    from("direct:customer").to("jiko:getCustomer?maxRetries=1");
                    from("direct:rsa").toD("jiko:getTeam?clientId=rsa-client&privateKey=RAW(" + TestKeys.pem(TestKeys.RSA) + ")");
                }
            });
            camel.start();
            for (String route : new String[] { "direct:team", "direct:customer", "direct:rsa" }) {
                Exchange ex = camel.send(route, "body", Map.of());
                assertThat(ex.getException()).isNotNull();
                failures.add(ex.getException());
            }
            for (var endpoint : camel.context().getEndpoints()) {
                assertNoSecret(endpoint.toString());
                assertNoSecret(URISupport.sanitizeUri(endpoint.getEndpointUri()));
                if (endpoint instanceof JikoEndpoint jiko) {
                    assertNoSecret(jiko.getConfiguration().toString());
                    assertNoSecret(String.valueOf(jiko.getClient()));
                }
            }
            logs = capture.text();
        }
        assertThat(logs).contains("Jiko answered 401 to getTeam"); // the capture did see the failures
        assertThat(logs).contains("Obtained a Jiko access token"); // and the component's debug lines
        assertNoSecret(logs);
        for (Throwable t : failures) {
            assertNoSecret(describe(t));
        }
    }

    @Test
    void aFixedTokenInTheUriIsSanitizedEverywhere() throws Exception {
        String logs;
        try (LogCapture capture = new LogCapture(); Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
            camel.context().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:a").routeId("leaky").to("jiko:getTeam?accessToken=RAW(" + FIXED_TOKEN + ")");
                }
            });
            camel.start();
            Exchange ex = camel.send("direct:a", null, Map.of());
            assertThat(ex.getException()).isInstanceOf(JikoAuthenticationException.class);
            assertNoSecret(describe(ex.getException()));
            camel.context().getEndpoints().forEach(e -> assertNoSecret(e.toString()));
            logs = capture.text();
        }
        assertThat(logs).contains("getTeam");
        assertNoSecret(logs);
    }

    @Test
    void aFailingConsumerWithItsTokenInTheUriLeaksNothing() throws Exception {
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/events/")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Not authenticated\"}")));
        String logs;
        try (LogCapture capture = new LogCapture(); Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
            camel.context().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("jiko:listEvents?delay=20&accessToken=RAW(" + FIXED_TOKEN + ")").routeId("poller").to("mock:x");
                }
            });
            camel.start();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> capture.text().contains("Failed polling endpoint"));
            logs = capture.text();
        }
        assertThat(logs).contains("Jiko answered 401 to listEvents");
        assertNoSecret(logs);
    }

    /** A JWT-shaped access token (a real one may well be a JWT): header and payload start with "eyJ". */
    static final String JWT_TOKEN = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64("{\"sub\":\"jwt-client\",\"n\":\""
                                    + java.util.UUID.randomUUID() + "\"}") + ".c2lnbmF0dXJlLW9mLXRoZS10b2tlbg";
    static final String OPAQUE_TOKEN = "opaque-" + java.util.UUID.randomUUID();

    private static String b64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void stubToken(EchoingServer echo, String clientId, ResponseDefinitionBuilder answer) {
        echo.server().stubFor(post(urlPathEqualTo(JikoWireMock.TOKEN_PATH))
                .withRequestBody(containing("client_id=" + clientId)).willReturn(answer.withTransformers(EchoingServer.ECHO)));
    }

    @Test
    void serverTextThatEchoesTheAssertionOrTheTokenIsMaskedInLogsAndExceptions() throws Exception {
        String logs;
        List<JikoApiException> failures = new java.util.ArrayList<>();
        try (EchoingServer echo = new EchoingServer(); LogCapture capture = new LogCapture();
             Camel camel = new Camel(echo.baseUrl(), echo.baseUrl() + JikoWireMock.TOKEN_PATH)) {
            // what the simulator used to do, plus the assertion repeated in headers and the raw form echoed
            stubToken(echo, "refused-client", aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_client\", error_description=\"{assertion}\"")
                    .withHeader("X-Echo", "{assertion}")
                    .withBody("{\"error\":\"invalid_client\",\"error_description\":\"Invalid JWS Signature: "
                              + "JsonWebSignature{\\\"alg\\\":\\\"EdDSA\\\"}->{assertion} (request {form})\"}"));
            stubToken(echo, "jwt-client", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"access_token\":\"" + JWT_TOKEN + "\",\"expires_in\":900}"));
            stubToken(echo, "opaque-client", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"access_token\":\"" + OPAQUE_TOKEN + "\",\"expires_in\":900}"));
            echo.server().stubFor(get(urlPathEqualTo("/api/v1/team/")).willReturn(aResponse().withStatus(401)
                    .withHeader("Content-Type", "application/json").withHeader("X-Echo", "{token}")
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"{token} expired\"")
                    .withBody("{\"detail\":\"token {token} expired (Authorization: Bearer {token})\"}")
                    .withTransformers(EchoingServer.ECHO)));
            echo.server().stubFor(get(urlPathEqualTo("/api/v1/customer/")).willReturn(aResponse().withStatus(502)
                    .withHeader("Content-Type", "text/plain").withBody("upstream: Authorization: Bearer {token}; access_token={token}")
                    .withTransformers(EchoingServer.ECHO)));
            echo.server().stubFor(get(urlPathEqualTo("/api/v2/pockets/")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{token} is not JSON")
                    .withTransformers(EchoingServer.ECHO)));
            camel.config().setPrivateKey(TestKeys.pem(TestKeys.ED25519));
            camel.config().setMaxRetries(0);
            camel.context().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    for (String client : new String[] { "refused-client", "jwt-client", "opaque-client" }) {
                        from("direct:team-" + client).to("jiko:getTeam?clientId=" + client);
                        from("direct:customer-" + client).to("jiko:getCustomer?clientId=" + client);
                        from("direct:pockets-" + client).to("jiko:listPockets?clientId=" + client);
                    }
                }
            });
            camel.start();
            for (String client : new String[] { "refused-client", "jwt-client", "opaque-client" }) {
                for (String route : new String[] { "direct:team-", "direct:customer-", "direct:pockets-" }) {
                    Exchange ex = camel.send(route + client, "body", Map.of());
                    assertThat(ex.getException()).as(route + client).isInstanceOf(JikoApiException.class);
                    failures.add((JikoApiException) ex.getException());
                }
            }
            logs = capture.text();
            assertThat(echo.echoed()).as("the server did echo assertions and both tokens")
                    .contains(JWT_TOKEN, OPAQUE_TOKEN).anyMatch(e -> e.startsWith("eyJ") && !e.equals(JWT_TOKEN));
            List<String> pieces = new java.util.ArrayList<>(List.of("eyJ", OPAQUE_TOKEN));
            echo.echoed().forEach(e -> pieces.addAll(List.of(e.split("\\."))));
            assertThat(failures.get(0)).isInstanceOf(JikoAuthenticationException.class)
                    .hasMessageContaining("invalid_client: Invalid JWS Signature").hasMessageContaining("******");
            assertThat(failures.get(3).getBodyExcerpt()).contains("Bearer ******", "token ****** expired");
            assertThat(logs).contains("Jiko answered 401 to getTeam", "Obtained a Jiko access token");
            for (JikoApiException failure : failures) {
                String all = describe(failure) + failure.getBodyExcerpt() + failure.getDetails();
                assertThat(all).as(failure.getMessage()).doesNotContain(pieces);
            }
            assertThat(logs).doesNotContain(pieces);
        }
    }

    @Test
    void aKeyPasswordInTheUriIsMaskedAndNeverPrinted() throws Exception {
        String password = "pw-" + java.util.UUID.randomUUID();
        try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl()).start()) {
            String uri = "jiko:getTeam?clientId=c1&privateKey=RAW(" + TestKeys.encryptedPem(TestKeys.ED25519, password)
                         + ")&privateKeyPassword=RAW(" + password + ")";
            JikoEndpoint endpoint = camel.context().getEndpoint(uri, JikoEndpoint.class);
            assertThat(endpoint.getConfiguration().getPrivateKeyPassword()).isEqualTo(password);
            assertThat(endpoint.toString()).doesNotContain(password);
            assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(password);
            assertThat(endpoint.getConfiguration().toString()).doesNotContain(password);
        }
    }

    @Test
    void configurationToStringMasksSecrets() {
        JikoConfiguration c = new JikoConfiguration();
        c.setPrivateKey(TestKeys.pem(TestKeys.RSA));
        c.setAccessToken(FIXED_TOKEN);
        c.setSharedSecret("webhook-" + FIXED_TOKEN);
        c.setPreviousSharedSecret("previous-" + FIXED_TOKEN);
        assertThat(c.toString()).contains("privateKey=******", "accessToken=******", "sharedSecret=******",
                "previousSharedSecret=******");
        assertNoSecret(c.toString());
        assertNoSecret(c.copy().toString());
    }
}
