package io.cameljiko.component.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.cameljiko.component.support.LogCapture;
import io.cameljiko.simulator.JikoSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The subscription of the route's URL found beyond the first page, and one deleted by someone else meanwhile. */
class SubscriptionRegistrarTest {

    JikoSimulator sim;
    WebhookFixture camel;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        sim = WebhookFixture.simulator();
        camel = new WebhookFixture(sim);
    }

    @AfterEach
    void stop() {
        camel.close();
        sim.close();
    }

    /** Calls the simulator's API directly, as another application of the same client would. */
    int call(String method, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path)).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + sim.issueAccessToken(sim.demoClientId()))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    String create(String url) throws Exception {
        String json = "{\"url\":\"" + url + "\",\"events\":[\"transfers.on-us.received\"],\"shared_secret\":\"" + WebhookFixture.SECRET + "\"}";
        assertThat(call("POST", "/api/v1/subscriptions/", json)).isBetween(200, 201);
        return sim.state().subscriptions().stream().filter(s -> url.equals(s.get("url"))).findFirst().orElseThrow().get("id").toString();
    }

    @Test
    void theSubscriptionOfTheRouteUrlOnTheSecondPageIsUpdatedNotDoubled() throws Exception {
        for (int i = 0; i < 100; i++) { // the simulator's page holds 100
            create("https://other-" + i + ".example/hook");
        }
        sim.advanceClock(Duration.ofSeconds(1)); // listed after the others
        String ours = create(camel.url());

        camel.route(sim, "keepSubscription=true", e -> { });
        List<Map<String, Object>> subs = sim.state().subscriptions();
        assertThat(subs).hasSize(101);
        assertThat(WebhookRouteTest.only(sim, "PATCH", "/api/v1/subscriptions/" + ours + "/")).isNotNull();
        assertThat(sim.receivedRequests().stream().filter(r -> r.method().equals("GET") && r.path().equals("/api/v1/subscriptions/")))
                .as("both pages read").hasSize(2);
    }

    @Test
    void aSubscriptionDeletedMeanwhileIsNotAnErrorOnStop() throws Exception {
        camel.route(sim, "", e -> { });
        String id = sim.state().subscriptions().get(0).get("id").toString();
        assertThat(call("DELETE", "/api/v1/subscriptions/" + id + "/", null)).isBetween(200, 204);
        try (LogCapture log = new LogCapture()) {
            camel.context.stop();
            assertThat(log.text()).contains("DELETE").doesNotContain("could not be deleted");
        }
    }

    @Test
    void aSubscriptionThatCannotBeDeletedIsReportedAndKept() throws Exception {
        camel.route(sim, "", e -> { });
        String id = sim.state().subscriptions().get(0).get("id").toString();
        String url = camel.url();
        sim.faults().failNext(1, 403);
        try (LogCapture log = new LogCapture()) {
            camel.context.stop();
            assertThat(log.text()).contains("Jiko subscription " + id + " for " + url + " could not be deleted");
        }
        assertThat(sim.state().subscriptions()).hasSize(1);
    }
}
