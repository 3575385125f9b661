package io.cameljiko.component.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * WireMock on 127.0.0.1 whose "echo" stubs repeat the credentials of the request in their body and headers:
 * {assertion} becomes the client assertion of a token request, {form} its whole form body, {token} the bearer
 * token of an API call. Everything echoed is recorded, so a test can look for each piece in logs and exceptions.
 */
public final class EchoingServer implements AutoCloseable {

    public static final String ECHO = "echo";

    private final List<String> echoed = new CopyOnWriteArrayList<>();
    private final WireMockServer server;

    public EchoingServer() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(new Echo()));
        server.start();
    }

    public WireMockServer server() {
        return server;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Every credential the server repeated back so far. */
    public List<String> echoed() {
        return List.copyOf(echoed);
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Echo implements ResponseTransformerV2 {

        @Override
        public String getName() {
            return ECHO;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public Response transform(Response response, ServeEvent event) {
            LoggedRequest request = event.getRequest();
            String form = request.getBodyAsString();
            String assertion = formValue(form, "client_assertion");
            String authorization = request.getHeader("Authorization");
            String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
            for (String credential : new String[] { assertion, token }) {
                if (!credential.isEmpty()) {
                    echoed.add(credential);
                }
            }
            List<HttpHeader> headers = new java.util.ArrayList<>();
            response.getHeaders().all().forEach(h -> headers.add(new HttpHeader(h.key(),
                    h.values().stream().map(v -> fill(v, assertion, form, token)).toList())));
            return Response.Builder.like(response).but()
                    .body(fill(response.getBodyAsString(), assertion, form, token))
                    .headers(new HttpHeaders(headers)).build();
        }

        private String fill(String text, String assertion, String form, String token) {
            return text.replace("{assertion}", assertion).replace("{form}", form).replace("{token}", token);
        }

        private String formValue(String form, String name) {
            for (String pair : form.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
                }
            }
            return "";
        }
    }
}
