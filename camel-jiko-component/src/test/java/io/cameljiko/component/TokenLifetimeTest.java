package io.cameljiko.component;

import io.cameljiko.component.error.JikoAuthenticationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import io.cameljiko.component.support.TestKeys;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** When an access token is fetched again: before it expires, not much earlier, and never blocked by another thread. */
class TokenLifetimeTest {

    static final String CUSTOMER = "/api/v1/customer/";
    JikoWireMock wm;

    @BeforeEach
    void start() {
        wm = new JikoWireMock();
        wm.server().stubFor(get(urlPathEqualTo(CUSTOMER)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"name\":\"Acme\"}")));
    }

    @AfterEach
    void stop() {
        wm.close();
    }

    /** The token endpoint hands out these tokens in turn, the last one from then on. */
    private void tokens(String... tokenAndExpiry) {
        String state = Scenario.STARTED;
        for (int i = 0; i < tokenAndExpiry.length; i += 2) {
            String next = i + 2 >= tokenAndExpiry.length ? state : "t" + (i + 2);
            wm.server().stubFor(post(urlPathEqualTo(JikoWireMock.TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs(state)
                    .willSetStateTo(next).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"access_token\":\"" + tokenAndExpiry[i] + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                                      + tokenAndExpiry[i + 1] + "}")));
            state = next;
        }
    }

    private Camel camel() {
        Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl());
        camel.config().setClientId("client-123");
        camel.config().setPrivateKey(TestKeys.pem(TestKeys.ED25519));
        return camel.start();
    }

    private String lastAuthorization(String path) {
        List<LoggedRequest> requests = wm.server().findAll(getRequestedFor(urlPathEqualTo(path)));
        return requests.get(requests.size() - 1).getHeader("Authorization");
    }

    private int tokenRequests() {
        return wm.server().findAll(postRequestedFor(urlPathEqualTo(JikoWireMock.TOKEN_PATH))).size();
    }

    @Test
    void aTokenIsReplacedBeforeItExpiresNeverUsedAfter() {
        tokens("short-lived", "2", "next", "900");
        try (Camel camel = camel()) {
            assertThat(camel.send("jiko:getCustomer").getException()).isNull();
            long fetched = System.nanoTime(); // the token was obtained before this instant
            assertThat(lastAuthorization(CUSTOMER)).isEqualTo("Bearer short-lived");
            List<String> usedAfterExpiry = new CopyOnWriteArrayList<>();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
                long sentAt = System.nanoTime();
                assertThat(camel.send("jiko:getCustomer").getException()).isNull();
                String used = lastAuthorization(CUSTOMER);
                if (used.equals("Bearer short-lived") && Duration.ofNanos(sentAt - fetched).compareTo(Duration.ofSeconds(2)) >= 0) {
                    usedAfterExpiry.add(Duration.ofNanos(sentAt - fetched).toMillis() + " ms after it was fetched");
                }
                return used.equals("Bearer next");
            });
            assertThat(usedAfterExpiry).as("a 2 s token used at or after its expiry").isEmpty();
        }
        assertThat(tokenRequests()).isEqualTo(2);
    }

    @Test
    void aTokenIsKeptForAtLeastHalfItsLife() {
        // a 60 s token: refreshing 60 s ahead would mean a token request before every call
        tokens("one-minute", "60", "too-early", "900");
        try (Camel camel = camel()) {
            for (int i = 0; i < 3; i++) {
                assertThat(camel.send("jiko:getCustomer").getException()).isNull();
            }
        }
        assertThat(tokenRequests()).isEqualTo(1);
        wm.server().verify(3, getRequestedFor(urlPathEqualTo(CUSTOMER)).withHeader("Authorization", equalTo("Bearer one-minute")));
    }

    @Test
    void afterA401ReplayOtherThreadsCanStillFetchTokens() throws Exception {
        // revoked is refused; the replacement expires at once, so the next call from another thread must fetch again
        tokens("revoked", "900", "instant", "0", "third", "900");
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/team/")).withHeader("Authorization", equalTo("Bearer revoked"))
                .willReturn(aResponse().withStatus(401).withBody("{\"detail\":\"Not authenticated\"}")));
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/team/")).withHeader("Authorization", equalTo("Bearer instant"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"team_id\":\"t-1\"}")));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Camel camel = camel()) {
            Exchange replayed = camel.send("jiko:getTeam?outputType=map");
            assertThat(replayed.getException()).isNull();
            assertThat(replayed.getMessage().getBody(Map.class)).containsEntry("team_id", "t-1");

            CompletableFuture<Exchange> fromAnotherThread = CompletableFuture.supplyAsync(() -> camel.send("jiko:getCustomer"), other);
            Exchange ex = fromAnotherThread.get(8, TimeUnit.SECONDS);
            assertThat(ex.getException()).isNull();
            assertThat(lastAuthorization(CUSTOMER)).isEqualTo("Bearer third");
        } finally {
            other.shutdownNow();
        }
        assertThat(tokenRequests()).isEqualTo(3);
    }

    @Test
    void aFixedAccessTokenThatIsRefusedIsNotRetried() {
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/team/")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Not authenticated\"}")));
        try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
            camel.config().setAccessToken("fixed-token-value");
            camel.start();
            Exchange ex = camel.send("jiko:getTeam");
            assertThat(ex.getException()).isInstanceOf(JikoAuthenticationException.class).hasMessageContaining("401");
            assertThat(((JikoAuthenticationException) ex.getException()).getStatusCode()).isEqualTo(401);
        }
        wm.server().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/team/")));
        assertThat(tokenRequests()).isZero();
    }
}
