package io.cameljiko.component.support;

import java.util.Map;

import io.cameljiko.component.JikoComponent;
import io.cameljiko.component.JikoConfiguration;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/** A started CamelContext whose jiko component points at a local server. */
public final class Camel implements AutoCloseable {

    private final DefaultCamelContext context = new DefaultCamelContext();
    private final JikoComponent component = new JikoComponent();
    private ProducerTemplate template;

    public Camel(String baseUrl, String tokenUrl) {
        JikoConfiguration config = component.getConfiguration();
        config.setBaseUrl(baseUrl);
        config.setTokenUrl(tokenUrl);
        config.setRetryDelay(10);
        context.addComponent("jiko", component);
    }

    /** Client-credentials with a fresh Ed25519 test key. */
    public static Camel withClientCredentials(JikoWireMock wm) {
        Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl());
        camel.config().setClientId("client-123");
        camel.config().setPrivateKey(TestKeys.pem(TestKeys.ED25519));
        return camel.start();
    }

    public JikoConfiguration config() {
        return component.getConfiguration();
    }

    public JikoComponent component() {
        return component;
    }

    public DefaultCamelContext context() {
        return context;
    }

    public Camel start() {
        context.start();
        template = context.createProducerTemplate();
        return this;
    }

    public Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, e -> {
            e.getMessage().setBody(body);
            headers.forEach(e.getMessage()::setHeader);
        });
    }

    public Exchange send(String uri) {
        return send(uri, null, Map.of());
    }

    @Override
    public void close() {
        context.stop();
    }
}
