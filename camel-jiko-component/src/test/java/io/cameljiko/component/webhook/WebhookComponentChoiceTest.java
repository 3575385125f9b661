package io.cameljiko.component.webhook;

import java.util.Map;

import io.cameljiko.component.JikoEndpoint;
import io.cameljiko.component.support.LogCapture;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.component.webhook.WebhookConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.RestConfiguration;
import org.apache.camel.spi.RestConsumerFactory;
import org.apache.camel.support.DefaultComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which HTTP component serves webhook:jiko: platform-http unless the application chose or added another one. */
class WebhookComponentChoiceTest {

    static final String TOKEN = "accessToken=RAW(a-fixed-test-token)";

    final DefaultCamelContext context = new DefaultCamelContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    /** What the webhook component passes to the endpoint, after the endpoint looked at it. */
    WebhookConfiguration configured(String componentName) {
        context.start();
        WebhookConfiguration configuration = new WebhookConfiguration();
        configuration.setWebhookComponentName(componentName);
        context.getEndpoint("jiko:listEvents?" + TOKEN, JikoEndpoint.class).setWebhookConfiguration(configuration);
        return configuration;
    }

    @Test
    void platformHttpServesItWhenNoOtherHttpComponentIsThere() {
        assertThat(configured(null).getWebhookComponentName()).isEqualTo("platform-http");
    }

    @Test
    void anotherRestComponentOfTheApplicationIsLeftToCamelsOwnChoice() {
        context.addComponent("other-http", new OtherRestComponent());
        assertThat(configured(null).getWebhookComponentName()).isNull();
    }

    @Test
    void aComponentNamedInTheOptionsIsKept() {
        assertThat(configured("other-http").getWebhookComponentName()).isEqualTo("other-http");
    }

    @Test
    void withoutAWebhookPathTheLogSaysTheUrlChangesWithTheOptions() {
        context.start();
        String uri = "jiko:listEvents?" + TOKEN + "&sharedSecret=RAW(" + WebhookFixture.SECRET + ")&reconcileInterval=-1";
        for (String path : new String[] {null, "/jiko/events"}) {
            WebhookConfiguration configuration = new WebhookConfiguration();
            configuration.setWebhookPath(path);
            configuration.setEndpointUri(uri);
            JikoEndpoint endpoint = context.getEndpoint(uri, JikoEndpoint.class);
            endpoint.setWebhookConfiguration(configuration);
            try (LogCapture log = new LogCapture()) {
                endpoint.createWebhookHandler(e -> { });
                assertThat(log.text().contains("no webhookPath set, so the URL path is a hash of the endpoint URI"))
                        .as("logged with webhookPath " + path).isEqualTo(path == null);
            }
        }
    }

    @Test
    void onlyAReceiverThatReconcilesWarnsThatItsPositionIsInMemoryOnly() {
        context.start();
        for (int interval : new int[] {0, -1}) {
            String uri = "jiko:listEvents?" + TOKEN + "&sharedSecret=RAW(" + WebhookFixture.SECRET + ")&reconcileInterval=" + interval;
            JikoEndpoint endpoint = context.getEndpoint(uri, JikoEndpoint.class);
            try (LogCapture log = new LogCapture()) {
                endpoint.createWebhookHandler(e -> { });
                assertThat(log.text().contains("keeps its reconciliation position in memory only"))
                        .as("warned with reconcileInterval " + interval).isEqualTo(interval >= 0);
            }
        }
    }

    /** Any component that can serve REST consumers, as netty-http or undertow would. */
    static final class OtherRestComponent extends DefaultComponent implements RestConsumerFactory {
        @Override
        protected org.apache.camel.Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
            throw new UnsupportedOperationException("not used");
        }

        @Override
        public Consumer createConsumer(org.apache.camel.CamelContext camelContext, Processor processor, String verb,
                                       String basePath, String uriTemplate, String consumes, String produces,
                                       RestConfiguration configuration, Map<String, Object> parameters) {
            throw new UnsupportedOperationException("not used");
        }
    }
}
