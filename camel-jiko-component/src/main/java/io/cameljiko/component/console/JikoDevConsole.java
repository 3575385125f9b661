package io.cameljiko.component.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cameljiko.component.client.JikoStats;
import io.cameljiko.component.health.JikoComponentView;
import io.cameljiko.component.consumer.ConsumerStatus;
import io.cameljiko.component.consumer.JikoConsumer;
import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code jiko} dev console: when each access token expires (never the token), the last rate-limit headers
 * and the counts of calls, retries, 429s and 401 replays per operation, and each consumer's position and lag.
 */
@DevConsole(name = "jiko", displayName = "Jiko", description = "Jiko Customer API: tokens, rate limits, calls, consumers")
public class JikoDevConsole extends AbstractDevConsole {

    public JikoDevConsole() {
        super("camel", "jiko", "Jiko", "Jiko Customer API: tokens, rate limits, calls, consumers");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        JsonObject json = doCallJson(options);
        StringBuilder sb = new StringBuilder();
        sb.append("Access tokens:\n");
        for (JsonObject t : list(json, "tokens")) {
            sb.append(String.format("    client %s at %s: expires %s (in %s s), obtained %s, issued %s time(s)%n",
                    t.get("clientId"), t.get("tokenUrl"), t.get("expiresAt"), t.get("expiresInSeconds"), t.get("obtainedAt"),
                    t.get("issued")));
        }
        sb.append("Operations:\n");
        for (JsonObject o : list(json, "operations")) {
            sb.append(String.format("    %s: calls=%s retries=%s 429s=%s 401-replays=%s", o.get("operation"), o.get("calls"),
                    o.get("retries"), o.get("rateLimited"), o.get("replays401")));
            if (o.containsKey("rateLimitRemaining")) {
                sb.append(String.format(" rate-limit remaining=%s limit=%s reset=%s (seen %s)", o.get("rateLimitRemaining"),
                        o.get("rateLimitLimit"), o.get("rateLimitReset"), o.get("rateLimitSeenAt")));
            }
            sb.append('\n');
        }
        sb.append("Rate-limit budgets:\n");
        for (JsonObject b : list(json, "budgets")) {
            sb.append(String.format("    client %s group %s (%s): remaining=%s limit=%s reset=%s inFlight=%s waits=%s waitedMs=%s "
                                    + "yields=%s 429s=%s%n",
                    b.get("client"), b.get("group"), b.get("source"), b.get("remaining"), b.get("limit"), b.get("reset"),
                    b.get("inFlight"), b.get("waits"), b.get("totalWaitedMillis"), b.get("yields"), b.get("rejected")));
        }
        sb.append("Consumers:\n");
        for (JsonObject c : list(json, "consumers")) {
            sb.append(String.format("    route %s jiko:%s: position=%s pending=%s lastFound=%s lastSuccessfulPoll=%s lastError=%s "
                                    + "rateLimitedUntil=%s%n",
                    c.get("routeId"), c.get("operation"), c.get("position"), c.get("pending"), c.get("lastFound"),
                    c.get("lastSuccessfulPoll"), c.get("lastError"), c.get("rateLimitedUntil")));
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<JsonObject> list(JsonObject json, String key) {
        return (List<JsonObject>) json.get(key);
    }

    @Override
    protected JsonObject doCallJson(Map<String, Object> options) {
        List<JsonObject> tokens = new ArrayList<>();
        List<JsonObject> operations = new ArrayList<>();
        List<JsonObject> budgets = new ArrayList<>();
        for (JikoComponentView component : components()) {
            component.rateLimitSnapshots().forEach(b -> budgets.add(budget(b)));
            JikoStats stats = component.getStats();
            stats.tokens().forEach(t -> tokens.add(token(t)));
            stats.operations().forEach((name, s) -> operations.add(operation(name, s)));
        }
        List<JsonObject> consumers = new ArrayList<>();
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getConsumer() instanceof JikoConsumer consumer) {
                consumers.add(consumer(route.getRouteId(), consumer));
            }
        }
        JsonObject root = new JsonObject();
        root.put("tokens", tokens);
        root.put("operations", operations);
        root.put("budgets", budgets);
        root.put("consumers", consumers);
        return root;
    }

    private List<JikoComponentView> components() {
        List<JikoComponentView> found = new ArrayList<>();
        for (String name : getCamelContext().getComponentNames()) {
            if (getCamelContext().hasComponent(name) instanceof JikoComponentView jiko) {
                found.add(jiko);
            }
        }
        return found;
    }

    /** The shared rate-limit budget of one client and limit group (see docs/rate-limits.md). */
    private static JsonObject budget(io.cameljiko.component.client.RateLimitSnapshot b) {
        JsonObject jo = new JsonObject();
        jo.put("client", b.client());
        jo.put("group", b.group());
        jo.put("source", b.source());
        jo.put("limit", b.limit());
        jo.put("remaining", b.remaining());
        jo.put("reset", b.reset() == null ? null : b.reset().toString());
        jo.put("inFlight", b.inFlight());
        jo.put("waits", b.waits());
        jo.put("totalWaitedMillis", b.totalWaited().toMillis());
        jo.put("yields", b.yields());
        jo.put("rejected", b.rejected());
        return jo;
    }

    private static JsonObject token(JikoStats.TokenInfo t) {
        JsonObject jo = new JsonObject();
        jo.put("clientId", t.clientId());
        jo.put("tokenUrl", t.tokenUrl());
        jo.put("obtainedAt", t.obtainedAt().toString());
        jo.put("expiresAt", t.expiresAt().toString());
        jo.put("expiresInSeconds", Math.max(0, Duration.between(Instant.now(), t.expiresAt()).toSeconds()));
        jo.put("issued", t.issued());
        return jo;
    }

    private static JsonObject operation(String name, JikoStats.OperationStats s) {
        JsonObject jo = new JsonObject();
        jo.put("operation", name);
        jo.put("calls", s.calls());
        jo.put("retries", s.retries());
        jo.put("rateLimited", s.rateLimited());
        jo.put("replays401", s.replays());
        JikoStats.RateLimit limit = s.rateLimit();
        if (limit != null) {
            jo.put("rateLimitLimit", limit.limit());
            jo.put("rateLimitRemaining", limit.remaining());
            jo.put("rateLimitReset", limit.resetEpochSeconds());
            jo.put("rateLimitSeenAt", limit.seenAt().toString());
        }
        return jo;
    }

    private static JsonObject consumer(String routeId, JikoConsumer consumer) {
        ConsumerStatus status = consumer.getJikoStatus();
        JsonObject jo = new JsonObject();
        jo.put("routeId", routeId);
        jo.put("operation", consumer.getOperationName());
        jo.put("position", consumer.getPosition());
        jo.put("pending", status.pending());
        jo.put("lastFound", status.lastFound());
        jo.put("lastSuccessfulPoll", text(status.lastSuccessfulPoll()));
        jo.put("lastError", status.lastError());
        jo.put("lastErrorAt", text(status.lastErrorAt()));
        jo.put("rateLimitedUntil", text(status.rateLimitedUntil()));
        return jo;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
