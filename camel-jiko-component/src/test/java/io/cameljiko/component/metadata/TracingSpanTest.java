package io.cameljiko.component.metadata;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import io.cameljiko.component.support.TestKeys;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.apache.camel.Exchange;
import org.apache.camel.opentelemetry2.OpenTelemetryTracer;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** camel-opentelemetry2 puts the Jiko host on the span of a jiko: call (server.address from EndpointServiceLocation). */
class TracingSpanTest {

    static final String POCKET = "8a0c1f5e-1d2b-4c3d-9e8f-0a1b2c3d4e5f";

    /** Keeps finished spans in memory (the SDK's testing module is not needed for this). */
    static final class Collected implements SpanExporter {
        final List<SpanData> spans = new CopyOnWriteArrayList<>();

        @Override
        public CompletableResultCode export(Collection<SpanData> batch) {
            spans.addAll(batch);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }

    @Test
    void theSpanOfAJikoCallNamesTheJikoHost() {
        Collected exporter = new Collected();
        try (JikoWireMock wm = new JikoWireMock();
             SdkTracerProvider provider = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter))
                     .build();
             Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
            wm.server().stubFor(get(urlPathEqualTo("/api/v2/pockets/" + POCKET + "/")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + POCKET + "\"}")));
            camel.config().setClientId("client-123");
            camel.config().setPrivateKey(TestKeys.pem(TestKeys.ED25519));
            camel.context().getRegistry().bind("tracer", provider.get("camel-jiko-test"));
            camel.context().getRegistry().bind("propagators", ContextPropagators.noop());
            new OpenTelemetryTracer().init(camel.context());
            camel.start();

            Exchange exchange = camel.send("jiko:getPocket?outputType=json&pocketId=" + POCKET);

            assertThat(exchange.getException()).isNull();
            assertThat(exporter.spans).filteredOn(s -> "camel-jiko".equals(s.getAttributes().get(AttributeKey.stringKey("component"))))
                    .isNotEmpty()
                    .allSatisfy(span -> {
                        assertThat(span.getAttributes().get(AttributeKey.stringKey("server.address"))).isEqualTo(wm.baseUrl());
                        assertThat(span.getAttributes().get(AttributeKey.stringKey("server.protocol"))).isEqualTo("http");
                        assertThat(span.getAttributes().get(AttributeKey.stringKey("url.path"))).isEqualTo("getPocket");
                    });
        }
    }
}
