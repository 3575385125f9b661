package io.cameljiko.simulator;

import io.cameljiko.simulator.Http.Req;
import io.cameljiko.simulator.Http.Resp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Report requests and statements. */
final class ReportHandlers extends ApiHandler {
    ReportHandlers(Store store) {
        super(store);
    }

    Resp createReport(Req req) {
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
                if (f instanceof String format && allowed.contains(format)) {
                    fmts.add(format);
                } else {
                    b.err(List.of("output_formats", i), "Input should be " + String.join(", ", new java.util.TreeSet<>(allowed)), "enum", f);
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
        Report r = new Report(Json.randomUuid(), type, "PENDING", fmts, pocketId, from, to, s.now(), List.of(), null,
                s.clock.now().plus(s.settleDelay));
        s.reports.add(r);
        return Resp.json(201, r.json(s.baseUrl));
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

    Resp listReports(Req req) {
        List<Report> rows = new ArrayList<>(s.reports);
        rows.sort(Store.BY_SORT_KEY);
        return page(req, rows, false, r -> r.json(s.baseUrl));
    }

    Resp getReport(Req req) {
        String id = uuidPath(req, 0, "report_request_id");
        return s.reports.stream().filter(r -> id.equals(r.id())).findFirst()
                .map(r -> Resp.ok(r.json(s.baseUrl))).orElseThrow(ApiError::notFound);
    }

    Resp statements(Req req) {
        Params p = req.params();
        List<String> types = p.enumValues("type", Set.of("BANK", "BROKERAGE"));
        String key = p.str("key");
        String pocket = p.uuid("pocket_id");
        if (key != null && !key.isEmpty() && !key.matches("\\d{4}(-\\d{2})?")) {
            p.addError("key", "String should match pattern '^\\d{4}(-\\d{2})?$'", "string_pattern_mismatch", key);
        }
        p.done();
        List<Statement> rows = filter(s.statements, m -> (types.isEmpty() || types.contains(m.type()))
                && (key == null || key.isEmpty() || m.key().startsWith(key))
                && (pocket == null || pocket.equals(m.pocketId())));
        return page(req, rows, false, m -> m.json(s.baseUrl));
    }
}
