package io.cameljiko.component.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends through a {@link java.net.http.HttpClient}: the user's own, given with the {@code httpClient} option. */
public record JdkHttpSender(HttpClient client) implements HttpSender {

    @Override
    public HttpResponse<InputStream> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    @Override
    public String toString() {
        return "JdkHttpSender";
    }
}
