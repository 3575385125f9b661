package io.cameljiko.simulator;

import io.cameljiko.simulator.Http.Req;
import io.cameljiko.simulator.Http.Resp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Agreements, customer, user memberships, team, audit logs and document uploads. */
final class AccountHandlers extends ApiHandler {
    AccountHandlers(Store store) {
        super(store);
    }

    Resp agreements(Req req) {
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

    Resp customer(Req req) {
        return Resp.ok(s.customer);
    }

    Resp memberships(Req req) {
        List<Object> items = new ArrayList<>();
        for (Map<String, Object> m : s.members) {
            if (m.get("member_id").equals(s.currentMemberId)) {
                items.add(Json.map("team_id", s.teamId, "member_id", m.get("member_id"), "partner_id", s.partnerId,
                        "customer_id", s.customerId, "role", m.get("role"), "status", m.get("status")));
            }
        }
        return Resp.ok(Json.map("items", items, "object_type", "List"));
    }

    Resp team(Req req) {
        List<Object> groups = new ArrayList<>();
        for (String status : new String[] {"ACTIVE", "PENDING", "DEACTIVATED"}) {
            List<Map<String, Object>> ms = filter(s.members, m -> status.equals(m.get("status")));
            groups.add(Json.map("name", status, "total", ms.size(), "members", ms));
        }
        return Resp.ok(Json.map("team_id", s.teamId, "members_by_status", groups,
                "allowed_authentication_methods", s.authMethods, "service_users", s.serviceUsers));
    }

    Resp teamMember(Req req) {
        String id = uuidPath(req, 0, "member_id");
        return s.members.stream().filter(m -> id.equals(m.get("member_id"))).findFirst()
                .map(Resp::ok).orElseThrow(ApiError::notFound);
    }

    Resp auditLogs(Req req) {
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

    Resp uploadDocument(Req req) {
        String type = req.param(0);
        if (req.body().length == 0) {
            throw ApiError.validation(List.of("body"), "Field required", "missing", null);
        }
        String ct = req.header("content-type");
        String id = Json.randomUuid();
        s.documents.put(id, new Store.Document(id, type, ct == null ? "application/octet-stream" : ct, req.body(), s.clock.now()));
        return Resp.json(201, Json.map("document_id", id));
    }
}
