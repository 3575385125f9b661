package io.cameljiko.simulator;

import java.util.Map;

/** A T-bill trade of a pocket; dates are ISO dates, {@code settledDate} null until settled. */
record Trade(String id, String tradeDatetime, String bookDate, String settledDate, String status, String pocketId,
             String activity, String cusip, String maturityDate, long cents) implements Item {

    @Override
    public String sortKey() {
        return tradeDatetime + "|" + id;
    }

    @Override
    public Map<String, Object> json() {
        return Json.map("id", id, "trade_datetime", tradeDatetime, "book_date", bookDate, "settled_date", settledDate,
                "status", status, "pocket_id", pocketId, "activity", activity, "cusip", cusip, "maturity_date", maturityDate,
                "amount", Json.money(cents), "object_type", "Trade");
    }
}
