package io.cameljiko.simulator;

import io.cameljiko.simulator.Http.Req;
import io.cameljiko.simulator.Http.Resp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Pockets, their earnings, and the trading strategies. */
final class PocketHandlers extends ApiHandler {
    static final Set<String> STRATEGIES = Set.of("UST-4W", "UST-13W", "UST-26W", "UST-52W");

    PocketHandlers(Store store) {
        super(store);
    }

    private Map<String, Object> renderPocket(Pocket p) {
        List<Object> holdings = new ArrayList<>();
        s.holdings.getOrDefault(p.id(), List.of()).forEach(h -> holdings.add(h.json()));
        return p.json(Json.map("cash", Json.money(s.cash.getOrDefault(p.id(), 0L)), "holdings", holdings));
    }

    Resp listPockets(Req req) {
        List<Pocket> rows = new ArrayList<>(s.pockets.values());
        rows.sort(Store.BY_SORT_KEY);
        return page(req, rows, false, this::renderPocket);
    }

    Resp getPocket(Req req) {
        return Resp.ok(renderPocket(pocket(req, 0)));
    }

    Resp createPocket(Req req) {
        Body b = Body.parse(req.body());
        String name = b.nonEmpty(b.root, List.of(), "pocket_name", true);
        String strategy = b.enumValue(b.root, List.of(), "trading_strategy_id", true, STRATEGIES);
        b.done();
        String id = Json.randomUuid();
        String now = s.now();
        Pocket p = Pocket.open(id, name, strategy, s.customerId, now, now);
        s.pockets.put(id, p);
        s.cash.put(id, 0L);
        s.holdings.put(id, new ArrayList<>());
        return Resp.json(201, renderPocket(p));
    }

    Resp updatePocket(Req req) {
        Pocket p = pocket(req, 0);
        Body b = Body.parse(req.body());
        String name = b.nonEmpty(b.root, List.of(), "pocket_name", false);
        String status = b.enumValue(b.root, List.of(), "status", false, Set.of("OPEN", "CLOSED", "FROZEN"));
        String reason = b.str(b.root, List.of(), "closure_reason", false);
        String dep = b.enumValue(b.root, List.of(), "deposit_strategy_id", false, STRATEGIES);
        String reinv = b.enumValue(b.root, List.of(), "reinvestment_strategy_id", false, STRATEGIES);
        b.done();
        String id = p.id();
        String closing = null;
        if ("CLOSED".equals(status) && !"CLOSED".equals(p.status())) {
            if (reason == null || reason.isBlank()) {
                throw ApiError.validation(List.of("body", "closure_reason"), "closure_reason is required to close a pocket", "missing", null);
            }
            if (s.cash.getOrDefault(id, 0L) != 0 || !s.holdings.getOrDefault(id, List.of()).isEmpty()) {
                throw ApiError.validation(List.of("body", "status"), "Only an empty pocket can be closed", "value_error", status);
            }
            boolean otherOpen = s.pockets.values().stream().anyMatch(x -> !x.id().equals(id) && "OPEN".equals(x.status()));
            if (!otherOpen) {
                throw ApiError.validation(List.of("body", "status"), "Another open pocket is required", "value_error", status);
            }
            closing = reason;
        }
        Pocket updated = p.patch(name, status, closing, dep, reinv, s.now());
        s.pockets.put(id, updated);
        return Resp.ok(renderPocket(updated));
    }

    Resp earnings(Req req) {
        Pocket pocket = pocket(req, 0);
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
        LocalDate created = LocalDate.parse(pocket.createdAt().substring(0, 10));
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
        long cash = s.cash.getOrDefault(pocket.id(), 0L);
        BigDecimal rate = new BigDecimal("0.0435");
        long earnings = BigDecimal.valueOf(cash).multiply(rate).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(365), 0, RoundingMode.HALF_EVEN).longValue();
        String perSecond = BigDecimal.valueOf(cash).multiply(rate)
                .divide(BigDecimal.valueOf(100L * 365 * 24 * 3600), 8, RoundingMode.HALF_EVEN).toPlainString();
        return Resp.ok(Json.map("earnings", Json.money(earnings), "date_from", from.toString(), "date_to", to.toString(),
                "pricing_timestamp", Json.ts(nowI.truncatedTo(ChronoUnit.SECONDS)), "appreciation_per_second", perSecond));
    }

    Resp strategies(Req req) {
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
}
