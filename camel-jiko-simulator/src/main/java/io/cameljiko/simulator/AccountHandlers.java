package io.cameljiko.simulator;

import io.cameljiko.simulator.Http.Req;
import io.cameljiko.simulator.Http.Resp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Agreements, customer, user memberships, team, audit logs and document uploads. */
final class AccountHandlers extends ApiHandler {
    AccountHandlers(Store store) {
        super(store);
    }

    Resp agreements(Req req) {
        return Resp.ok(s.agreement.json(s.baseUrl));
    }

    Resp customer(Req req) {
        return Resp.ok(s.customer);
    }

    Resp memberships(Req req) {
        List<Object> items = new ArrayList<>();
        for (TeamMember m : s.members) {
            if (m.memberId().equals(s.currentMemberId)) {
                items.add(Json.map("team_id", s.teamId, "member_id", m.memberId(), "partner_id", s.partnerId,
                        "customer_id", s.customerId, "role", m.role(), "status", m.status()));
            }
        }
        return Resp.ok(Json.map("items", items, "object_type", "List"));
    }

    Resp team(Req req) {
        List<Object> groups = new ArrayList<>();
        for (String status : new String[] {"ACTIVE", "PENDING", "DEACTIVATED"}) {
            List<TeamMember> ms = filter(s.members, m -> status.equals(m.status()));
            groups.add(Json.map("name", status, "total", ms.size(), "members", ms.stream().map(TeamMember::json).toList()));
        }
        return Resp.ok(Json.map("team_id", s.teamId, "members_by_status", groups,
                "allowed_authentication_methods", s.authMethods, "service_users", s.serviceUsers));
    }

    Resp teamMember(Req req) {
        String id = uuidPath(req, 0, "member_id");
        return s.members.stream().filter(m -> id.equals(m.memberId())).findFirst()
                .map(m -> Resp.ok(m.json())).orElseThrow(ApiError::notFound);
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
        List<AuditLogEntry> rows = filter(s.auditLogs, m -> (member == null || member.equals(m.memberId()))
                && (f == null || m.timestamp().compareTo(f) >= 0)
                && (t == null || m.timestamp().compareTo(t) < 0));
        if (json) {
            return Resp.ok(Paging.page(rows, Item::sortKey, false, cursor, limit, AuditLogEntry::json));
        }
        StringBuilder sb = new StringBuilder("id,timestamp,actor,event_name,team_id,entry_metadata\r\n");
        for (AuditLogEntry m : rows) {
            sb.append(csv(m.id())).append(',').append(csv(m.timestamp())).append(',')
                    .append(csv(m.actor())).append(',').append(csv(m.eventName())).append(',')
                    .append(csv(m.teamId())).append(',').append(csv(Json.writeString(m.entryMetadata())))
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
