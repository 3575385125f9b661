package io.cameljiko.component.client;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The headers of what the client sends: its own (User-Agent, token, a default Accept) and the request's. */
class HttpJikoClientHeadersTest {

    final List<HttpCall> sent = new CopyOnWriteArrayList<>();
    final HttpSender sender = call -> {
        sent.add(call);
        return new HttpAnswer(200, ResponseHeaders.NONE, new ByteArrayInputStream(new byte[0]));
    };
    final AccessTokenProvider fixed = new AccessTokenProvider() {
        @Override
        public String token() {
            return "tok-123";
        }

        @Override
        public void invalidate(String token) {
        }

        @Override
        public boolean canRefresh() {
            return false;
        }
    };
    final HttpJikoClient client = new HttpJikoClient(
            new RetryingTransport(sender, new RetryPolicy(0, Duration.ofMillis(1), Duration.ofSeconds(1)), wait -> { },
                    RateLimitGate.none(), new JikoStats()), fixed, Duration.ofSeconds(7));

    static JikoRequest request(Map<String, String> headers, boolean authenticated) {
        return new JikoRequest("createThing", "POST", URI.create("http://127.0.0.1:1/api/v1/things/"), headers,
                () -> HttpRequest.BodyPublishers.ofString("{}"), true, null, authenticated, RatePriority.PRODUCER);
    }

    @Test
    void aRequestWithoutAcceptAsksForJsonAndItsOwnHeadersAreSent() {
        client.send(request(Map.of("Content-Type", "application/json", "Idempotency-Key", "k-1"), true));

        Map<String, String> headers = sent.get(0).headers();
        assertThat(headers).containsEntry("Accept", "application/json").containsEntry("Content-Type", "application/json")
                .containsEntry("Idempotency-Key", "k-1").containsEntry("Authorization", "Bearer tok-123")
                .containsEntry("User-Agent", HttpJikoClient.USER_AGENT);
        assertThat(sent.get(0).timeout()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aRequestsOwnAcceptIsKeptAndAnUnauthenticatedOneCarriesNoToken() {
        client.send(request(Map.of("Accept", "application/pdf"), false));

        Map<String, String> headers = sent.get(0).headers();
        assertThat(headers).containsEntry("Accept", "application/pdf").doesNotContainKey("Authorization");
        assertThat(headers.keySet().stream().filter(name -> name.equalsIgnoreCase("accept"))).hasSize(1);
    }
}
