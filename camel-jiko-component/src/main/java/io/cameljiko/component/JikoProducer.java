package io.cameljiko.component;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.client.JikoClient;
import io.cameljiko.component.client.JikoOutputType;
import io.cameljiko.component.client.JikoRequest;
import io.cameljiko.component.client.JikoResponse;
import io.cameljiko.component.client.PageIterator;
import io.cameljiko.component.client.RatePriority;
import io.cameljiko.component.client.RequestBuilder;
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
        Message message = exchange.getMessage();
        Operation operation = endpoint.resolveOperation(message.getHeader(JikoConstants.OPERATION, config.getOperation(),
                String.class));
        JikoRequest request = request(operation, exchange).build();
        if (operation.clientId() != null && request.resourceId() != null) {
            message.setHeader(operation.clientId().header(), request.resourceId());
        }
        JikoClient client = endpoint.getClient();
        JikoResponse response = client.send(request);

        message.setHeader(JikoConstants.STATUS_CODE, response.statusCode());
        if (response.contentType() != null) {
            message.setHeader(JikoConstants.CONTENT_TYPE, response.contentType());
        }
        response.rateLimitRemaining().ifPresent(v -> message.setHeader(JikoConstants.RATE_LIMIT_REMAINING, v));
        response.rateLimitReset().ifPresent(v -> message.setHeader(JikoConstants.RATE_LIMIT_RESET, v));
        message.removeHeader(JikoConstants.NEXT_PAGE);
        message.removeHeader(JikoConstants.PREV_PAGE);

        JikoOutputType outputType = config.getOutputType();
        if (config.isPaginate() && ResponseMapper.isPage(operation, response)) {
            // later pages are read with the same parameters, only the cursor changes
            Function<String, PageIterator.Page> fetchPage = cursor -> ResponseMapper.page(operation,
                    client.send(request(operation, exchange).with("cursor", cursor).priority(RatePriority.PAGING).build()),
                    outputType);
            message.setBody(new PageIterator(ResponseMapper.page(operation, response, outputType), fetchPage));
            return;
        }
        ResponseMapper.Mapped mapped = ResponseMapper.map(operation, response, outputType);
        if (mapped.nextPage() != null) {
            message.setHeader(JikoConstants.NEXT_PAGE, mapped.nextPage());
        }
        if (mapped.prevPage() != null) {
            message.setHeader(JikoConstants.PREV_PAGE, mapped.prevPage());
        }
        message.setBody(mapped.body());
    }

    /** The request of this exchange: options of the endpoint, headers and body of the message. */
    private RequestBuilder request(Operation operation, Exchange exchange) {
        JikoEndpoint endpoint = getEndpoint();
        Message message = exchange.getMessage();
        return RequestBuilder.of(operation, endpoint.getConfiguration().effectiveBaseUrl())
                .options(endpoint::option)
                .headers(message::getHeader)
                .body(message.getBody(), message.getHeader(Exchange.CONTENT_TYPE, String.class),
                        message.getHeader(Exchange.CONTENT_LENGTH, Long.class))
                .clientIds(fingerprint -> generatedClientIds(exchange).computeIfAbsent(fingerprint,
                        k -> UUID.randomUUID().toString()));
    }

    /**
     * A client-supplied id (transfer.id) is the API's de-duplication key. When the body has none, one is generated
     * before the first attempt and remembered on the exchange (a property, keyed by the body's content): Camel
     * restores the original message before a redelivery, so a header alone would be lost, but the property is
     * not, and the retried request goes out with the same id. Jiko then does not move the money twice.
     */
    private static Map<String, String> generatedClientIds(Exchange exchange) {
        @SuppressWarnings("unchecked")
        Map<String, String> generated = exchange.getProperty(GENERATED_CLIENT_IDS, Map.class);
        if (generated == null) {
            generated = new ConcurrentHashMap<>();
            exchange.setProperty(GENERATED_CLIENT_IDS, generated);
        }
        return generated;
    }

    /** Exchange property: the client ids generated for this exchange, by body content. */
    static final String GENERATED_CLIENT_IDS = "CamelJikoGeneratedClientIds";
}
