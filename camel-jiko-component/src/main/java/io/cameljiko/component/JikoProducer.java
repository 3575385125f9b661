package io.cameljiko.component;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.cameljiko.component.catalog.HttpTarget;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.catalog.RequestFactory;
import io.cameljiko.component.client.JikoJson;
import io.cameljiko.component.client.JikoRequest;
import io.cameljiko.component.client.JikoResponse;
import io.cameljiko.component.client.ResponseMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Resolves the operation (endpoint or CamelJikoOperation header), builds and validates the request,
 * sends it through the endpoint's client and maps the answer. Exchange headers never reach Jiko.
 */
public class JikoProducer extends DefaultProducer {

    public JikoProducer(JikoEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public JikoEndpoint getEndpoint() {
        return (JikoEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        JikoEndpoint endpoint = getEndpoint();
        JikoConfiguration config = endpoint.getConfiguration();
        Message in = exchange.getMessage();
        String operationName = in.getHeader(JikoConstants.OPERATION, config.getOperation(), String.class);
        Operation operation = OperationCatalog.require(operationName);

        JikoRequest request = buildRequest(operation, config.effectiveBaseUrl(), endpoint, in);
        JikoResponse response = endpoint.getClient().send(request);

        Message out = exchange.getMessage();
        out.setHeader(JikoConstants.STATUS_CODE, response.statusCode());
        if (response.contentType() != null) {
            out.setHeader(JikoConstants.CONTENT_TYPE, response.contentType());
        }
        response.rateLimitRemaining().ifPresent(v -> out.setHeader(JikoConstants.RATE_LIMIT_REMAINING, v));
        response.rateLimitReset().ifPresent(v -> out.setHeader(JikoConstants.RATE_LIMIT_RESET, v));
        out.setBody(ResponseMapper.map(operation, response, config.getOutputType()));
    }

    private static JikoRequest buildRequest(Operation operation, String baseUrl, JikoEndpoint endpoint, Message in) {
        if (OperationCatalog.REQUEST.equals(operation.name())) {
            HttpTarget target = RequestFactory.genericTarget(baseUrl, endpoint::option, in::getHeader);
            return withBody(operation.name(), target.method(), target.uri(), in);
        }
        URI uri = RequestFactory.uri(operation, baseUrl, endpoint::option, in::getHeader);
        return new JikoRequest(operation.name(), operation.method(), uri, Map.of(), null, true, null);
    }

    /** The request operation sends the message body for POST, PUT and PATCH: JSON text, bytes, a stream or an object. */
    private static JikoRequest withBody(String operation, String method, URI uri, Message in) {
        if (!method.equals("POST") && !method.equals("PUT") && !method.equals("PATCH")) {
            return new JikoRequest(operation, method, uri, Map.of(), null, true, null);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", in.getHeader(Exchange.CONTENT_TYPE, "application/json", String.class));
        Object body = in.getBody();
        if (body instanceof InputStream stream) {
            return new JikoRequest(operation, method, uri, headers, () -> HttpRequest.BodyPublishers.ofInputStream(() -> stream),
                    false, null);
        }
        byte[] bytes = toBytes(body);
        Supplier<HttpRequest.BodyPublisher> publisher = () -> HttpRequest.BodyPublishers.ofByteArray(bytes);
        return new JikoRequest(operation, method, uri, headers, publisher, true, null);
    }

    private static byte[] toBytes(Object body) {
        if (body == null) {
            return new byte[0];
        }
        if (body instanceof byte[] b) {
            return b;
        }
        if (body instanceof String s) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        try {
            return JikoJson.MAPPER.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("The message body (" + body.getClass().getName()
                                               + ") cannot be written as JSON for operation request: " + e.getOriginalMessage());
        }
    }
}
