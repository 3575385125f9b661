package io.cameljiko.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The transfer request life cycle: PENDING_APPROVAL, then approve (APPROVED, at once PROCESSING) or cancel
 * (CANCELLED); after the settle delay SUCCESS (money moves, transactions booked) or REJECTED. Each step emits the
 * documented events. Called with the store's monitor held.
 */
final class TransferService {
    private final Store s;

    TransferService(Store store) {
        this.s = store;
    }

    /** PENDING_APPROVAL to PROCESSING; a wire gets its wire record, each rail its id and processing event. */
    @SuppressWarnings("unchecked")
    void approve(Store.Transfer t) {
        requirePending(t, "approved");
        Map<String, Object> transfer = (Map<String, Object>) t.json.get("transfer");
        String type = (String) transfer.get("type");
        String id = (String) t.json.get("id");
        String now = s.now();
        t.json.put("status", "APPROVED");
        t.json.put("approved_at", now);
        long cents = ((Number) ((Map<String, Object>) transfer.get("amount")).get("amount_usdc")).longValue();
        String origin = (String) transfer.get("origin_pocket_id");
        t.json.put("status", "PROCESSING");
        t.json.put("updated_at", now);
        t.settleAt = s.clock.now().plus(s.settleDelay);
        if ("WIRE".equals(type)) {
            t.wireId = Json.randomUuid();
            s.transferAliases.put(t.wireId, id);
            s.wires.put(t.wireId, Json.map("id", t.wireId, "pocket_id", origin, "direction", "OUTGOING",
                    "status", "PROCESSING", "amount", Json.money(cents), "counterparty_id", transfer.get("counterparty_id"),
                    "created_at", now, "updated_at", now, "transfer_request_id", id));
            s.emit("transfers.wire.out.processing", Json.map("wire_id", t.wireId, "transfer_request_id", id,
                    "origin_pocket_id", origin, "amount_usdc", cents));
        } else if ("ON_US".equals(type)) {
            t.onUsId = Json.randomUuid();
            s.transferAliases.put(t.onUsId, id);
            s.emit("transfers.on-us.processing", Json.map("on_us_id", t.onUsId, "transfer_request_id", id,
                    "origin_pocket_id", origin, "amount_usdc", cents));
        }
        if (s.settleDelay.isZero()) {
            settleDue();
        }
    }

    /** PENDING_APPROVAL to CANCELLED. */
    void cancel(Store.Transfer t) {
        requirePending(t, "cancelled");
        t.json.put("status", "CANCELLED");
        t.json.put("updated_at", s.now());
    }

    private static void requirePending(Store.Transfer t, String verb) {
        if (!"PENDING_APPROVAL".equals(t.json.get("status"))) {
            throw ApiError.validation(List.of("path", "transfer_id"),
                    "Transfer request is " + t.json.get("status") + "; only PENDING_APPROVAL can be " + verb, "value_error", t.json.get("id"));
        }
    }

    /** Settles every PROCESSING transfer whose settle time has come. Returns true when one was settled. */
    boolean settleDue() {
        Instant now = s.clock.now();
        boolean changed = false;
        for (Store.Transfer t : new ArrayList<>(s.transfers.values())) {
            if ("PROCESSING".equals(t.json.get("status")) && t.settleAt != null && !now.isBefore(t.settleAt)) {
                settle(t);
                changed = true;
            }
        }
        return changed;
    }

    @SuppressWarnings("unchecked")
    private void settle(Store.Transfer t) {
        Map<String, Object> transfer = (Map<String, Object>) t.json.get("transfer");
        String type = (String) transfer.get("type");
        String origin = (String) transfer.get("origin_pocket_id");
        long cents = ((Number) ((Map<String, Object>) transfer.get("amount")).get("amount_usdc")).longValue();
        Map<String, Object> details = Json.asMap(transfer.get("details"));
        String reason = null;
        long available = s.cash.getOrDefault(origin, 0L);
        if (available < cents) {
            reason = "INSUFFICIENT_FUNDS";
        }
        if (reason == null && ("WIRE".equals(type) || "USDC".equals(type))) {
            Map<String, Object> cp = s.counterparties.get((String) transfer.get("counterparty_id"));
            if (cp == null || !"LINKED".equals(cp.get("status"))) {
                reason = "COUNTERPARTY_NOT_LINKED";
            }
        }
        if (reason == null && "ON_US".equals(type) && details != null && details.get("destination_pocket_id") != null) {
            Pocket dest = s.pockets.get((String) details.get("destination_pocket_id"));
            if (dest == null || !"OPEN".equals(dest.status())) {
                reason = "DESTINATION_POCKET_NOT_OPEN";
            }
        }
        String ts = s.now();
        t.json.put("updated_at", ts);
        String prefix = "WIRE".equals(type) ? "transfers.wire.out." : "ON_US".equals(type) ? "transfers.on-us." : null;
        String idKey = "WIRE".equals(type) ? "wire_id" : "on_us_id";
        String railId = "WIRE".equals(type) ? t.wireId : t.onUsId;
        if (reason != null) {
            t.json.put("status", "REJECTED");
            t.json.put("rejection_reason", reason);
            if (t.wireId != null) {
                s.wires.get(t.wireId).put("status", "REJECTED");
            }
            if (prefix != null) {
                s.emit(prefix + "rejected", Json.map(idKey, railId, "transfer_request_id", t.json.get("id"),
                        "origin_pocket_id", origin, "amount_usdc", cents, "reason", reason));
            }
            return;
        }
        s.cash.put(origin, available - cents);
        String txType = "WIRE".equals(type) ? "WIRE" : "ON_US".equals(type) ? "ON_US" : "GENERIC";
        String description = (String) transfer.getOrDefault("description", "");
        String debitId = Json.randomUuid();
        Store.insert(s.transactions, new Transaction(debitId, txType, origin, description, title(type, txType, "DEBIT"),
                cents, "DEBIT", "SETTLED", ts, ts, "WIRE".equals(type) ? railId : null, "ON_US".equals(type) ? railId : null));
        touchPocket(origin, ts);
        t.json.put("status", "SUCCESS");
        if (t.wireId != null) {
            Map<String, Object> w = s.wires.get(t.wireId);
            w.put("status", "SUCCESS");
            w.put("updated_at", ts);
        }
        if (prefix != null) {
            s.emit(prefix + "success", Json.map(idKey, railId, "transfer_request_id", t.json.get("id"),
                    "transaction_activity_id", debitId, "origin_pocket_id", origin, "amount_usdc", cents));
        }
        if ("ON_US".equals(type) && details != null && details.get("destination_pocket_id") != null) {
            String dest = (String) details.get("destination_pocket_id");
            s.cash.merge(dest, cents, Long::sum);
            String creditId = Json.randomUuid();
            Store.insert(s.transactions, new Transaction(creditId, "ON_US", dest, description,
                    Transaction.title("ON_US", "CREDIT"), cents, "CREDIT", "SETTLED", ts, ts, null, railId));
            touchPocket(dest, ts);
            s.emit("transfers.on-us.received", Json.map("on_us_id", railId, "transaction_activity_id", creditId,
                    "receiving_pocket_id", dest, "amount_usdc", cents));
        }
    }

    /** The title of a settled transfer's transaction: a USDC transfer books a GENERIC one with its own title. */
    private static String title(String transferType, String txType, String direction) {
        return "USDC".equals(transferType) ? "USDC transfer" : Transaction.title(txType, direction);
    }

    private void touchPocket(String pocketId, String ts) {
        Pocket p = s.pockets.get(pocketId);
        if (p != null) {
            s.pockets.put(pocketId, p.withUpdatedAt(ts));
        }
    }
}
