package io.cameljiko.component.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends through a {@link java.net.http.HttpClient}: the user's own, given with the {@code httpClient} option. */
public record JdkHttpSender(HttpClient client) implements HttpSender {

    @Override
    public HttpAnswer send(HttpCall call) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(call.uri()).method(call.method(), call.body());
        call.headers().forEach(builder::header);
        if (call.timeout() != null) {
            builder.timeout(call.timeout());
        }
        HttpResponse<InputStream> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        return new HttpAnswer(response.statusCode(), ResponseHeaders.of(response.headers()), response.body());
    }

    @Override
    public String toString() {
        return "JdkHttpSender";
    }
}
