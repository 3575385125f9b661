package io.cameljiko.component.catalog;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The targets of download and request, and when a URL counts as the API's own origin (the token goes only there). */
class RequestFactoryTargetsTest {

    static final String BASE = "https://api.jiko.example";
    static final Function<String, Object> NONE = name -> null;

    static Function<String, Object> of(Map<String, Object> values) {
        return values::get;
    }

    @Test
    void theSameOriginMeansTheSameSchemeHostAndPortWithDefaultPortsFilledIn() {
        assertThat(RequestFactory.sameOrigin(URI.create("https://API.jiko.example:443/x"), BASE)).isTrue();
        assertThat(RequestFactory.sameOrigin(URI.create("http://api.jiko.example/x"), "http://api.jiko.example:80")).isTrue();
        assertThat(RequestFactory.sameOrigin(URI.create("http://api.jiko.example:80/x"), "http://api.jiko.example")).isTrue();
        assertThat(RequestFactory.sameOrigin(URI.create("https://api.jiko.example:8443/x"), BASE)).isFalse();
        assertThat(RequestFactory.sameOrigin(URI.create("https://api.jiko.example/x"), "https://api.jiko.example:8443")).isFalse();
        assertThat(RequestFactory.sameOrigin(URI.create("http://api.jiko.example/x"), BASE)).isFalse();
        assertThat(RequestFactory.sameOrigin(URI.create("http://api.jiko.example:443/x"), BASE)).isFalse();
        assertThat(RequestFactory.sameOrigin(URI.create("https://files.jiko.example/x"), BASE)).isFalse();
    }

    @Test
    void aDownloadTakesAnApiPathOrAnHttpUrlAndNothingElse() {
        assertThat(RequestFactory.download(BASE, of(Map.of("url", "/api/v1/statements/1.pdf")), NONE))
                .isEqualTo(new HttpTarget("GET", URI.create(BASE + "/api/v1/statements/1.pdf")));
        assertThat(RequestFactory.download(BASE, NONE, of(Map.of("CamelJikoUrl", " http://files.example/r.csv "))).uri())
                .isEqualTo(URI.create("http://files.example/r.csv"));
        assertThatThrownBy(() -> RequestFactory.download(BASE, of(Map.of("url", "ftp://files.example/r.csv")), NONE))
                .hasMessage("Option url of operation download must be an http(s) URL or an API path");
        assertThatThrownBy(() -> RequestFactory.download(BASE, of(Map.of("url", "https:/no-host")), NONE))
                .hasMessage("Option url of operation download must be an http(s) URL or an API path");
        assertThatThrownBy(() -> RequestFactory.download(BASE, of(Map.of("url", "https://bad host/x")), NONE))
                .hasMessage("Option url of operation download is not a valid URL");
        assertThatThrownBy(() -> RequestFactory.download(BASE, NONE, NONE)).hasMessageStartingWith("Operation download needs option url");
    }

    @Test
    void aRequestTakesItsMethodAndPathFromHeadersBeforeOptions() {
        HttpTarget target = RequestFactory.genericTarget(BASE, of(Map.of("method", "get", "path", "/api/v1/team/")),
                of(Map.of("CamelJikoMethod", " post ", "CamelJikoPath", "/api/v2/business-applications/")));
        assertThat(target).isEqualTo(new HttpTarget("POST", URI.create(BASE + "/api/v2/business-applications/")));
        assertThat(RequestFactory.genericTarget(BASE, of(Map.of("method", "delete", "path", "/api/v1/x/1")), of(Map.of(
                "CamelJikoMethod", " ", "CamelJikoPath", "")))).isEqualTo(new HttpTarget("DELETE", URI.create(BASE + "/api/v1/x/1")));
    }

    @Test
    void aRequestWithAnUnknownMethodOrAPathThatLeavesTheApiIsRefused() {
        assertThatThrownBy(() -> RequestFactory.genericTarget(BASE, of(Map.of("method", "TRACE", "path", "/api/v1/")), NONE))
                .hasMessageEndingWith("one of GET, POST, PUT, PATCH, DELETE; got 'TRACE'");
        assertThatThrownBy(() -> RequestFactory.genericTarget(BASE, of(Map.of("path", "/api/v1/")), NONE))
                .hasMessageEndingWith("got none");
        for (String path : new String[] {"api/v1/team/", "/api/v1/../../admin", "/https://evil.example/"}) {
            assertThatThrownBy(() -> RequestFactory.genericTarget(BASE, of(Map.of("method", "GET", "path", path)), NONE))
                    .hasMessageEndingWith("got '" + path + "'");
        }
        assertThatThrownBy(() -> RequestFactory.genericTarget(BASE, of(Map.of("method", "GET")), NONE)).hasMessageEndingWith("got none");
        assertThatThrownBy(() -> RequestFactory.genericTarget(BASE, of(Map.of("method", "GET", "path", "/api/v1/a b")), NONE))
                .hasMessage("Option path of operation request is not a valid URI path: '/api/v1/a b'");
    }
}
