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
        Store.Sub sub = subId == null ? null : s.subscriptions.get(subId);
        @SuppressWarnings("unchecked")
        List<String> subTypes = sub == null ? null : (List<String>) sub.json.get("events");
        String a = after == null ? null : Json.ts(after);
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<Map<String, Object>, Store.EventRec> recs = new java.util.IdentityHashMap<>();
        for (Store.EventRec e : s.events) {
            if (a != null && ((String) e.envelope.get("timestamp")).compareTo(a) <= 0) {
                continue;
            }
            if (subId != null) {
                boolean attempted = e.attempts.stream().anyMatch(x -> subId.equals(x.get("subscription_id")));
                boolean matches = subTypes != null && subTypes.contains(e.envelope.get("event_type"));
                if (!attempted && !matches) {
                    continue;
                }
            }
            Map<String, Object> row = Json.map("id", e.envelope.get("event_id"), "timestamp", e.envelope.get("timestamp"));
            rows.add(row);
            recs.put(row, e);
        }
        return Resp.ok(Paging.page(rows, Store::txKey, false, cursor, limit, row -> {
            Store.EventRec e = recs.get(row);
            List<Object> attempts = new ArrayList<>();
            for (Map<String, Object> at : e.attempts) {
                if (subId == null || subId.equals(at.get("subscription_id"))) {
                    attempts.add(copy(at));
                }
            }
            return Json.map("event", e.envelope, "delivery_attempts", attempts, "object_type", "EventWithDeliveryAttempts");
        }));
    }

    Resp notifications(Req req) {
        Params p = req.params();
        String status = p.enumValue("status", Set.of("READ", "UNREAD"));
        p.done();
        return pageOf(req, filter(s.notifications, m -> status == null || status.equals(m.status())), false);
    }

    Resp createSubscription(Req req) {
        Body b = Body.parse(req.body());
        Map<String, Object> in = b.root;
        String description = b.str(in, List.of(), "description", false);
        List<String> events = eventList(b, in, true);
        String url = subscriptionUrl(b, in, true);
        Map<String, Object> policy = retryPolicy(b, in);
        String secret = b.str(in, List.of(), "shared_secret", true);
        if (secret != null && secret.length() < 16) {
            b.err(List.of("shared_secret"), "String should have at least 16 characters", "string_too_short", secret);
        }
        b.done();
        String now = s.now();
        String id = Json.randomUuid();
        Map<String, Object> sub = Json.map("id", id, "description", description == null ? "" : description,
                "events", events, "url", url, "retry_policy", policy, "status", "enabled",
                "time_created", now, "updated_at", now, "object_type", "Subscription");
        sub.put("created_at", now);
        s.subscriptions.put(id, new Store.Sub(sub, secret));
        return Resp.json(201, renderSub(sub));
    }

    private static Map<String, Object> renderSub(Map<String, Object> sub) {
        Map<String, Object> out = copy(sub);
        out.remove("created_at");
        return out;
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
            if (!(events.get(i) instanceof String) || ((String) events.get(i)).isBlank()) {
                b.err(List.of("events", i), "Input should be a valid string", "string_type", events.get(i));
            } else {
                out.add((String) events.get(i));
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

    private Map<String, Object> retryPolicy(Body b, Map<String, Object> in) {
        Map<String, Object> rp = b.obj(in, List.of(), "retry_policy", false);
        if (rp == null) {
            return null;
        }
        List<Object> loc = List.of("retry_policy");
        List<Object> codes = b.list(rp, loc, "retry_on_status_codes", true);
        List<Object> cleanCodes = new ArrayList<>();
        if (codes != null) {
            for (int i = 0; i < codes.size(); i++) {
                Object c = codes.get(i);
                if (c instanceof Integer) {
                    cleanCodes.add(c);
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
        return Json.map("retry_on_status_codes", cleanCodes, "backoff_coefficient", coeff == null ? 2.0 : coeff,
                "maximum_attempts", attempts == null ? 3 : attempts, "initial_interval_seconds", initial == null ? 30.0 : initial,
                "maximum_interval_seconds", max == null ? 300.0 : max);
    }

    private Store.Sub sub(Req req) {
        String id = uuidPath(req, 0, "subscription_id");
        Store.Sub sub = s.subscriptions.get(id);
        if (sub == null) {
            throw ApiError.notFound();
        }
        return sub;
    }

    Resp listSubscriptions(Req req) {
        List<Map<String, Object>> all = new ArrayList<>();
        s.subscriptions.values().forEach(x -> all.add(x.json));
        all.sort(Store.BY_KEY);
        return page(req, all, false, EventHandlers::renderSub);
    }

    Resp getSubscription(Req req) {
        return Resp.ok(renderSub(sub(req).json));
    }

    Resp updateSubscription(Req req) {
        Store.Sub sub = sub(req);
        Body b = Body.parse(req.body());
        Map<String, Object> in = b.root;
        String description = b.str(in, List.of(), "description", false);
        List<String> events = in.containsKey("events") ? eventList(b, in, true) : null;
        String url = in.containsKey("url") ? subscriptionUrl(b, in, true) : null;
        Map<String, Object> policy = in.get("retry_policy") != null ? retryPolicy(b, in) : null;
        String secret = b.str(in, List.of(), "shared_secret", false);
        if (secret != null && secret.length() < 16) {
            b.err(List.of("shared_secret"), "String should have at least 16 characters", "string_too_short", secret);
        }
        String status = b.enumValue(in, List.of(), "status", false, Set.of("enabled", "disabled"));
        b.done();
        if (description != null) {
            sub.json.put("description", description);
        }
        if (events != null) {
            sub.json.put("events", events);
        }
        if (url != null) {
            sub.json.put("url", url);
        }
        if (policy != null) {
            sub.json.put("retry_policy", policy);
        }
        if (secret != null) {
            sub.secret = secret;
        }
        if (status != null) {
            sub.json.put("status", status);
        }
        sub.json.put("updated_at", s.now());
        return Resp.ok(renderSub(sub.json));
    }

    Resp deleteSubscription(Req req) {
        Store.Sub sub = sub(req);
        s.subscriptions.remove((String) sub.json.get("id"));
        return Resp.noContent();
    }
}
