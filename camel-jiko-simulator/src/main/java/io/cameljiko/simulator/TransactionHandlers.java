package io.cameljiko.simulator;

import io.cameljiko.simulator.Http.Req;
import io.cameljiko.simulator.Http.Resp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
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
        List<Transaction> rows = filter(s.transactions, m -> {
            if (!pocketIds.isEmpty() && !pocketIds.contains(m.pocketId())) {
                return false;
            }
            if (!types.isEmpty() && !types.contains(m.type())) {
                return false;
            }
            if (!onUs.isEmpty() && !onUs.contains(m.onUsTransferId())) {
                return false;
            }
            if (!wireIds.isEmpty() && !wireIds.contains(m.wireId())) {
                return false;
            }
            String booked = m.timeBooked();
            if ((f != null && booked.compareTo(f) < 0) || (t != null && booked.compareTo(t) >= 0)) {
                return false;
            }
            long cents = m.cents();
            if ((amountFrom != null && cents < amountFrom) || (amountTo != null && cents > amountTo)) {
                return false;
            }
            return direction == null || direction.equals(m.direction());
        });
        boolean desc = !"asc".equals(order);
        if (desc) {
            Collections.reverse(rows);
        }
        return Resp.ok(Paging.page(rows, Item::sortKey, desc, cursor, limit, Transaction::json));
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
        List<Trade> rows = filter(s.trades, m -> {
            LocalDate book = LocalDate.parse(m.bookDate());
            LocalDate set = m.settledDate() == null ? null : LocalDate.parse(m.settledDate());
            String td = m.tradeDatetime();
            return (bookFrom == null || !book.isBefore(bookFrom)) && (bookTo == null || !book.isAfter(bookTo))
                    && (setFrom == null || (set != null && !set.isBefore(setFrom)))
                    && (setTo == null || (set != null && !set.isAfter(setTo)))
                    && (accounts.isEmpty() || accounts.contains(m.pocketId()))
                    && (tf == null || td.compareTo(tf) >= 0) && (tt == null || td.compareTo(tt) <= 0);
        });
        return page(req, rows, false);
    }
}
