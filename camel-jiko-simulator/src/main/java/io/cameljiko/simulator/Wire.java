package io.cameljiko.simulator;

import java.util.Map;

/** A wire, INCOMING (seeded) or OUTGOING (made by an approved WIRE transfer request, which it names). */
record Wire(String id, String pocketId, String direction, String status, long cents, String counterpartyId,
            String createdAt, String updatedAt, String transferRequestId) implements Item {

    @Override
    public String sortKey() {
        return createdAt + "|" + id;
    }

    @Override
    public Map<String, Object> json() {
        Map<String, Object> w = Json.map("id", id, "pocket_id", pocketId, "direction", direction, "status", status,
                "amount", Json.money(cents), "counterparty_id", counterpartyId, "created_at", createdAt, "updated_at", updatedAt);
        if (transferRequestId != null) {
            w.put("transfer_request_id", transferRequestId);
        }
        return w;
    }

    Wire with(String newStatus, String ts) {
        return new Wire(id, pocketId, direction, newStatus, cents, counterpartyId, createdAt, ts, transferRequestId);
    }
}
