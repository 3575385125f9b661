package io.cameljiko.simulator;

import io.cameljiko.simulator.Http.Req;
import io.cameljiko.simulator.Http.Resp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Transactions and trades. */
final class TransactionHandlers extends ApiHandler {
    static final Set<String> TX_TYPES = Set.of("ACH", "WIRE", "CARD", "ON_US", "FEE", "CREDIT", "GENERIC");

    TransactionHandlers(Store store) {
        super(store);
    }

    Resp transactions(Req req) {
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

    Resp trades(Req req) {
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
}
