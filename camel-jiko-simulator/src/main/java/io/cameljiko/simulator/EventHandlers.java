package io.cameljiko.simulator;

import io.cameljiko.simulator.Http.Req;
import io.cameljiko.simulator.Http.Resp;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Events, notifications and webhook subscriptions. */
final class EventHandlers extends ApiHandler {
    EventHandlers(Store store) {
        super(store);
    }

    Resp events(Req req) {
        Params p = req.params();
        String subId = p.uuid("subscription_id");
        Instant after = p.dateTime("after");
        int limit = p.limit();
        String cursor = p.cursor();
        p.done();
        Subscription sub = subId == null ? null : s.subscriptions.get(subId);
        List<String> subTypes = sub == null ? null : sub.events();
        String a = after == null ? null : Json.ts(after);
        List<Event> rows = filter(s.events, e -> (a == null || e.timestamp().compareTo(a) > 0)
                && (subId == null || e.concerns(subId, subTypes)));
        return Resp.ok(Paging.page(rows, Item::sortKey, false, cursor, limit, e -> {
            List<Object> attempts = new ArrayList<>();
            for (Event.DeliveryAttempt at : e.attempts()) {
                if (subId == null || subId.equals(at.subscriptionId())) {
                    attempts.add(at.json());
                }
            }
            return Json.map("event", e.json(), "delivery_attempts", attempts, "object_type", "EventWithDeliveryAttempts");
        }));
    }

    Resp notifications(Req req) {
        Params p = req.params();
        String status = p.enumValue("status", Set.of("READ", "UNREAD"));
        p.done();
        return page(req, filter(s.notifications, m -> status == null || status.equals(m.status())), false);
    }

    Resp createSubscription(Req req) {
        Body b = Body.parse(req.body());
        Map<String, Object> in = b.root;
        String description = b.str(in, List.of(), "description", false);
        List<String> events = eventList(b, in, true);
        String url = subscriptionUrl(b, in, true);
        Subscription.RetryPolicy policy = retryPolicy(b, in);
        String secret = sharedSecret(b, in, true);
        b.done();
        String now = s.now();
        Subscription sub = new Subscription(Json.randomUuid(), description == null ? "" : description, events, url, policy,
                "enabled", now, now, secret);
        s.subscriptions.put(sub.id(), sub);
        return Resp.json(201, sub.json());
    }

    private static String sharedSecret(Body b, Map<String, Object> in, boolean required) {
        String secret = b.str(in, List.of(), "shared_secret", required);
        if (secret != null && secret.length() < 16) {
            b.err(List.of("shared_secret"), "String should have at least 16 characters", "string_too_short", secret);
        }
        return secret;
    }

    private List<String> eventList(Body b, Map<String, Object> in, boolean required) {
        List<Object> events = b.list(in, List.of(), "events", required);
        if (events == null) {
            return null;
        }
        if (events.isEmpty()) {
            b.err(List.of("events"), "List should have at least 1 item after validation, not 0", "too_short", events);
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof String type && !type.isBlank()) {
                out.add(type);
            } else {
                b.err(List.of("events", i), "Input should be a valid string", "string_type", events.get(i));
            }
        }
        return out;
    }

    private String subscriptionUrl(Body b, Map<String, Object> in, boolean required) {
        String url = b.str(in, List.of(), "url", required);
        if (url == null) {
            return null;
        }
        boolean ok = !url.isEmpty() && url.length() <= 2083;
        if (ok) {
            try {
                URI u = new URI(url);
                ok = ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) && u.getHost() != null;
            } catch (Exception e) {
                ok = false;
            }
        }
        if (!ok) {
            b.err(List.of("url"), "Input should be a valid URL", "url_parsing", url);
        }
        return url;
    }

    private Subscription.RetryPolicy retryPolicy(Body b, Map<String, Object> in) {
        Map<String, Object> rp = b.obj(in, List.of(), "retry_policy", false);
        if (rp == null) {
            return null;
        }
        List<Object> loc = List.of("retry_policy");
        List<Object> codes = b.list(rp, loc, "retry_on_status_codes", true);
        List<Integer> cleanCodes = new ArrayList<>();
        if (codes != null) {
            for (int i = 0; i < codes.size(); i++) {
                Object c = codes.get(i);
                if (c instanceof Integer code) {
                    cleanCodes.add(code);
                } else {
                    b.err(List.of("retry_policy", "retry_on_status_codes", i), "Input should be a valid integer", "int_type", c);
                }
            }
        }
        Double coeff = b.number(rp, loc, "backoff_coefficient");
        Long attempts = b.integer(rp, loc, "maximum_attempts", false);
        Double initial = b.number(rp, loc, "initial_interval_seconds");
        Double max = b.number(rp, loc, "maximum_interval_seconds");
        if (coeff != null && coeff < 1) {
            b.err(List.of("retry_policy", "backoff_coefficient"), "Input should be greater than or equal to 1", "greater_than_equal", coeff);
        }
        if (attempts != null && attempts < 1) {
            b.err(List.of("retry_policy", "maximum_attempts"), "Input should be greater than or equal to 1", "greater_than_equal", attempts);
        }
        return new Subscription.RetryPolicy(cleanCodes, coeff == null ? 2.0 : coeff, attempts == null ? 3 : attempts,
                initial == null ? 30.0 : initial, max == null ? 300.0 : max);
    }

    private Subscription sub(Req req) {
        return found(s.subscriptions, req, 0, "subscription_id");
    }

    Resp listSubscriptions(Req req) {
        List<Subscription> all = new ArrayList<>(s.subscriptions.values());
        all.sort(Store.BY_SORT_KEY);
        return page(req, all, false);
    }

    Resp getSubscription(Req req) {
        return Resp.ok(sub(req).json());
    }

    Resp updateSubscription(Req req) {
        Subscription sub = sub(req);
        Body b = Body.parse(req.body());
        Map<String, Object> in = b.root;
        String description = b.str(in, List.of(), "description", false);
        List<String> events = in.containsKey("events") ? eventList(b, in, true) : null;
        String url = in.containsKey("url") ? subscriptionUrl(b, in, true) : null;
        Subscription.RetryPolicy policy = in.get("retry_policy") != null ? retryPolicy(b, in) : null;
        String secret = sharedSecret(b, in, false);
        String status = b.enumValue(in, List.of(), "status", false, Set.of("enabled", "disabled"));
        b.done();
        Subscription updated = sub.patch(description, events, url, policy, status, secret, s.now());
        s.subscriptions.put(updated.id(), updated);
        return Resp.ok(updated.json());
    }

    Resp deleteSubscription(Req req) {
        s.subscriptions.remove(sub(req).id());
        return Resp.noContent();
    }
}
