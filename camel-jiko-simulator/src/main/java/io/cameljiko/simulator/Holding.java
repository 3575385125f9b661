package io.cameljiko.simulator;

import java.util.Map;

/** A T-bill held in a pocket. */
record Holding(String cusip, String maturityDate, long marketValueCents) {

    Map<String, Object> json() {
        return Json.map("cusip", cusip, "maturity_date", maturityDate, "market_value", Json.money(marketValueCents));
    }
}
