package io.cameljiko.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A transfer request. {@code sent} is the transfer object as the client sent it (answered back as is); the fields
 * the life cycle needs are read from it once, when it is created. {@code approvedAt}, {@code rejectionReason},
 * {@code settleAt}, {@code wireId} and {@code onUsId} stay null until the life cycle sets them.
 */
record TransferRequest(String id, Map<String, Object> sent, Spec spec, String status, List<Object> reviewers,
                       String createdAt, String updatedAt, String approvedAt, String rejectionReason, Instant settleAt,
                       String wireId, String onUsId) implements Item {

    /** What the life cycle reads from the transfer object: the type, the pockets, the counterparty and the amount. */
    record Spec(String type, String originPocketId, long cents, String counterpartyId, String destinationPocketId,
                String description) {

        /** From a validated transfer object (strings as sent; a missing description is ""). */
        static Spec of(Map<String, Object> transfer) {
            Map<String, Object> amount = Json.asMap(transfer.get("amount"));
            Map<String, Object> details = Json.asMap(transfer.get("details"));
            long cents = amount.get("amount_usdc") instanceof Number n ? n.longValue() : 0;
            return new Spec(text(transfer, "type"), text(transfer, "origin_pocket_id"), cents,
                    text(transfer, "counterparty_id"), details == null ? null : text(details, "destination_pocket_id"),
                    transfer.containsKey("description") ? text(transfer, "description") : "");
        }

        private static String text(Map<String, Object> m, String key) {
            return m.get(key) instanceof String s ? s : null;
        }
    }

    static TransferRequest pending(String id, Map<String, Object> sent, List<Object> reviewers, String now) {
        return new TransferRequest(id, sent, Spec.of(sent), "PENDING_APPROVAL", reviewers, now, now, null, null, null,
                null, null);
    }

    @Override
    public String sortKey() {
        return createdAt + "|" + id;
    }

    /** The stored request (as {@code SimulatorState} shows it). */
    @Override
    public Map<String, Object> json() {
        Map<String, Object> out = Json.map("id", id, "transfer", sent, "status", status, "reviewers", reviewers,
                "created_at", createdAt, "updated_at", updatedAt, "object_type", "TransferRequest");
        if (approvedAt != null) {
            out.put("approved_at", approvedAt);
        }
        if (rejectionReason != null) {
            out.put("rejection_reason", rejectionReason);
        }
        return out;
    }

    /** The API's answer: the stored request plus the rail ids once known (simulator additions). */
    Map<String, Object> answer() {
        Map<String, Object> out = json();
        if (wireId != null) {
            out.put("wire_id", wireId);
        }
        if (onUsId != null) {
            out.put("on_us_id", onUsId);
        }
        return out;
    }

    TransferRequest processing(String now, Instant settleTime, String wire, String onUs) {
        return new TransferRequest(id, sent, spec, "PROCESSING", reviewers, createdAt, now, now, null, settleTime, wire, onUs);
    }

    TransferRequest settled(String newStatus, String reason, String ts) {
        return new TransferRequest(id, sent, spec, newStatus, reviewers, createdAt, ts, approvedAt, reason, settleAt,
                wireId, onUsId);
    }
}
