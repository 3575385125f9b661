package io.cameljiko.simulator;

import io.cameljiko.simulator.Http.Req;
import io.cameljiko.simulator.Http.Resp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counterparties. */
final class CounterpartyHandlers extends ApiHandler {
    CounterpartyHandlers(Store store) {
        super(store);
    }

    Resp listCounterparties(Req req) {
        Params p = req.params();
        String type = p.enumValue("type", Set.of("ach", "wire", "international_wire", "on_us"));
        String status = p.enumValue("status", Set.of("PENDING", "LINKED", "UNLINKED"));
        p.done();
        List<Counterparty> rows = filter(new ArrayList<>(s.counterparties.values()),
                m -> (type == null || type.equals(m.type())) && (status == null || status.equals(m.status())));
        rows.sort(Store.BY_SORT_KEY);
        return page(req, rows, false);
    }

    private Counterparty counterparty(Req req) {
        return found(s.counterparties, req, 0, "counterparty_id");
    }

    Resp getCounterparty(Req req) {
        return Resp.ok(counterparty(req).json());
    }

    Resp updateCounterparty(Req req) {
        Counterparty cp = counterparty(req);
        Body b = Body.parse(req.body());
        String status = b.enumValue(b.root, List.of(), "status", true, Set.of("PENDING", "LINKED", "UNLINKED"));
        b.done();
        Counterparty updated = cp.withStatus(status, s.now());
        s.counterparties.put(updated.id(), updated);
        return Resp.ok(updated.json());
    }

    Resp createCounterparty(Req req) {
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
        Map<String, Object> addr = null;
        if (address != null) {
            addr = Json.map("street_address", address.get("street_address"), "street_address2", address.get("street_address2"),
                    "city", address.get("city"), "postal_code", address.get("postal_code"), "state", address.get("state"),
                    "country", address.get("country"));
        }
        Counterparty cp = new Counterparty(Json.randomUuid(), type, "PENDING", name, routing,
                "****" + identifier.substring(Math.max(0, identifier.length() - 4)),
                in.getOrDefault("identifier_type", "IBAN"), in.get("bic"), addr, "unverified", now, now);
        s.counterparties.put(cp.id(), cp);
        return Resp.json(201, cp.json());
    }
}
