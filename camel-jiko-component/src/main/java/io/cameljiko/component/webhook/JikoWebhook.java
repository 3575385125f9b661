package io.cameljiko.component.webhook;

import java.util.List;
import java.util.function.Predicate;

import io.cameljiko.component.catalog.EventTypes;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.consumer.PollSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.spi.RestConsumerFactory;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The push side of one jiko endpoint, used through Camel's webhook component:
 * {@code from("webhook:jiko:listEvents?sharedSecret=RAW(...)&eventTypes=transfers.*.rejected")}. JikoEndpoint
 * implements WebhookCapableEndpoint by delegating here. What lives as long as the endpoint (de-duplication,
 * reconciliation position, the registered subscription) is kept here, so a stopped and restarted route keeps it.
 */
public final class JikoWebhook {

    private static final Logger LOG = LoggerFactory.getLogger(JikoWebhook.class);

    private static final String PLATFORM_HTTP = "platform-http";

    private final WebhookSource endpoint;
    private final SubscriptionRegistrar registrar;
    private WebhookConfiguration webhookConfiguration;
    private EventDelivery delivery;
    private StateRepository<String, String> state;

    public JikoWebhook(WebhookSource endpoint) {
        this.endpoint = endpoint;
        this.registrar = new SubscriptionRegistrar(endpoint);
    }

    public void configure(WebhookConfiguration configuration) {
        this.webhookConfiguration = configuration;
        // Camel's webhook component does not look for platform-http by itself; it is what serves the route on
        // camel-main, Spring Boot, Quarkus and Camel K, so it is the default unless another HTTP component is there
        if (configuration.getWebhookComponentName() == null && noRestComponentYet()
            && endpoint.getCamelContext().getComponent(PLATFORM_HTTP, true) instanceof RestConsumerFactory) {
            configuration.setWebhookComponentName(PLATFORM_HTTP);
        }
    }

    private boolean noRestComponentYet() {
        CamelContext context = endpoint.getCamelContext();
        return context.getComponentNames().stream().noneMatch(n -> context.getComponent(n) instanceof RestConsumerFactory);
    }

    public List<String> methods() {
        return List.of("POST");
    }

    /** The processor platform-http calls for each delivery; {@code next} is the route. */
    public synchronized Processor handler(Processor next) {
        Operation operation = eventsOperation();
        WebhookOptions config = endpoint.webhookOptions();
        PollSettings poll = endpoint.pollSettings();
        SignatureVerifier verifier = new SignatureVerifier(config.getSharedSecret(), config.getPreviousSharedSecret());
        if (config.getMaxBodySize() <= 0) {
            throw new IllegalArgumentException("Option maxBodySize must be a positive number of bytes, got " + config.getMaxBodySize());
        }
        EventTypes.expand(poll.eventTypes()); // a pattern that matches nothing fails now, not at registration
        Predicate<String> wanted = EventTypes.matcher(poll.eventTypes());
        if (delivery == null) {
            delivery = new EventDelivery(operation, poll.outputType(), config.getIdempotentRepository());
        }
        if (state == null) {
            state = poll.stateRepository();
            if (state == null) {
                state = new MemoryStateRepository();
                if (config.getReconcileInterval() >= 0) { // a receiver that never reconciles has no position to lose
                    LOG.warn("webhook:jiko:{} keeps its reconciliation position in memory only: after a restart it reads "
                             + "listEvents from startFrom={}. Set stateRepository to resume where it stopped.",
                            operation.name(), poll.startFrom());
                }
            }
            ServiceHelper.startService(state);
        }
        if (webhookConfiguration != null && webhookConfiguration.getWebhookPath() == null) {
            LOG.info("webhook:jiko: no webhookPath set, so the URL path is a hash of the endpoint URI and changes when an "
                     + "option (the secret too) changes; set webhookPath to keep one URL and one subscription");
        }
        Reconciler reconciler = new Reconciler(endpoint, operation, next, delivery, state, stateKey(), wanted);
        return new WebhookHandler(next, verifier, config.getMaxBodySize(), wanted, delivery, reconciler);
    }

    /** Creates or updates the Jiko subscription for this route's external URL (webhookAutoRegister=true). */
    public void register() throws Exception {
        eventsOperation();
        WebhookOptions config = endpoint.webhookOptions();
        SignatureVerifier.requireSecret("sharedSecret", config.getSharedSecret(), true);
        List<String> events = EventTypes.expand(endpoint.pollSettings().eventTypes());
        if (webhookConfiguration == null) {
            throw new IllegalStateException("jiko:" + endpoint.pollSettings().operation() + " registers a webhook only when used as "
                                            + "from(\"webhook:jiko:listEvents?...\")");
        }
        String url = webhookConfiguration.computeFullExternalUrl();
        registrar.register(url, events, config.getSharedSecret());
    }

    /** Deletes the subscription registered at start, unless keepSubscription=true. */
    public void unregister() {
        registrar.unregister(endpoint.webhookOptions().isKeepSubscription());
    }

    private Operation eventsOperation() {
        Operation operation = OperationCatalog.require(endpoint.pollSettings().operation());
        if (operation.poll() == null || operation.poll().eventTypePath() == null) {
            throw new IllegalArgumentException("webhook:jiko:" + operation.name() + " is not supported: Jiko pushes events, "
                                               + "so use webhook:jiko:listEvents");
        }
        return operation;
    }

    /** Its own key in the state repository: a polling consumer of listEvents keeps another position. */
    private String stateKey() {
        String path = webhookConfiguration != null ? webhookConfiguration.computeFullPath(false) : "";
        String types = endpoint.pollSettings().eventTypes();
        String key = "jiko:webhook:" + endpoint.pollSettings().operation() + path
                     + (types == null || types.isBlank() ? "" : "[eventTypes:" + types.trim() + "]");
        return key.replace("=", "%3D").replace("\n", " ").replace("\r", " ");
    }
}
