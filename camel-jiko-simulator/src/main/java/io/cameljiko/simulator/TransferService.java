package io.cameljiko.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
    TransferRequest approve(TransferRequest t) {
        requirePending(t, "approved");
        TransferRequest.Spec spec = t.spec();
        String id = t.id();
        String now = s.now();
        String wireId = null;
        String onUsId = null;
        if ("WIRE".equals(spec.type())) {
            wireId = Json.randomUuid();
        } else if ("ON_US".equals(spec.type())) {
            onUsId = Json.randomUuid();
        }
        s.transfers.put(id, t.processing(now, s.clock.now().plus(s.settleDelay), wireId, onUsId));
        if (wireId != null) {
            s.transferAliases.put(wireId, id);
            s.wires.put(wireId, new Wire(wireId, spec.originPocketId(), "OUTGOING", "PROCESSING", spec.cents(),
                    spec.counterpartyId(), now, now, id));
            s.emit("transfers.wire.out.processing", Json.map("wire_id", wireId, "transfer_request_id", id,
                    "origin_pocket_id", spec.originPocketId(), "amount_usdc", spec.cents()));
        } else if (onUsId != null) {
            s.transferAliases.put(onUsId, id);
            s.emit("transfers.on-us.processing", Json.map("on_us_id", onUsId, "transfer_request_id", id,
                    "origin_pocket_id", spec.originPocketId(), "amount_usdc", spec.cents()));
        }
        if (s.settleDelay.isZero()) {
            settleDue();
        }
        return s.transfers.get(id);
    }

    /** PENDING_APPROVAL to CANCELLED. */
    TransferRequest cancel(TransferRequest t) {
        requirePending(t, "cancelled");
        TransferRequest cancelled = t.settled("CANCELLED", null, s.now());
        s.transfers.put(t.id(), cancelled);
        return cancelled;
    }

    private static void requirePending(TransferRequest t, String verb) {
        if (!"PENDING_APPROVAL".equals(t.status())) {
            throw ApiError.validation(List.of("path", "transfer_id"),
                    "Transfer request is " + t.status() + "; only PENDING_APPROVAL can be " + verb, "value_error", t.id());
        }
    }

    /** Settles every PROCESSING transfer whose settle time has come. Returns true when one was settled. */
    boolean settleDue() {
        Instant now = s.clock.now();
        boolean changed = false;
        for (TransferRequest t : new ArrayList<>(s.transfers.values())) {
            if ("PROCESSING".equals(t.status()) && t.settleAt() != null && !now.isBefore(t.settleAt())) {
                settle(t);
                changed = true;
            }
        }
        return changed;
    }

    /** Why the transfer cannot settle (checked in this order), or null when it can. */
    private String rejection(TransferRequest.Spec spec) {
        if (s.cash.getOrDefault(spec.originPocketId(), 0L) < spec.cents()) {
            return "INSUFFICIENT_FUNDS";
        }
        if ("WIRE".equals(spec.type()) || "USDC".equals(spec.type())) {
            Counterparty cp = spec.counterpartyId() == null ? null : s.counterparties.get(spec.counterpartyId());
            if (cp == null || !"LINKED".equals(cp.status())) {
                return "COUNTERPARTY_NOT_LINKED";
            }
        }
        if ("ON_US".equals(spec.type()) && spec.destinationPocketId() != null) {
            Pocket dest = s.pockets.get(spec.destinationPocketId());
            if (dest == null || !"OPEN".equals(dest.status())) {
                return "DESTINATION_POCKET_NOT_OPEN";
            }
        }
        return null;
    }

    private void settle(TransferRequest t) {
        TransferRequest.Spec spec = t.spec();
        String type = spec.type();
        String origin = spec.originPocketId();
        long cents = spec.cents();
        String reason = rejection(spec);
        String ts = s.now();
        String prefix = "WIRE".equals(type) ? "transfers.wire.out." : "ON_US".equals(type) ? "transfers.on-us." : null;
        String idKey = "WIRE".equals(type) ? "wire_id" : "on_us_id";
        String railId = "WIRE".equals(type) ? t.wireId() : t.onUsId();
        if (reason != null) {
            s.transfers.put(t.id(), t.settled("REJECTED", reason, ts));
            if (t.wireId() != null) {
                Wire w = s.wires.get(t.wireId());
                s.wires.put(w.id(), w.with("REJECTED", w.updatedAt()));
            }
            if (prefix != null) {
                s.emit(prefix + "rejected", Json.map(idKey, railId, "transfer_request_id", t.id(),
                        "origin_pocket_id", origin, "amount_usdc", cents, "reason", reason));
            }
            return;
        }
        s.cash.put(origin, s.cash.getOrDefault(origin, 0L) - cents);
        String txType = "WIRE".equals(type) ? "WIRE" : "ON_US".equals(type) ? "ON_US" : "GENERIC";
        String debitId = Json.randomUuid();
        Store.insert(s.transactions, new Transaction(debitId, txType, origin, spec.description(), title(type, txType, "DEBIT"),
                cents, "DEBIT", "SETTLED", ts, ts, "WIRE".equals(type) ? railId : null, "ON_US".equals(type) ? railId : null));
        touchPocket(origin, ts);
        s.transfers.put(t.id(), t.settled("SUCCESS", null, ts));
        if (t.wireId() != null) {
            s.wires.put(t.wireId(), s.wires.get(t.wireId()).with("SUCCESS", ts));
        }
        if (prefix != null) {
            s.emit(prefix + "success", Json.map(idKey, railId, "transfer_request_id", t.id(),
                    "transaction_activity_id", debitId, "origin_pocket_id", origin, "amount_usdc", cents));
        }
        if ("ON_US".equals(type) && spec.destinationPocketId() != null) {
            String dest = spec.destinationPocketId();
            s.cash.merge(dest, cents, Long::sum);
            String creditId = Json.randomUuid();
            Store.insert(s.transactions, new Transaction(creditId, "ON_US", dest, spec.description(),
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
