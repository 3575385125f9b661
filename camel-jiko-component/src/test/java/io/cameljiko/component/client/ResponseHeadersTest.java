package io.cameljiko.component.client;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pipeline's own request and answer types: lookups as HTTP defines them, and no header injection. */
class ResponseHeadersTest {

    @Test
    void anHttpDateIsReadAsAnInstantAndAnythingElseAsNone() {
        assertThat(ResponseHeaders.httpDate(" Tue, 01 Dec 2026 12:00:00 GMT "))
                .isEqualTo(java.time.Instant.parse("2026-12-01T12:00:00Z"));
        assertThat(ResponseHeaders.httpDate("2026-12-01T12:00:00Z")).isNull();
        assertThat(ResponseHeaders.httpDate("not a date")).isNull();
        assertThat(ResponseHeaders.httpDate(null)).isNull();
    }

    @Test
    void aNameIsFoundWhateverItsCaseAndTheFirstOfRepeatedValuesIsTaken() {
        ResponseHeaders headers = ResponseHeaders.ofArrays(new String[] {"content-type", "Link", "LINK"},
                new String[] {"application/json", "<a>", "<b>"});
        assertThat(headers.first("Content-Type")).isEqualTo("application/json");
        assertThat(headers.first("link")).isEqualTo("<a>");
        assertThat(headers.first("Retry-After")).isNull();
    }

    @Test
    void aNumberIsReadTrimmedAndAnythingElseIsNoNumber() {
        ResponseHeaders headers = ResponseHeaders.of(Map.of("X-RateLimit-Remaining", List.of(" 42 "),
                "X-RateLimit-Limit", List.of("lots"), "X-RateLimit-Reset", List.of("")));
        assertThat(headers.firstLong("x-ratelimit-remaining")).hasValue(42);
        assertThat(headers.firstLong("X-RateLimit-Limit")).isEmpty();
        assertThat(headers.firstLong("X-RateLimit-Reset")).isEmpty();
        assertThat(headers.firstLong("Retry-After")).isEmpty();
        assertThat(ResponseHeaders.NONE.firstLong("X-RateLimit-Remaining")).isEmpty();
    }

    @Test
    void theJdkClientsHeadersAreReadInOrderFirstValueFirst() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("Set-Cookie", List.of("a=1", "b=2"));
        ResponseHeaders headers = ResponseHeaders.of(HttpHeaders.of(map, (n, v) -> true));
        assertThat(headers.first("set-cookie")).isEqualTo("a=1");
    }

    @Test
    void itsTextNamesTheHeadersButNeverTheirValues() {
        ResponseHeaders headers = ResponseHeaders.of(Map.of("Set-Cookie", List.of("session=secret-value")));
        assertThat(headers.toString()).contains("Set-Cookie").doesNotContain("secret-value");
    }

    @Test
    void aCallsTextNamesItsHeadersButNeverTheTokenOrTheUserInfo() {
        HttpCall call = new HttpCall("GET", URI.create("http://user:pw@127.0.0.1:1/api/v1/team/?limit=5"),
                Map.of("Authorization", "Bearer tok-secret-123"), null, null);
        assertThat(call.toString()).isEqualTo("HttpCall[GET http://127.0.0.1:1/api/v1/team/, headers [Authorization]]")
                .doesNotContain("tok-secret-123").doesNotContain("pw");
        assertThat(new HttpAnswer(200, ResponseHeaders.of(Map.of("Set-Cookie", List.of("s=secret"))), null).toString())
                .doesNotContain("secret");
    }

    @Test
    void aHeaderValueWithALineBreakIsRefusedBeforeAnythingIsSent() {
        URI uri = URI.create("http://127.0.0.1:1/api/v1/things/");
        assertThatThrownBy(() -> new HttpCall("POST", uri, Map.of("Content-Type", "text/plain\r\nX-Injected: 1"), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "The Content-Type header of a Jiko request must not contain a line break");
        assertThatThrownBy(() -> new HttpCall("GET", uri, Map.of("Accept", "a\nb"), null, null))
                .hasMessageContaining("Accept header");
        HttpCall fine = new HttpCall("GET", uri, Map.of("Accept", "application/json"), null, null);
        assertThat(fine.body().contentLength()).as("no body: an empty one").isZero();
        assertThat(fine.headers()).containsExactly(Map.entry("Accept", "application/json"));
    }
}
