package io.cameljiko.simulator;

import java.util.ArrayList;
import java.util.Map;

/** A pocket (cash and holdings are kept by the store, per pocket id). {@code closureReason} is null until closed. */
record Pocket(String id, String name, String status, String depositStrategyId, String reinvestmentStrategyId,
              String customerId, String closureReason, String createdAt, String updatedAt) implements Item {

    static Pocket open(String id, String name, String strategy, String customerId, String createdAt, String updatedAt) {
        return new Pocket(id, name, "OPEN", strategy, strategy, customerId, null, createdAt, updatedAt);
    }

    @Override
    public String sortKey() {
        return createdAt + "|" + id;
    }

    /** The stored pocket as JSON (the API adds the portfolio, see {@link #json(Map)}). */
    @Override
    public Map<String, Object> json() {
        Map<String, Object> out = Json.map("id", id, "pocket_name", name);
        rest(out);
        return out;
    }

    /** The API's answer: the pocket with its portfolio after the name. */
    Map<String, Object> json(Map<String, Object> portfolio) {
        Map<String, Object> out = Json.map("id", id, "pocket_name", name, "portfolio", portfolio);
        rest(out);
        return out;
    }

    private void rest(Map<String, Object> out) {
        out.put("status", status);
        out.put("attributes", new ArrayList<>());
        out.put("deposit_strategy_id", depositStrategyId);
        out.put("reinvestment_strategy_id", reinvestmentStrategyId);
        out.put("type", "STANDARD");
        out.put("customer_id", customerId);
        if (closureReason != null) {
            out.put("closure_reason", closureReason);
        }
        out.put("created_at", createdAt);
        out.put("updated_at", updatedAt);
        out.put("object_type", "Pocket");
    }

    Pocket withUpdatedAt(String ts) {
        return new Pocket(id, name, status, depositStrategyId, reinvestmentStrategyId, customerId, closureReason, createdAt, ts);
    }

    /** A PATCH: null leaves a field as it is. */
    Pocket patch(String newName, String newStatus, String newReason, String dep, String reinv, String ts) {
        return new Pocket(id, or(newName, name), or(newStatus, status), or(dep, depositStrategyId),
                or(reinv, reinvestmentStrategyId), customerId, or(newReason, closureReason), createdAt, ts);
    }

    static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }
}
