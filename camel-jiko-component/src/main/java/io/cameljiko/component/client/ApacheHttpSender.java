package io.cameljiko.component.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.time.Duration;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.auth.AuthSchemeFactory;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The default sender: Apache HttpClient 5 classic (the client camel-http uses). All I/O runs on the calling thread,
 * connections are pooled and reused, and the response body is a stream read straight from the connection: the
 * connection goes back to the pool when the body has been read and closed (a body closed early with more than
 * {@value #DRAIN_LIMIT} bytes left is not read to its end: that connection is closed instead).
 * <p>
 * Set up to behave like the JDK client camel-jiko used before: no redirects, no automatic retries (RetryingTransport
 * decides), no compression, no cookies, no authentication schemes, no header or wire logs ({@link QuietConnection}), the JVM's default TLS settings ({@code javax.net.ssl.*}), no proxy.
 * Timeouts: the connect timeout opens a connection (and bounds the wait for a pooled one); the request's timeout is
 * the longest wait for the response's first bytes and, unlike the JDK client, also between later reads of the body.
 * Failures are translated by {@link ApacheFailures} into what the JDK client throws.
 */
public final class ApacheHttpSender implements HttpSender, AutoCloseable {

    static final int DRAIN_LIMIT = 64 * 1024;

    private final PoolingHttpClientConnectionManager pool;
    private final CloseableHttpClient client;
    private final DeferredTls tls;
    /** A request's own config replaces the client's, so each carries the pool-wait timeout too. */
    private final RequestConfig baseConfig;
    private volatile RequestConfig lastConfig;

    private ApacheHttpSender(PoolingHttpClientConnectionManager pool, CloseableHttpClient client, RequestConfig base,
                             DeferredTls tls) {
        this.pool = pool;
        this.client = client;
        this.tls = tls;
        this.baseConfig = base;
        this.lastConfig = base;
    }

    /** A pooled client; {@code connectTimeout} as the {@code connectTimeout} option. */
    public static ApacheHttpSender create(Duration connectTimeout) {
        Timeout connect = Timeout.of(connectTimeout);
        DeferredTls tls = new DeferredTls();
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                // the JDK client has no limit; Jiko's rate limits keep real use far below these
                .setMaxConnTotal(200)
                .setMaxConnPerRoute(100)
                .setTlsSocketStrategy(tls)
                .setConnectionFactory(QuietConnection.FACTORY)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connect)
                        // a pooled connection idle this long is checked before use (the server may have closed it)
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .build();
        RequestConfig base = RequestConfig.custom().setConnectionRequestTimeout(connect).build();
        CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(base)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                // no auth schemes: a 401 goes back to HttpJikoClient's replay (and Apache's Bearer parser logs the challenge)
                .setDefaultAuthSchemeRegistry(RegistryBuilder.<AuthSchemeFactory>create().build())
                .build();
        return new ApacheHttpSender(pool, client, base, tls);
    }

    /** Sets up TLS now rather than at the first https connection (the background preparation of an https endpoint). */
    public void prepareTls() {
        tls.strategy();
    }

    /** Whether TLS has been set up: not until an https connection or {@link #prepareTls()} needs it. */
    public boolean tlsReady() {
        return tls.ready();
    }

    @Override
    public HttpAnswer send(HttpCall call) throws IOException, InterruptedException {
        HttpUriRequestBase out = new HttpUriRequestBase(call.method(), call.uri());
        call.headers().forEach(out::addHeader);
        HttpRequest.BodyPublisher body = call.body();
        if (body.contentLength() != 0 || !isBodyless(call.method())) {
            out.setEntity(new PublisherEntity(body));
        }
        if (call.timeout() != null) {
            out.setConfig(config(call.timeout()));
        }
        CloseableHttpResponse response;
        try {
            response = client.execute(out);
        } catch (IOException e) {
            throw ApacheFailures.translate(e);
        }
        HttpEntity entity = response.getEntity();
        InputStream in = entity == null ? InputStream.nullInputStream() : new Body(entity.getContent(), out, response);
        return new HttpAnswer(response.getCode(), headers(response.getHeaders()), in);
    }

    /** Number of connections lent out right now: 0 once every body has been closed. */
    int leased() {
        return pool.getTotalStats().getLeased();
    }

    /** Number of open connections idle in the pool, ready to be reused. */
    int available() {
        return pool.getTotalStats().getAvailable();
    }

    /** Closes every pooled connection. */
    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

    private static boolean isBodyless(String method) {
        return switch (method) {
            case "GET", "HEAD", "DELETE", "OPTIONS" -> true;
            default -> false;
        };
    }

    /** The request config for a timeout; the timeout is nearly always the same, so the last one is kept. */
    private RequestConfig config(Duration timeout) {
        RequestConfig last = lastConfig;
        Timeout wanted = Timeout.of(timeout);
        if (!wanted.equals(last.getResponseTimeout())) {
            last = RequestConfig.copy(baseConfig).setResponseTimeout(wanted).build();
            lastConfig = last;
        }
        return last;
    }

    private static ResponseHeaders headers(Header[] headers) {
        String[] names = new String[headers.length];
        String[] values = new String[headers.length];
        for (int i = 0; i < headers.length; i++) {
            names[i] = headers[i].getName();
            values[i] = headers[i].getValue();
        }
        return ResponseHeaders.ofArrays(names, values);
    }

    /**
     * The JVM's default TLS settings, loaded (trust store, providers: ~100 ms the first time in a JVM) when the first
     * https connection is opened, so a client that only ever speaks http (the simulator, a local proxy) never does.
     */
    private static final class DeferredTls implements TlsSocketStrategy {

        private volatile TlsSocketStrategy strategy;

        @Override
        public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
                throws IOException {
            return strategy().upgrade(socket, target, port, attachment, context);
        }

        TlsSocketStrategy strategy() {
            TlsSocketStrategy made = strategy;
            if (made == null) {
                synchronized (this) {
                    made = strategy;
                    if (made == null) {
                        made = DefaultClientTlsStrategy.createSystemDefault();
                        strategy = made;
                    }
                }
            }
            return made;
        }

        boolean ready() {
            return strategy != null;
        }
    }

    /** The body: closing it after the end releases the connection to the pool; before the end it closes it. */
    private static final class Body extends FilterInputStream {

        private final HttpUriRequestBase request;
        private final CloseableHttpResponse response;
        private boolean closed;

        Body(InputStream in, HttpUriRequestBase request, CloseableHttpResponse response) {
            super(in);
            this.request = request;
            this.response = response;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (drained()) {
                in.close();
            } else {
                request.cancel(); // shuts the connection; closing the response then only lets go of it
                try {
                    response.close();
                } catch (IOException expected) {
                    // the socket is closed already
                }
            }
        }

        /** Whether the rest (at most DRAIN_LIMIT bytes) could be read, so the connection can be reused. */
        private boolean drained() {
            try {
                if (in.read() < 0) {
                    return true; // the usual case: a JSON reader stopped just before the end
                }
                byte[] buffer = new byte[8192];
                long left = DRAIN_LIMIT;
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    left -= n;
                    if (left < 0) {
                        return false;
                    }
                }
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
