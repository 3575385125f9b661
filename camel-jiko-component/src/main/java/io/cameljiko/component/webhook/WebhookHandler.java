package io.cameljiko.component.webhook;

import java.io.IOException;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.json.JikoJson;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.AsyncProcessorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives one delivery from Jiko (served by Camel's platform-http through the webhook component) and answers it:
 * <ul>
 * <li>413 when the body is larger than maxBodySize, 401 when x-jiko-signature is missing or wrong: checked over the
 * raw bytes before anything is parsed, and the route never sees the call;</li>
 * <li>200 without processing for an event id already processed (a retry, a replay) or a type the route did not ask
 * for;</li>
 * <li>otherwise the route processes the event, and only then the answer is 200, or 500 when the exchange failed, so
 * Jiko delivers it again (its retry policy decides when);</li>
 * <li>503 when the idempotent repository cannot be asked (a shared one that is down): never processed unchecked.</li>
 * </ul>
 * Starting the handler (with the route's consumer) starts the reconciliation; stopping it stops it.
 */
final class WebhookHandler extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);

    private final AsyncProcessor next;
    private final SignatureVerifier verifier;
    private final long maxBodySize;
    private final Predicate<String> wanted;
    private final EventDelivery delivery;
    private final Reconciler reconciler;

    WebhookHandler(Processor next, SignatureVerifier verifier, long maxBodySize, Predicate<String> wanted,
                   EventDelivery delivery, Reconciler reconciler) {
        this.next = AsyncProcessorConverterHelper.convert(next);
        this.verifier = verifier;
        this.maxBodySize = maxBodySize;
        this.wanted = wanted;
        this.delivery = delivery;
        this.reconciler = reconciler;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Message in = exchange.getMessage();
        Long declared = in.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (declared != null && declared > maxBodySize) {
            return answer(exchange, callback, 413, "Payload Too Large");
        }
        byte[] raw = in.getBody(byte[].class);
        if (raw == null) {
            raw = new byte[0];
        }
        if (raw.length > maxBodySize) {
            return answer(exchange, callback, 413, "Payload Too Large");
        }
        String signature = in.getHeader(SignatureVerifier.HEADER, String.class);
        if (!verifier.verify(raw, signature)) {
            LOG.warn("Refused a webhook call {} {} signature (401): not from Jiko, or signed with another secret",
                    signature == null ? "without an" : "with a wrong", SignatureVerifier.HEADER);
            return answer(exchange, callback, 401, "Unauthorized");
        }
        JsonNode event;
        try {
            event = JikoJson.MAPPER.readTree(raw);
        } catch (IOException e) {
            event = null;
        }
        String id = event == null ? null : event.path("event_id").asText(null);
        if (id == null || id.isBlank()) {
            LOG.warn("Refused a signed webhook call whose body is not a Jiko event (no event_id) (400)");
            return answer(exchange, callback, 400, "Bad Request: not a Jiko event");
        }
        String type = event.path("event_type").asText(null);
        if (!wanted.test(type)) {
            LOG.debug("Event {} of type {} is not one of this route's eventTypes: acknowledged, not processed", id, type);
            return answer(exchange, callback, 200, "");
        }
        EventDelivery.Claim claim;
        try {
            claim = delivery.claim(id);
        } catch (RuntimeException e) {
            LOG.warn("Event {} could not be checked against the idempotent repository ({}): answered 503 so Jiko delivers "
                     + "it again", id, e.getMessage());
            return answer(exchange, callback, 503, "Event ids cannot be checked now; deliver it again later");
        }
        if (claim == EventDelivery.Claim.DUPLICATE) {
            LOG.debug("Event {} was processed already: this delivery is acknowledged and dropped", id);
            return answer(exchange, callback, 200, "");
        }
        if (claim == EventDelivery.Claim.IN_FLIGHT) {
            // not acknowledged: if the copy in the route fails, this delivery's retry is what brings the event back
            LOG.debug("Event {} is being processed by another delivery: answered 503 so Jiko delivers it again", id);
            return answer(exchange, callback, 503, "Event being processed; deliver it again later");
        }
        delivery.populate(exchange, event, raw, EventDelivery.PUSH);
        return next.process(exchange, doneSync -> {
            boolean completed = EventDelivery.completed(exchange);
            delivery.settle(id, completed);
            if (completed) {
                respond(exchange, 200, "");
            } else {
                // the route's error handler has reported the failure; Jiko only learns that it should deliver again
                exchange.setException(null);
                exchange.setRollbackOnly(false);
                respond(exchange, 500, "Event not processed; deliver it again");
            }
            callback.done(doneSync);
        });
    }

    private static boolean answer(Exchange exchange, AsyncCallback callback, int status, String text) {
        respond(exchange, status, text);
        callback.done(true);
        return true;
    }

    private static void respond(Exchange exchange, int status, String text) {
        Message out = exchange.getMessage();
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, "text/plain");
        out.setBody(text);
    }

    @Override
    protected void doStart() throws Exception {
        delivery.start();
        reconciler.start();
    }

    @Override
    protected void doStop() throws Exception {
        reconciler.stop();
    }
}
