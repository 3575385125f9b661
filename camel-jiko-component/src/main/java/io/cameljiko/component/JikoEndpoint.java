package io.cameljiko.component;

import io.cameljiko.component.client.JikoOutputType;
import java.time.Duration;

import io.cameljiko.component.client.AccessTokenProvider;
import io.cameljiko.component.auth.ClientCredentialsTokenProvider;
import io.cameljiko.component.auth.FixedAccessTokenProvider;
import io.cameljiko.component.auth.PrivateKeys;
import io.cameljiko.component.auth.TokenKey;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.catalog.OperationOptions;
import io.cameljiko.component.client.HttpJikoClient;
import io.cameljiko.component.client.JikoClient;
import io.cameljiko.component.client.RetryPolicy;
import io.cameljiko.component.client.RetryingTransport;
import io.cameljiko.component.openapi.OpenApiBinding;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;
import io.cameljiko.component.client.RateLimitSnapshot;
import io.cameljiko.component.consumer.JikoConsumer;
import io.cameljiko.component.consumer.PollSettings;
import io.cameljiko.component.webhook.JikoWebhook;
import io.cameljiko.component.webhook.WebhookOptions;
import io.cameljiko.component.webhook.WebhookSource;
import org.apache.camel.component.webhook.WebhookCapableEndpoint;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls Jiko Customer API operations: authentication, paging, rate limits, retries and error mapping included.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "jiko", title = "Jiko", syntax = "jiko:operation",
             category = { Category.FINANCE, Category.SAAS, Category.API },
             headersClass = JikoConstants.class)
public class JikoEndpoint extends ScheduledPollEndpoint
        implements WebhookCapableEndpoint, EndpointServiceLocation, WebhookSource {

    private static final Logger LOG = LoggerFactory.getLogger(JikoEndpoint.class);

    @UriParam
    private JikoConfiguration configuration;

    private JikoClient client;
    /** The options written on the URI (not those inherited from the component), checked against the operation. */
    private java.util.Set<String> uriOptionNames = java.util.Set.of();
    /** Set at start when openApiSpec is: the check's result and the operations only the description has. */
    private OpenApiBinding openApi;

    public JikoEndpoint(String uri, JikoComponent component, JikoConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
        // Jiko's rate limits are per minute: polling every 500 ms (Camel's default) would waste them
        setDelay(DEFAULT_DELAY);
    }

    /** The default poll delay, 30 s. */
    public static final long DEFAULT_DELAY = 30_000;

    @Override
    public JikoComponent getComponent() {
        return (JikoComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new JikoProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Operation operation = resolveOperation(configuration.getOperation());
        if (!operation.pollable()) {
            throw new IllegalArgumentException("jiko:" + operation.name() + " cannot be consumed: from(\"jiko:...\") "
                                               + "polls a list operation, one of " + String.join(", ", OperationCatalog.pollable()));
        }
        JikoConsumer consumer = new JikoConsumer(this, processor, operation);
        consumer.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (!isBlank(configuration.getOpenApiSpec())) {
            openApi = OpenApiBinding.start(getComponent().openApiSpecs(), configuration.getOpenApiSpec(),
                    getCamelContext().getApplicationContextClassLoader(), configuration.getOperation(),
                    OpenApiBinding.extraUriParameters(getEndpointUri(), optionNames()),
                    configuration.getOutputType() == JikoOutputType.model);
        }
        Operation operation = resolveOperation(configuration.getOperation());
        if (OperationCatalog.find(operation.name()).isPresent()) {
            checkCatalogOptions(operation);
        }
        requireHttpUrl("baseUrl", configuration.effectiveBaseUrl());
        if (isBlank(configuration.getAccessToken())) {
            requireHttpUrl("tokenUrl", configuration.effectiveTokenUrl());
        }
        if (operation.inferred() && (openApi == null || !openApi.confirms(operation.name()))) {
            LOG.info("Jiko operation {} ({} {}) is INFERRED from public material, not documented by Jiko: verify it "
                     + "against your sandbox", operation.name(), operation.method(), operation.pathTemplate());
        }
        if (client == null) {
            client = createClient();
        }
    }

    /**
     * A catalog operation takes only its own options, with well-formed values. An operation that is not in the
     * catalog (defined elsewhere) skips this check. Headers are not checked here: a route shares them.
     */
    private void checkCatalogOptions(Operation operation) {
        OperationOptions.requireApplicable(operation, uriOptionNames);
        OperationOptions.requireValidValues(operation, this::option);
    }

    void setUriOptionNames(java.util.Set<String> names) {
        this.uriOptionNames = java.util.Set.copyOf(names);
    }

    /** Where calls go, for tracing spans and the service registry: the API base URL, without any user-info. */
    @Override
    public String getServiceUrl() {
        return configuration.effectiveBaseUrl().replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@", "$1");
    }

    @Override
    public String getServiceProtocol() {
        String url = configuration.effectiveBaseUrl();
        return url.regionMatches(true, 0, "http:", 0, 5) ? "http" : "https";
    }

    @Override
    public java.util.Map<String, String> getServiceMetadata() {
        return configuration.getOperation() == null ? null : java.util.Map.of("operation", configuration.getOperation());
    }

    private JikoClient createClient() {
        JikoConfiguration c = configuration;
        RetryingTransport transport = new RetryingTransport(getComponent().httpSender(c),
                new RetryPolicy(Math.max(0, c.getMaxRetries()), Duration.ofMillis(c.getRetryDelay()),
                        Duration.ofMillis(c.getMaxRetryAfter())), RetryingTransport.SLEEP,
                RateLimitGates.create(getComponent().rateBudgets(), c), getComponent().getStats());
        AccessTokenProvider tokens;
        if (c.getAccessToken() != null && !c.getAccessToken().isBlank()) {
            tokens = new FixedAccessTokenProvider(c.getAccessToken().trim());
        } else if (isBlank(c.getClientId()) || isBlank(c.getPrivateKey())) {
            throw new IllegalArgumentException("No Jiko credentials: set clientId and privateKey (OAuth client "
                                               + "credentials with a private-key JWT), or accessToken (a fixed bearer token)"
                                               + (isBlank(c.getClientId()) ? "; clientId is missing" : "; privateKey is missing"));
        } else {
            TokenKey key = TokenKey.of(c.effectiveTokenUrl(), c.getClientId().trim(), c.getScopes());
            java.security.PrivateKey privateKey = PrivateKeys.load(c.getPrivateKey(), c.getPrivateKeyPassword(),
                    getCamelContext());
            tokens = getComponent().tokenProvider(key, () -> new ClientCredentialsTokenProvider(key, privateKey,
                    c.getKeyId(), transport, Duration.ofMillis(c.getRequestTimeout())));
        }
        return new HttpJikoClient(transport, tokens, Duration.ofMillis(c.getRequestTimeout()));
    }

    private static void requireHttpUrl(String option, String value) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(value);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
            || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("Option " + option + " must be an absolute http(s) URL such as "
                                               + "https://api.business.jiko.io, got '" + value.replaceAll("[^/@]+@", "******@") + "'");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** A catalog operation, or with openApiSpec an operationId of the description; else an error listing them. */
    public Operation resolveOperation(String name) {
        return openApi != null ? openApi.operation(name) : OperationCatalog.require(name);
    }

    /** With openApiSpec, a URI naming an operation the catalog lacks may carry that operation's own parameters. */
    @Override
    public boolean isLenientProperties() {
        return !isBlank(configuration.getOpenApiSpec()) && OperationCatalog.find(configuration.getOperation()).isEmpty();
    }

    /** Reads an option by name through the generated configurer (no reflection). */
    @Override
    public Object option(String name) {
        Object dynamic = openApi != null ? openApi.uriParameter(name) : null;
        return dynamic != null ? dynamic : getter().getOptionValue(this, name, true);
    }

    /** The endpoint's option names, from the generated URI factory. */
    private java.util.Set<String> optionNames() {
        org.apache.camel.spi.EndpointUriFactory factory = org.apache.camel.support.PluginHelper
                .getUriFactoryResolver(getCamelContext()).resolveFactory("jiko", getCamelContext());
        return factory != null ? factory.propertyNames() : java.util.Set.of();
    }

    private PropertyConfigurerGetter getter() {
        PropertyConfigurer configurer = getComponent().getEndpointPropertyConfigurer();
        if (!(configurer instanceof PropertyConfigurerGetter getter)) {
            throw new IllegalStateException("The generated jiko endpoint configurer is missing from the classpath");
        }
        return getter;
    }

    @Override
    public JikoClient getClient() {
        return client;
    }

    @Override
    public PollSettings pollSettings() {
        JikoConfiguration c = configuration;
        return new PollSettings(c.getOperation(), c.effectiveBaseUrl(), c.getStateRepository(), c.getStartFrom(),
                c.getOverlap(), c.getEventTypes(), c.getOutputType(), c.isSplitItems(), c.getLimit(), c.getMaxMessagesPerPoll());
    }

    @Override
    public WebhookOptions webhookOptions() {
        return configuration;
    }

    @Override
    public java.util.List<RateLimitSnapshot> rateLimitSnapshots() {
        return getComponent().rateLimitSnapshots();
    }

    /** Replaces the HTTP pipeline, e.g. with a stub in a test. */
    public void setClient(JikoClient client) {
        this.client = client;
    }

    public JikoConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(JikoConfiguration configuration) {
        this.configuration = configuration;
    }

    // ---- push: from("webhook:jiko:listEvents?...") through Camel's webhook component ----------------
    private JikoWebhook webhook;

    private synchronized JikoWebhook webhook() {
        if (webhook == null) {
            webhook = new JikoWebhook(this);
        }
        return webhook;
    }

    @Override
    public Processor createWebhookHandler(Processor next) {
        return webhook().handler(next);
    }

    @Override
    public void registerWebhook() throws Exception {
        webhook().register();
    }

    @Override
    public void unregisterWebhook() {
        webhook().unregister();
    }

    @Override
    public void setWebhookConfiguration(WebhookConfiguration webhookConfiguration) {
        webhook().configure(webhookConfiguration);
    }

    @Override
    public java.util.List<String> getWebhookMethods() {
        return webhook().methods();
    }
}
