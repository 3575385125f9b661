package io.cameljiko.examples;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Java DSL: the push side beside the polling routes. Jiko POSTs each event to this route (served by camel-main's
 * platform-http server), which checks its signature, logs it, and acknowledges it once done; on start it registers
 * the Jiko subscription for {@code jiko.push.externalUrl}/jiko/events, and deletes it on stop. Events sent while it
 * was down are read from listEvents when it starts (position in {@code jikoState}).
 *
 * <p>Off unless {@code jiko.push.enabled=true}: Jiko must reach {@code jiko.push.externalUrl} (the embedded default
 * turns it on, with the simulator calling 127.0.0.1).
 */
public class PushedEventsRoutes extends RouteBuilder {

    /** The route's id, for NotifyBuilder and logs. */
    public static final String ROUTE_ID = "jiko-events-pushed";

    @Override
    public void configure() {
        boolean enabled = getContext().getPropertiesComponent().resolveProperty("jiko.push.enabled")
                .map(Boolean::parseBoolean).orElse(false);
        if (!enabled) {
            return; // not even the endpoint: it would register a subscription on start
        }
        from("webhook:jiko:listEvents?webhookExternalUrl={{jiko.push.externalUrl}}&webhookPath=/jiko/events"
             + "&sharedSecret=RAW({{jiko.push.secret}})&stateRepository=#jikoState&reconcileInterval=0")
                .routeId(ROUTE_ID)
                .log(LoggingLevel.INFO, "jiko.push", "pushed ${header.CamelJikoEventType} ${header.CamelJikoEventId} "
                                                     + "(${header.CamelJikoDelivery})");
    }
}
