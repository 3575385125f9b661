package io.cameljiko.simulator;

import io.cameljiko.simulator.Http.Req;
import io.cameljiko.simulator.Http.Resp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The API routes and their handlers. Handlers run while the server holds the store's monitor. */
final class Api {
    record Route(String method, String template, Pattern pattern, String group, Function<Req, Resp> handler) { }

    static final Set<String> TRANSFER_STATUSES = Set.of("PENDING_APPROVAL", "APPROVED", "PROCESSING", "SUCCESS",
            "REJECTED", "CANCELLED");
    static final Set<String> TX_TYPES = Set.of("ACH", "WIRE", "CARD", "ON_US", "FEE", "CREDIT", "GENERIC");
    static final Set<String> STRATEGIES = Set.of("UST-4W", "UST-13W", "UST-26W", "UST-52W");

    final List<Route> routes = new ArrayList<>();
    private final Store s;

    Api(Store store) {
        this.s = store;
        String v1 = "/api/v1";
        String v2 = "/api/v2";
        add("GET", v1 + "/agreements/", "Agreements", this::agreements);
        add("GET", v1 + "/events/", "Subscriptions", this::events);
        add("GET", v1 + "/notifications/", "Notifications", this::notifications);
        add("POST", v1 + "/subscriptions/", "Subscriptions", this::createSubscription);
        add("GET", v1 + "/subscriptions/", "Subscriptions", this::listSubscriptions);
        add("GET", v1 + "/subscriptions/{id}/", "Subscriptions", this::getSubscription);
        add("PATCH", v1 + "/subscriptions/{id}/", "Subscriptions", this::updateSubscription);
        add("DELETE", v1 + "/subscriptions/{id}/", "Subscriptions", this::deleteSubscription);
        add("POST", v1 + "/report-requests/", "Reports", this::createReport);
        add("GET", v1 + "/report-requests/", "Reports", this::listReports);
        add("GET", v1 + "/report-requests/{id}/", "Reports", this::getReport);
        add("GET", v1 + "/statements/", "Reports", this::statements);
        add("GET", v1 + "/team/", "Team", this::team);
        add("GET", v1 + "/team/audit-logs.csv", "Team", this::auditLogs);
        add("GET", v1 + "/team/{id}/", "Team", this::teamMember);
        add("GET", v1 + "/trades/", "Trades", this::trades);
        add("GET", v2 + "/pockets/{id}/portals/", "Portals", this::listPocketPortals);
        add("POST", v2 + "/pockets/{id}/portals/", "Portals", this::createPortal);
        add("GET", v2 + "/portals/", "Portals", this::listPortals);
        add("GET", v2 + "/pockets/{id}/portals/{id}/funding-instructions/", "Portals", this::funding);
        add("PATCH", v2 + "/pockets/{id}/portals/{id}/", "Portals", this::updatePortal);
        add("POST", v1 + "/transfer-requests/", "Transfer Requests (create)", this::createTransfer);
        add("GET", v1 + "/transfer-requests/", "Transfer Requests (read)", this::listTransfers);
        add("GET", v1 + "/transfer-requests/{id}/", "Transfer Requests (read)", this::getTransfer);
        add("POST", v1 + "/transfer-requests/{id}/approve/", "Transfer Requests (create)", this::approveTransfer);
        add("POST", v1 + "/transfer-requests/{id}/cancel/", "Transfer Requests (create)", this::cancelTransfer);
        add("GET", v1 + "/customer/", "Customer", this::customer);
        add("POST", v1 + "/documents/{id}/", "Customer", this::uploadDocument);
        add("GET", v1 + "/user/memberships/", "User", this::memberships);
        add("GET", v2 + "/pockets/", "Pockets", this::listPockets);
        add("POST", v2 + "/pockets/", "Pockets", this::createPocket);
        add("GET", v2 + "/pockets/{id}/", "Pockets", this::getPocket);
        add("PATCH", v2 + "/pockets/{id}/", "Pockets", this::updatePocket);
        add("GET", v2 + "/pockets/{id}/earnings/", "Pockets", this::earnings);
        add("GET", v2 + "/transactions/", "Transactions", this::transactions);
        add("GET", v2 + "/counterparties/", "Counterparties", this::listCounterparties);
        add("POST", v2 + "/counterparties/", "Counterparties", this::createCounterparty);
        add("GET", v2 + "/counterparties/{id}/", "Counterparties", this::getCounterparty);
        add("PATCH", v2 + "/counterparties/{id}/", "Counterparties", this::updateCounterparty);
        add("GET", v2 + "/trading-strategies/", "Trading Strategies", this::strategies);
        add("GET", v1 + "/wires/", "Transfer Requests (read)", this::listWires);
        add("GET", v1 + "/wires/{id}/", "Transfer Requests (read)", this::getWire);
    }

    private void add(String method, String template, String group, Function<Req, Resp> handler) {
        String regex = Pattern.quote(template).replace("{id}", "\\E([^/]+)\\Q");
        routes.add(new Route(method, template, Pattern.compile(regex), group, handler));
    }

    /** Result of routing: a route with path params, or 404/405. */
    record Match(Route route, List<String> params, int status) { }

    Match match(String method, String path) {
        boolean pathKnown = false;
        Route literal = null;
        List<String> literalParams = null;
        for (Route r : routes) {
            Matcher m = r.pattern.matcher(path);
            if (m.matches()) {
                pathKnown = true;
                if (r.method.equals(method)) {
                    List<String> params = new ArrayList<>();
                    for (int i = 1; i <= m.groupCount(); i++) {
                        params.add(java.net.URLDecoder.decode(m.group(i), java.nio.charset.StandardCharsets.UTF_8));
                    }
                    // prefer literal templates ("/team/audit-logs.csv") over parameterised ones
                    if (literal == null || m.groupCount() == 0) {
                        literal = r;
                        literalParams = params;
                    }
                }
            }
        }
        if (literal != null) {
            return new Match(literal, literalParams, 200);
        }
        return new Match(null, List.of(), pathKnown ? 405 : 404);
    }

    // ================================================================= helpers

    private String url(String pathOrUrl) {
        return pathOrUrl != null && pathOrUrl.startsWith("/") ? s.baseUrl + pathOrUrl : pathOrUrl;
    }

    private static Map<String, Object> copy(Map<String, Object> m) {
        return new LinkedHashMap<>(m);
    }

    private static Resp page(Req req, List<Map<String, Object>> ordered, boolean desc, Function<Map<String, Object>, Object> render) {
        Params p = req.params();
        int limit = p.limit();
        String cursor = p.cursor();
        p.done();
        return Resp.ok(Paging.page(ordered, Store::txKey, desc, cursor, limit, render));
    }

    private static List<Map<String, Object>> filter(List<Map<String, Object>> all, Predicate<Map<String, Object>> keep) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> m : all) {
            if (keep.test(m)) {
                out.add(m);
            }
        }
        return out;
    }

    private String uuidPath(Req req, int i, String name) {
        String v = req.param(i);
        if (!Params.isUuid(v)) {
            throw ApiError.validation(List.of("path", name), "Input should be a valid UUID, invalid character or length",
                    "uuid_parsing", v);
        }
        return Params.normalizeUuid(v);
    }

    // ================================================================= agreements, customer, user, team

    private Resp agreements(Req req) {
        Map<String, Object> a = copy(s.agreement);
        List<Object> docs = new ArrayList<>();
        for (Object d : (List<?>) s.agreement.get("documents")) {
            Map<String, Object> doc = copy(Json.asMap(d));
            doc.put("pdf_download_url", url((String) doc.get("pdf_download_url")));
            docs.add(doc);
        }
        a.put("documents", docs);
        return Resp.ok(a);
    }

    private Resp customer(Req req) {
        return Resp.ok(s.customer);
    }

    private Resp memberships(Req req) {
        List<Object> items = new ArrayList<>();
        for (Map<String, Object> m : s.members) {
            if (m.get("member_id").equals(s.currentMemberId)) {
                items.add(Json.map("team_id", s.teamId, "member_id", m.get("member_id"), "partner_id", s.partnerId,
                        "customer_id", s.customerId, "role", m.get("role"), "status", m.get("status")));
            }
        }
        return Resp.ok(Json.map("items", items, "object_type", "List"));
    }

    private Resp team(Req req) {
        List<Object> groups = new ArrayList<>();
        for (String status : new String[] {"ACTIVE", "PENDING", "DEACTIVATED"}) {
            List<Map<String, Object>> ms = filter(s.members, m -> status.equals(m.get("status")));
            groups.add(Json.map("name", status, "total", ms.size(), "members", ms));
        }
        return Resp.ok(Json.map("team_id", s.teamId, "members_by_status", groups,
                "allowed_authentication_methods", s.authMethods, "service_users", s.serviceUsers));
    }

    private Resp teamMember(Req req) {
        String id = uuidPath(req, 0, "member_id");
        return s.members.stream().filter(m -> id.equals(m.get("member_id"))).findFirst()
                .map(Resp::ok).orElseThrow(ApiError::notFound);
    }

    private Resp auditLogs(Req req) {
        Params p = req.params();
        String member = p.uuid("member_id");
        Instant from = p.dateTime("timestamp_from");
        Instant to = p.dateTime("timestamp_to");
        String accept = req.header("accept");
        boolean json = accept != null && accept.contains("application/json") && !accept.contains("text/csv");
        int limit = json ? p.limit() : 100;
        String cursor = json ? p.cursor() : "";
        p.done();
        String f = from == null ? null : Json.ts(from);
        String t = to == null ? null : Json.ts(to);
        List<Map<String, Object>> rows = filter(s.auditLogs, m -> (member == null || member.equals(m.get("member_id")))
                && (f == null || ((String) m.get("timestamp")).compareTo(f) >= 0)
                && (t == null || ((String) m.get("timestamp")).compareTo(t) < 0));
        Function<Map<String, Object>, Object> render = m -> Json.map("id", m.get("id"), "actor", m.get("actor"),
                "event_name", m.get("event_name"), "entry_metadata", m.get("entry_metadata"), "team_id", m.get("team_id"),
                "timestamp", m.get("timestamp"));
        if (json) {
            return Resp.ok(Paging.page(rows, Store::txKey, false, cursor, limit, render));
        }
        StringBuilder sb = new StringBuilder("id,timestamp,actor,event_name,team_id,entry_metadata\r\n");
        for (Map<String, Object> m : rows) {
            sb.append(csv(m.get("id"))).append(',').append(csv(m.get("timestamp"))).append(',')
                    .append(csv(m.get("actor"))).append(',').append(csv(m.get("event_name"))).append(',')
                    .append(csv(m.get("team_id"))).append(',').append(csv(Json.writeString(m.get("entry_metadata"))))
                    .append("\r\n");
        }
        return Resp.text(200, sb.toString(), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"audit-logs.csv\"");
    }

    private static String csv(Object o) {
        String v = o == null ? "" : o.toString();
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    // ================================================================= events, notifications, subscriptions

    private Resp events(Req req) {
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

    private Resp notifications(Req req) {
        Params p = req.params();
        String status = p.enumValue("status", Set.of("READ", "UNREAD"));
        p.done();
        return page(req, filter(s.notifications, m -> status == null || status.equals(m.get("status"))), false, m -> m);
    }

    private Resp createSubscription(Req req) {
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

    private Resp listSubscriptions(Req req) {
        List<Map<String, Object>> all = new ArrayList<>();
        s.subscriptions.values().forEach(x -> all.add(x.json));
        all.sort(Store.BY_KEY);
        return page(req, all, false, Api::renderSub);
    }

    private Resp getSubscription(Req req) {
        return Resp.ok(renderSub(sub(req).json));
    }

    private Resp updateSubscription(Req req) {
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

    private Resp deleteSubscription(Req req) {
        Store.Sub sub = sub(req);
        s.subscriptions.remove((String) sub.json.get("id"));
        return Resp.noContent();
    }

    // ================================================================= reports, statements

    private Resp createReport(Req req) {
        Body b = Body.parse(req.body());
        Map<String, Object> in = b.root;
        String type = b.enumValue(in, List.of(), "report_type", true,
                Set.of("BANK_STATEMENT_REPORT", "BROKERAGE_STATEMENT_REPORT", "TRADE_REPORT"));
        List<Object> formats = b.list(in, List.of(), "output_formats", true);
        List<String> fmts = new ArrayList<>();
        if (formats != null) {
            if (formats.isEmpty()) {
                b.err(List.of("output_formats"), "List should have at least 1 item after validation, not 0", "too_short", formats);
            }
            Set<String> allowed = type != null && type.equals("TRADE_REPORT") ? Set.of("CSV", "PDF", "JSON") : Set.of("CAMT053");
            for (int i = 0; i < formats.size(); i++) {
                Object f = formats.get(i);
                if (!(f instanceof String) || !allowed.contains(f)) {
                    b.err(List.of("output_formats", i), "Input should be " + String.join(", ", new java.util.TreeSet<>(allowed)), "enum", f);
                } else {
                    fmts.add((String) f);
                }
            }
        }
        String pocketId = b.uuid(in, List.of(), "pocket_id", false);
        String from = dateField(b, in, "date_from");
        String to = dateField(b, in, "date_to");
        if (pocketId != null && !s.pockets.containsKey(pocketId)) {
            b.err(List.of("pocket_id"), "Pocket not found", "value_error", pocketId);
        }
        b.done();
        String id = Json.randomUuid();
        Map<String, Object> r = Json.map("id", id, "report_type", type, "status", "PENDING", "output_formats", fmts,
                "pocket_id", pocketId, "date_from", from, "date_to", to, "created_at", s.now(), "files", new ArrayList<>());
        s.reports.add(r);
        s.reportDue.put(id, s.clock.now().plus(s.settleDelay));
        return Resp.json(201, renderReport(r));
    }

    private String dateField(Body b, Map<String, Object> in, String name) {
        String v = b.str(in, List.of(), name, false);
        if (v != null) {
            try {
                LocalDate.parse(v);
            } catch (Exception e) {
                b.err(List.of(name), "Input should be a valid date in the format YYYY-MM-DD", "date_from_datetime_parsing", v);
            }
        }
        return v;
    }

    private Map<String, Object> renderReport(Map<String, Object> r) {
        Map<String, Object> out = copy(r);
        List<Object> files = new ArrayList<>();
        for (Object f : (List<?>) r.get("files")) {
            Map<String, Object> file = copy(Json.asMap(f));
            file.put("download_url", url((String) file.get("download_url")));
            files.add(file);
        }
        out.put("files", files);
        return out;
    }

    private Resp listReports(Req req) {
        List<Map<String, Object>> rows = new ArrayList<>(s.reports);
        rows.sort(Store.BY_KEY);
        return page(req, rows, false, this::renderReport);
    }

    private Resp getReport(Req req) {
        String id = uuidPath(req, 0, "report_request_id");
        return s.reports.stream().filter(r -> id.equals(r.get("id"))).findFirst()
                .map(r -> Resp.ok(renderReport(r))).orElseThrow(ApiError::notFound);
    }

    private Resp statements(Req req) {
        Params p = req.params();
        List<String> types = p.enumValues("type", Set.of("BANK", "BROKERAGE"));
        String key = p.str("key");
        String pocket = p.uuid("pocket_id");
        if (key != null && !key.isEmpty() && !key.matches("\\d{4}(-\\d{2})?")) {
            p.addError("key", "String should match pattern '^\\d{4}(-\\d{2})?$'", "string_pattern_mismatch", key);
        }
        p.done();
        List<Map<String, Object>> rows = filter(s.statements, m -> (types.isEmpty() || types.contains(m.get("type")))
                && (key == null || key.isEmpty() || ((String) m.get("key")).startsWith(key))
                && (pocket == null || pocket.equals(m.get("pocket_id"))));
        return page(req, rows, false, m -> {
            Map<String, Object> out = copy(m);
            out.put("pdf_download_url", url((String) m.get("pdf_download_url")));
            return out;
        });
    }

    // ================================================================= trades

    private Resp trades(Req req) {
        Params p = req.params();
        LocalDate bookFrom = p.date("book_date_from");
        LocalDate bookTo = p.date("book_date_to");
        LocalDate setFrom = p.date("settlement_date_from");
        LocalDate setTo = p.date("settlement_date_to");
        List<String> accounts = p.uuids("account");
        Instant tFrom = p.dateTime("trade_datetime_from");
        Instant tTo = p.dateTime("trade_datetime_to");
        p.done();
        String tf = tFrom == null ? null : Json.ts(tFrom);
        String tt = tTo == null ? null : Json.ts(tTo);
        List<Map<String, Object>> rows = filter(s.trades, m -> {
            LocalDate book = LocalDate.parse((String) m.get("book_date"));
            String settled = (String) m.get("settled_date");
            LocalDate set = settled == null ? null : LocalDate.parse(settled);
            String td = (String) m.get("trade_datetime");
            return (bookFrom == null || !book.isBefore(bookFrom)) && (bookTo == null || !book.isAfter(bookTo))
                    && (setFrom == null || (set != null && !set.isBefore(setFrom)))
                    && (setTo == null || (set != null && !set.isAfter(setTo)))
                    && (accounts.isEmpty() || accounts.contains(m.get("pocket_id")))
                    && (tf == null || td.compareTo(tf) >= 0) && (tt == null || td.compareTo(tt) <= 0);
        });
        return page(req, rows, false, m -> m);
    }

    // ================================================================= portals

    private Map<String, Object> pocket(Req req, int i) {
        String id = uuidPath(req, i, "pocket_id");
        Map<String, Object> p = s.pockets.get(id);
        if (p == null) {
            throw ApiError.notFound();
        }
        return p;
    }

    private Map<String, Object> portal(Req req) {
        Map<String, Object> pocket = pocket(req, 0);
        String id = uuidPath(req, 1, "portal_id");
        return s.portals.stream().filter(x -> id.equals(x.get("id")) && pocket.get("id").equals(x.get("pocket_id")))
                .findFirst().orElseThrow(ApiError::notFound);
    }

    private Resp listPocketPortals(Req req) {
        Map<String, Object> pocket = pocket(req, 0);
        return page(req, filter(s.portals, x -> pocket.get("id").equals(x.get("pocket_id"))), false, m -> m);
    }

    private Resp listPortals(Req req) {
        return page(req, s.portals, false, m -> m);
    }

    private Resp createPortal(Req req) {
        Map<String, Object> pocket = pocket(req, 0);
        Body b = Body.parse(req.body());
        String name = b.nonEmpty(b.root, List.of(), "name", true);
        b.done();
        Map<String, Object> portal = s.newPortal(Json.randomUuid(), name, (String) pocket.get("id"), s.now());
        Store.insertSorted(s.portals, portal);
        s.fundingInstructions.put((String) portal.get("id"), s.fundingFor(portal, new java.util.Random()));
        return Resp.json(201, portal);
    }

    private Resp funding(Req req) {
        Map<String, Object> portal = portal(req);
        return Resp.ok(s.fundingInstructions.get((String) portal.get("id")));
    }

    private Resp updatePortal(Req req) {
        Map<String, Object> portal = portal(req);
        Body b = Body.parse(req.body());
        String name = b.nonEmpty(b.root, List.of(), "name", false);
        String status = b.enumValue(b.root, List.of(), "status", false, Set.of("CLOSED"));
        b.done();
        if ("CLOSED".equals(portal.get("status")) && name != null) {
            throw ApiError.validation(List.of("body", "name"), "A closed portal cannot be renamed", "value_error", name);
        }
        if (name != null) {
            portal.put("name", name);
        }
        if (status != null) {
            portal.put("status", status);
        }
        return Resp.noContent();
    }

    // ================================================================= transfer requests, wires

    @SuppressWarnings("unchecked")
    private Resp createTransfer(Req req) {
        Body b = Body.parse(req.body());
        Map<String, Object> in = b.root;
        Map<String, Object> t = b.obj(in, List.of(), "transfer", true);
        List<Object> reviewers = b.list(in, List.of(), "reviewers", false);
        if (t == null) {
            b.done();
        }
        List<Object> loc = List.of("transfer");
        String id = b.uuid(t, loc, "id", true);
        if (id != null && s.transfers.containsKey(id)) {
            return Resp.ok(renderTransfer(s.transfers.get(id)));
        }
        String type = b.enumValue(t, loc, "type", true, Set.of("ON_US", "WIRE", "USDC"));
        String origin = b.uuid(t, loc, "origin_pocket_id", true);
        Map<String, Object> amount = b.obj(t, loc, "amount", true);
        if (amount != null) {
            b.enumValue(amount, List.of("transfer", "amount"), "type", true, Set.of("REQUESTED_AMOUNT"));
            Long cents = b.integer(amount, List.of("transfer", "amount"), "amount_usdc", true);
            if (cents != null && cents <= 0) {
                b.err(List.of("transfer", "amount", "amount_usdc"), "Input should be greater than 0", "greater_than", cents);
            }
        }
        b.str(t, loc, "description", false);
        if (origin != null && !s.pockets.containsKey(origin)) {
            b.err(List.of("transfer", "origin_pocket_id"), "Pocket not found", "value_error", origin);
        }
        if ("ON_US".equals(type)) {
            Map<String, Object> d = b.obj(t, loc, "details", true);
            List<Object> dloc = List.of("transfer", "details");
            String dtype = d == null ? null : b.enumValue(d, dloc, "type", true, Set.of("INTERNAL_REALLOCATION", "PEER_TO_PEER"));
            if ("INTERNAL_REALLOCATION".equals(dtype)) {
                String dest = b.uuid(d, dloc, "destination_pocket_id", true);
                if (dest != null && !s.pockets.containsKey(dest)) {
                    b.err(List.of("transfer", "details", "destination_pocket_id"), "Pocket not found", "value_error", dest);
                } else if (dest != null && dest.equals(origin)) {
                    b.err(List.of("transfer", "details", "destination_pocket_id"), "Destination must differ from origin", "value_error", dest);
                }
                b.enumValue(d, dloc, "transfer_type", false, Set.of("BANK_TRANSFER", "SECURITY_TRANSFER"));
            } else if ("PEER_TO_PEER".equals(dtype)) {
                String cp = b.uuid(d, dloc, "destination_counterparty_id", true);
                if (cp != null && !s.counterparties.containsKey(cp)) {
                    b.err(List.of("transfer", "details", "destination_counterparty_id"), "Counterparty not found", "value_error", cp);
                }
            }
        } else if (type != null) {
            String cp = b.uuid(t, loc, "counterparty_id", true);
            if (cp != null && !s.counterparties.containsKey(cp)) {
                b.err(List.of("transfer", "counterparty_id"), "Counterparty not found", "value_error", cp);
            }
        }
        b.done();
        String now = s.now();
        Map<String, Object> sent = new LinkedHashMap<>(t);
        sent.put("id", id);
        Map<String, Object> json = Json.map("id", id, "transfer", sent, "status", "PENDING_APPROVAL",
                "reviewers", reviewers == null ? new ArrayList<>() : reviewers, "created_at", now, "updated_at", now,
                "object_type", "TransferRequest");
        s.transfers.put(id, new Store.Transfer(json));
        return Resp.json(201, renderTransfer(s.transfers.get(id)));
    }

    private static Map<String, Object> renderTransfer(Store.Transfer t) {
        Map<String, Object> out = copy(t.json);
        if (t.wireId != null) {
            out.put("wire_id", t.wireId);
        }
        if (t.onUsId != null) {
            out.put("on_us_id", t.onUsId);
        }
        return out;
    }

    private Store.Transfer transfer(Req req) {
        String id = uuidPath(req, 0, "transfer_id");
        Store.Transfer t = s.transfers.get(id);
        if (t == null) {
            String alias = s.transferAliases.get(id);
            t = alias == null ? null : s.transfers.get(alias);
        }
        if (t == null) {
            throw ApiError.notFound();
        }
        return t;
    }

    private Resp getTransfer(Req req) {
        return Resp.ok(renderTransfer(transfer(req)));
    }

    private Resp listTransfers(Req req) {
        Params p = req.params();
        List<String> statuses = p.enumValues("status", TRANSFER_STATUSES);
        p.done();
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<Map<String, Object>, Store.Transfer> byJson = new java.util.IdentityHashMap<>();
        for (Store.Transfer t : s.transfers.values()) {
            if (statuses.isEmpty() || statuses.contains(t.json.get("status"))) {
                rows.add(t.json);
                byJson.put(t.json, t);
            }
        }
        rows.sort(Store.BY_KEY);
        return page(req, rows, false, m -> renderTransfer(byJson.get(m)));
    }

    @SuppressWarnings("unchecked")
    private Resp approveTransfer(Req req) {
        Store.Transfer t = transfer(req);
        if (!"PENDING_APPROVAL".equals(t.json.get("status"))) {
            throw ApiError.validation(List.of("path", "transfer_id"),
                    "Transfer request is " + t.json.get("status") + "; only PENDING_APPROVAL can be approved", "value_error", t.json.get("id"));
        }
        Map<String, Object> transfer = (Map<String, Object>) t.json.get("transfer");
        String type = (String) transfer.get("type");
        String id = (String) t.json.get("id");
        String now = s.now();
        t.json.put("status", "APPROVED");
        t.json.put("approved_at", now);
        long cents = ((Number) ((Map<String, Object>) transfer.get("amount")).get("amount_usdc")).longValue();
        String origin = (String) transfer.get("origin_pocket_id");
        t.json.put("status", "PROCESSING");
        t.json.put("updated_at", now);
        t.settleAt = s.clock.now().plus(s.settleDelay);
        if ("WIRE".equals(type)) {
            t.wireId = Json.randomUuid();
            s.transferAliases.put(t.wireId, id);
            s.wires.put(t.wireId, Json.map("id", t.wireId, "pocket_id", origin, "direction", "OUTGOING",
                    "status", "PROCESSING", "amount", Json.money(cents), "counterparty_id", transfer.get("counterparty_id"),
                    "created_at", now, "updated_at", now, "transfer_request_id", id));
            s.emit("transfers.wire.out.processing", Json.map("wire_id", t.wireId, "transfer_request_id", id,
                    "origin_pocket_id", origin, "amount_usdc", cents));
        } else if ("ON_US".equals(type)) {
            t.onUsId = Json.randomUuid();
            s.transferAliases.put(t.onUsId, id);
            s.emit("transfers.on-us.processing", Json.map("on_us_id", t.onUsId, "transfer_request_id", id,
                    "origin_pocket_id", origin, "amount_usdc", cents));
        }
        if (s.settleDelay.isZero()) {
            s.tick();
        }
        return Resp.ok(renderTransfer(t));
    }

    private Resp cancelTransfer(Req req) {
        Store.Transfer t = transfer(req);
        if (!"PENDING_APPROVAL".equals(t.json.get("status"))) {
            throw ApiError.validation(List.of("path", "transfer_id"),
                    "Transfer request is " + t.json.get("status") + "; only PENDING_APPROVAL can be cancelled", "value_error", t.json.get("id"));
        }
        t.json.put("status", "CANCELLED");
        t.json.put("updated_at", s.now());
        return Resp.ok(renderTransfer(t));
    }

    private Resp listWires(Req req) {
        Params p = req.params();
        String pocket = p.uuid("pocket_id");
        String direction = p.enumValue("direction", Set.of("INCOMING", "OUTGOING"));
        p.done();
        List<Map<String, Object>> rows = filter(new ArrayList<>(s.wires.values()),
                m -> (pocket == null || pocket.equals(m.get("pocket_id"))) && (direction == null || direction.equals(m.get("direction"))));
        rows.sort(Store.BY_KEY);
        return page(req, rows, false, m -> m);
    }

    private Resp getWire(Req req) {
        String id = uuidPath(req, 0, "wire_id");
        Map<String, Object> w = s.wires.get(id);
        if (w == null) {
            throw ApiError.notFound();
        }
        return Resp.ok(w);
    }

    // ================================================================= documents

    private Resp uploadDocument(Req req) {
        String type = req.param(0);
        if (req.body().length == 0) {
            throw ApiError.validation(List.of("body"), "Field required", "missing", null);
        }
        String ct = req.header("content-type");
        String id = Json.randomUuid();
        s.documents.put(id, new Store.Document(id, type, ct == null ? "application/octet-stream" : ct, req.body(), s.clock.now()));
        return Resp.json(201, Json.map("document_id", id));
    }

    // ================================================================= pockets

    private Map<String, Object> renderPocket(Map<String, Object> p) {
        Map<String, Object> out = new LinkedHashMap<>();
        String id = (String) p.get("id");
        out.put("id", id);
        out.put("pocket_name", p.get("pocket_name"));
        out.put("portfolio", Json.map("cash", Json.money(s.cash.getOrDefault(id, 0L)),
                "holdings", s.holdings.getOrDefault(id, List.of())));
        for (String k : List.of("status", "attributes", "deposit_strategy_id", "reinvestment_strategy_id", "type",
                "customer_id", "closure_reason", "created_at", "updated_at", "object_type")) {
            if (p.containsKey(k)) {
                out.put(k, p.get(k));
            }
        }
        return out;
    }

    private Resp listPockets(Req req) {
        List<Map<String, Object>> rows = new ArrayList<>(s.pockets.values());
        rows.sort(Store.BY_KEY);
        return page(req, rows, false, this::renderPocket);
    }

    private Resp getPocket(Req req) {
        return Resp.ok(renderPocket(pocket(req, 0)));
    }

    private Resp createPocket(Req req) {
        Body b = Body.parse(req.body());
        String name = b.nonEmpty(b.root, List.of(), "pocket_name", true);
        String strategy = b.enumValue(b.root, List.of(), "trading_strategy_id", true, STRATEGIES);
        b.done();
        String id = Json.randomUuid();
        String now = s.now();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("pocket_name", name);
        p.put("status", "OPEN");
        p.put("attributes", new ArrayList<>());
        p.put("deposit_strategy_id", strategy);
        p.put("reinvestment_strategy_id", strategy);
        p.put("type", "STANDARD");
        p.put("customer_id", s.customerId);
        p.put("created_at", now);
        p.put("updated_at", now);
        p.put("object_type", "Pocket");
        s.pockets.put(id, p);
        s.cash.put(id, 0L);
        s.holdings.put(id, new ArrayList<>());
        return Resp.json(201, renderPocket(p));
    }

    private Resp updatePocket(Req req) {
        Map<String, Object> p = pocket(req, 0);
        Body b = Body.parse(req.body());
        String name = b.nonEmpty(b.root, List.of(), "pocket_name", false);
        String status = b.enumValue(b.root, List.of(), "status", false, Set.of("OPEN", "CLOSED", "FROZEN"));
        String reason = b.str(b.root, List.of(), "closure_reason", false);
        String dep = b.enumValue(b.root, List.of(), "deposit_strategy_id", false, STRATEGIES);
        String reinv = b.enumValue(b.root, List.of(), "reinvestment_strategy_id", false, STRATEGIES);
        b.done();
        String id = (String) p.get("id");
        if ("CLOSED".equals(status) && !"CLOSED".equals(p.get("status"))) {
            if (reason == null || reason.isBlank()) {
                throw ApiError.validation(List.of("body", "closure_reason"), "closure_reason is required to close a pocket", "missing", null);
            }
            if (s.cash.getOrDefault(id, 0L) != 0 || !s.holdings.getOrDefault(id, List.of()).isEmpty()) {
                throw ApiError.validation(List.of("body", "status"), "Only an empty pocket can be closed", "value_error", status);
            }
            boolean otherOpen = s.pockets.values().stream().anyMatch(x -> !x.get("id").equals(id) && "OPEN".equals(x.get("status")));
            if (!otherOpen) {
                throw ApiError.validation(List.of("body", "status"), "Another open pocket is required", "value_error", status);
            }
            p.put("closure_reason", reason);
        }
        if (name != null) {
            p.put("pocket_name", name);
        }
        if (status != null) {
            p.put("status", status);
        }
        if (dep != null) {
            p.put("deposit_strategy_id", dep);
        }
        if (reinv != null) {
            p.put("reinvestment_strategy_id", reinv);
        }
        p.put("updated_at", s.now());
        return Resp.ok(renderPocket(p));
    }

    private Resp earnings(Req req) {
        Map<String, Object> pocket = pocket(req, 0);
        Params p = req.params();
        String period = p.enumValue("period", Set.of("ytd", "mtd", "wtd", "all-time", "range"));
        LocalDate from = p.date("date_from");
        LocalDate to = p.date("date_to");
        if ("range".equals(period)) {
            if (from == null && p.str("date_from") == null) {
                p.addError("date_from", "date_from is required when period is range", "missing", null);
            }
            if (to == null && p.str("date_to") == null) {
                p.addError("date_to", "date_to is required when period is range", "missing", null);
            }
        }
        p.done();
        Instant nowI = s.clock.now();
        LocalDate today = LocalDate.ofInstant(nowI, ZoneOffset.UTC);
        LocalDate created = LocalDate.parse(((String) pocket.get("created_at")).substring(0, 10));
        if (period == null) {
            period = "all-time";
        }
        switch (period) {
            case "ytd": from = today.withDayOfYear(1); to = today; break;
            case "mtd": from = today.withDayOfMonth(1); to = today; break;
            case "wtd": from = today.with(DayOfWeek.MONDAY); to = today; break;
            case "range": break;
            default: from = created; to = today;
        }
        if (from.isBefore(created)) {
            from = created;
        }
        long days = to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
        long cash = s.cash.getOrDefault((String) pocket.get("id"), 0L);
        BigDecimal rate = new BigDecimal("0.0435");
        long earnings = BigDecimal.valueOf(cash).multiply(rate).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(365), 0, RoundingMode.HALF_EVEN).longValue();
        String perSecond = BigDecimal.valueOf(cash).multiply(rate)
                .divide(BigDecimal.valueOf(100L * 365 * 24 * 3600), 8, RoundingMode.HALF_EVEN).toPlainString();
        return Resp.ok(Json.map("earnings", Json.money(earnings), "date_from", from.toString(), "date_to", to.toString(),
                "pricing_timestamp", Json.ts(nowI.truncatedTo(ChronoUnit.SECONDS)), "appreciation_per_second", perSecond));
    }

    private Resp strategies(Req req) {
        List<Object> items = List.of(
                strategy("UST-4W", "4-week US Treasury bills", "4.3120", "4.2650"),
                strategy("UST-13W", "13-week US Treasury bills", "4.2870", "4.1930"),
                strategy("UST-26W", "26-week US Treasury bills", "4.1540", "4.0200"),
                strategy("UST-52W", "52-week US Treasury bills", "3.9810", "3.8320"));
        return Resp.ok(Json.map("offset", 0, "count", items.size(), "items", items));
    }

    private static Map<String, Object> strategy(String id, String description, String ytm, String discount) {
        return Json.map("id", id, "description", description, "yield_to_maturity", ytm, "discount_yield", discount,
                "applicable_to", List.of("DEPOSIT", "REINVESTMENT"));
    }

    // ================================================================= transactions

    private Resp transactions(Req req) {
        Params p = req.params();
        String order = p.enumValue("order", Set.of("asc", "desc"));
        List<String> pocketIds = p.uuids("pocket");
        List<String> types = p.enumValues("type", TX_TYPES);
        List<String> onUs = p.uuids("on_us_transfer");
        List<String> wireIds = p.uuids("wire");
        Instant from = p.dateTime("time_booked_from");
        Instant to = p.dateTime("time_booked_to");
        Long amountFrom = p.longValue("amount_from");
        Long amountTo = p.longValue("amount_to");
        String direction = p.enumValue("direction", Set.of("DEBIT", "CREDIT"));
        int limit = p.limit();
        String cursor = p.cursor();
        p.done();
        String f = from == null ? null : Json.ts(from);
        String t = to == null ? null : Json.ts(to);
        List<Map<String, Object>> rows = filter(s.transactions, m -> {
            if (!pocketIds.isEmpty() && !pocketIds.contains(m.get("pocket_id"))) {
                return false;
            }
            if (!types.isEmpty() && !types.contains(m.get("type"))) {
                return false;
            }
            if (!onUs.isEmpty() && !onUs.contains(m.get("on_us_transfer_id"))) {
                return false;
            }
            if (!wireIds.isEmpty() && !wireIds.contains(m.get("wire_id"))) {
                return false;
            }
            String booked = (String) m.get("time_booked");
            if ((f != null && booked.compareTo(f) < 0) || (t != null && booked.compareTo(t) >= 0)) {
                return false;
            }
            long cents = ((Number) Json.asMap(m.get("amount")).get("value")).longValue();
            if ((amountFrom != null && cents < amountFrom) || (amountTo != null && cents > amountTo)) {
                return false;
            }
            return direction == null || direction.equals(m.get("direction"));
        });
        boolean desc = !"asc".equals(order);
        if (desc) {
            Collections.reverse(rows);
        }
        return Resp.ok(Paging.page(rows, Store::txKey, desc, cursor, limit, m -> m));
    }

    // ================================================================= counterparties

    private Resp listCounterparties(Req req) {
        Params p = req.params();
        String type = p.enumValue("type", Set.of("ach", "wire", "international_wire", "on_us"));
        String status = p.enumValue("status", Set.of("PENDING", "LINKED", "UNLINKED"));
        p.done();
        List<Map<String, Object>> rows = filter(new ArrayList<>(s.counterparties.values()),
                m -> (type == null || type.equals(m.get("type"))) && (status == null || status.equals(m.get("status"))));
        rows.sort(Store.BY_KEY);
        return page(req, rows, false, m -> m);
    }

    private Map<String, Object> counterparty(Req req) {
        String id = uuidPath(req, 0, "counterparty_id");
        Map<String, Object> cp = s.counterparties.get(id);
        if (cp == null) {
            throw ApiError.notFound();
        }
        return cp;
    }

    private Resp getCounterparty(Req req) {
        return Resp.ok(counterparty(req));
    }

    private Resp updateCounterparty(Req req) {
        Map<String, Object> cp = counterparty(req);
        Body b = Body.parse(req.body());
        String status = b.enumValue(b.root, List.of(), "status", true, Set.of("PENDING", "LINKED", "UNLINKED"));
        b.done();
        cp.put("status", status);
        cp.put("updated_at", s.now());
        return Resp.ok(cp);
    }

    private Resp createCounterparty(Req req) {
        Body b = Body.parse(req.body());
        Map<String, Object> in = b.root;
        String type = b.enumValue(in, List.of(), "type", true, Set.of("ach", "wire", "international_wire", "on_us"));
        Map<String, Object> name = b.obj(in, List.of(), "counterparty_name", true);
        if (name != null) {
            String nt = b.enumValue(name, List.of("counterparty_name"), "type", true, Set.of("business", "individual"));
            if ("business".equals(nt)) {
                b.nonEmpty(name, List.of("counterparty_name"), "business_name", true);
            } else if ("individual".equals(nt)) {
                b.nonEmpty(name, List.of("counterparty_name"), "first_name", true);
                b.nonEmpty(name, List.of("counterparty_name"), "last_name", true);
            }
        }
        String routing = null;
        String identifier = null;
        Map<String, Object> address = null;
        if ("wire".equals(type) || "ach".equals(type)) {
            routing = b.str(in, List.of(), "routing_number", true);
            if (routing != null && !routing.matches("\\d{9}")) {
                b.err(List.of("routing_number"), "String should match pattern '^\\d{9}$'", "string_pattern_mismatch", routing);
            }
        }
        if (type != null && !"on_us".equals(type)) {
            identifier = b.nonEmpty(in, List.of(), "identifier", true);
        } else if ("on_us".equals(type)) {
            identifier = b.nonEmpty(in, List.of(), "account_number", true);
        }
        if ("wire".equals(type) || "international_wire".equals(type)) {
            address = b.obj(in, List.of(), "address", true);
        } else {
            address = b.obj(in, List.of(), "address", false);
        }
        if (address != null) {
            List<Object> aloc = List.of("address");
            for (String f : List.of("street_address", "city", "postal_code", "country")) {
                b.nonEmpty(address, aloc, f, true);
            }
            b.nonEmpty(address, aloc, "state", !"international_wire".equals(type));
            String country = b.str(address, aloc, "country", false);
            if (country != null && !country.matches("[A-Z]{2}")) {
                b.err(List.of("address", "country"), "String should match pattern '^[A-Z]{2}$'", "string_pattern_mismatch", country);
            }
        }
        b.done();
        String now = s.now();
        Map<String, Object> cp = new LinkedHashMap<>();
        cp.put("id", Json.randomUuid());
        cp.put("type", type);
        cp.put("status", "PENDING");
        cp.put("counterparty_name", name);
        cp.put("routing_number", routing);
        cp.put("identifier", "****" + identifier.substring(Math.max(0, identifier.length() - 4)));
        if ("international_wire".equals(type)) {
            cp.put("identifier_type", in.getOrDefault("identifier_type", "IBAN"));
            cp.put("bic", in.get("bic"));
        }
        Map<String, Object> addr = null;
        if (address != null) {
            addr = Json.map("street_address", address.get("street_address"), "street_address2", address.get("street_address2"),
                    "city", address.get("city"), "postal_code", address.get("postal_code"), "state", address.get("state"),
                    "country", address.get("country"));
        }
        cp.put("address", addr);
        cp.put("verification_type", "unverified");
        cp.put("created_at", now);
        cp.put("updated_at", now);
        cp.put("object_type", "Counterparty");
        s.counterparties.put((String) cp.get("id"), cp);
        return Resp.json(201, cp);
    }
}
