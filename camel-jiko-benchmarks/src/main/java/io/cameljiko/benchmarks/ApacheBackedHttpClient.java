package io.cameljiko.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * An experiment, not a transport: a java.net.http.HttpClient whose send() runs on Apache HttpClient 5 classic,
 * given to camel-jiko through its existing {@code httpClient} option. It measures what the component would gain
 * with Apache underneath while everything above the client (retries, rate-limit gate, 401 replay) stays as it is.
 * It reads whole bodies and maps no connection errors: good enough for the benchmark only.
 */
final class ApacheBackedHttpClient extends HttpClient {

    private final CloseableHttpClient apache;

    ApacheBackedHttpClient(CloseableHttpClient apache) {
        this.apache = apache;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        ClassicRequestBuilder builder = ClassicRequestBuilder.create(request.method()).setUri(request.uri());
        request.headers().map().forEach((name, values) -> values.forEach(v -> builder.addHeader(name, v)));
        request.bodyPublisher().filter(p -> p.contentLength() != 0)
                .ifPresent(p -> builder.setEntity(new ByteArrayEntity(bytes(p), null)));
        return apache.execute(builder.build(), response -> response(request, response, handler));
    }

    private static <T> HttpResponse<T> response(HttpRequest request, ClassicHttpResponse response,
                                                HttpResponse.BodyHandler<T> handler) throws IOException {
        byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header h : response.getHeaders()) {
            map.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
        }
        HttpHeaders headers = HttpHeaders.of(map, (a, b) -> true);
        int status = response.getCode();
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            public int statusCode() { return status; }
            public HttpHeaders headers() { return headers; }
            public Version version() { return Version.HTTP_1_1; }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            public void request(long n) { }
            public void cancel() { }
        });
        subscriber.onNext(List.of(ByteBuffer.wrap(body)));
        subscriber.onComplete();
        T value = subscriber.getBody().toCompletableFuture().join();
        return new HttpResponse<>() {
            public int statusCode() { return status; }
            public HttpRequest request() { return request; }
            public Optional<HttpResponse<T>> previousResponse() { return Optional.empty(); }
            public HttpHeaders headers() { return headers; }
            public T body() { return value; }
            public Optional<SSLSession> sslSession() { return Optional.empty(); }
            public URI uri() { return request.uri(); }
            public Version version() { return Version.HTTP_1_1; }
        };
    }

    private static byte[] bytes(HttpRequest.BodyPublisher publisher) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            public void onSubscribe(Flow.Subscription s) { s.request(Long.MAX_VALUE); }
            public void onNext(ByteBuffer b) {
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.writeBytes(chunk);
            }
            public void onError(Throwable t) { done.completeExceptionally(t); }
            public void onComplete() { done.complete(out.toByteArray()); }
        });
        return done.join();
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(request, handler);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> push) {
        return sendAsync(request, handler);
    }

    public Optional<CookieHandler> cookieHandler() { return Optional.empty(); }
    public Optional<Duration> connectTimeout() { return Optional.empty(); }
    public Redirect followRedirects() { return Redirect.NEVER; }
    public Optional<ProxySelector> proxy() { return Optional.empty(); }
    public SSLContext sslContext() { return null; }
    public SSLParameters sslParameters() { return new SSLParameters(); }
    public Optional<Authenticator> authenticator() { return Optional.empty(); }
    public Version version() { return Version.HTTP_1_1; }
    public Optional<Executor> executor() { return Optional.empty(); }
}
