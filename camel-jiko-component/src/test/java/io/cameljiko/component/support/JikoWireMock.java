package io.cameljiko.component.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** WireMock on 127.0.0.1, a free port, with Jiko's token endpoint stubbed. */
public final class JikoWireMock implements AutoCloseable {

    public static final String TOKEN_PATH = "/api/oauth2/token";
    public static final String TOKEN = "tok-1-secret-access-token";

    private final WireMockServer server;

    public JikoWireMock() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().asynchronousResponseEnabled(false));
        server.start();
        stubToken(TOKEN, 900);
    }

    public void stubToken(String token, long expiresIn) {
        server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}")));
    }

    public WireMockServer server() {
        return server;
    }

    public WireMock client() {
        return new WireMock("127.0.0.1", server.port());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public String tokenUrl() {
        return baseUrl() + TOKEN_PATH;
    }

    @Override
    public void close() {
        server.stop();
    }
}
