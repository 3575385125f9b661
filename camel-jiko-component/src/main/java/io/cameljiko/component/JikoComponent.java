package io.cameljiko.component;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.cameljiko.component.auth.AccessTokenProvider;
import io.cameljiko.component.auth.TokenKey;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/**
 * The {@code jiko:} component. Holds what endpoints share: the default HTTP client and the token cache
 * (one token per token URL, client id and scopes, within this component only).
 */
@Component("jiko")
public class JikoComponent extends HealthCheckComponent {

    @Metadata(description = "Configuration shared by all endpoints; endpoint options win.")
    private JikoConfiguration configuration = new JikoConfiguration();

    private final Map<TokenKey, AccessTokenProvider> tokenProviders = new ConcurrentHashMap<>();
    private final Map<Long, HttpClient> httpClients = new ConcurrentHashMap<>();
    /** openApiSpec files, each parsed and checked once per component. */
    private final io.cameljiko.component.openapi.OpenApiSpecs openApiSpecs = new io.cameljiko.component.openapi.OpenApiSpecs();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        JikoConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(remaining);
        JikoEndpoint endpoint = new JikoEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The injected client, else one shared client per connect timeout (connections are reused). */
    HttpClient httpClient(JikoConfiguration config) {
        if (config.getHttpClient() != null) {
            return config.getHttpClient();
        }
        return httpClients.computeIfAbsent(config.getConnectTimeout(), timeout -> HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(timeout))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build());
    }

    AccessTokenProvider tokenProvider(TokenKey key, Supplier<AccessTokenProvider> factory) {
        return tokenProviders.computeIfAbsent(key, k -> factory.get());
    }

    io.cameljiko.component.openapi.OpenApiSpecs openApiSpecs() {
        return openApiSpecs;
    }

    @Override
    protected void doStop() throws Exception {
        tokenProviders.clear();
        super.doStop();
    }

    public JikoConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(JikoConfiguration configuration) {
        this.configuration = configuration;
    }
}
