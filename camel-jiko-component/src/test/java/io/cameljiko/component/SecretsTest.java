package io.cameljiko.component;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import io.cameljiko.component.support.Camel;
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
