package io.cameljiko.simulator;

import java.util.Map;

/** A transaction activity; {@code wireId} / {@code onUsTransferId} link it to its transfer (null when none). */
record Transaction(String id, String type, String pocketId, String description, String title, long cents,
                   String direction, String status, String timeBooked, String timeSettled, String wireId,
                   String onUsTransferId) implements Item {

    @Override
    public String sortKey() {
        return timeBooked + "|" + id;
    }

    @Override
    public Map<String, Object> json() {
        Map<String, Object> tx = Json.map("id", id, "transaction_id", id, "type", type, "pocket_id", pocketId,
                "description", description, "title", title, "amount", Json.money(cents), "direction", direction,
                "status", status, "time_booked", timeBooked, "time_settled", timeSettled, "object_type", objectType(type));
        if (wireId != null) {
            tx.put("wire_id", wireId);
        }
        if (onUsTransferId != null) {
            tx.put("on_us_transfer_id", onUsTransferId);
        }
        return tx;
    }

    static String objectType(String type) {
        switch (type) {
            case "ACH": return "ACHTransactionActivity";
            case "WIRE": return "WireTransactionActivity";
            case "CARD": return "CardTransactionActivity";
            case "ON_US": return "OnUsTransactionActivity";
            case "FEE": return "FeeTransactionActivity";
            case "CREDIT": return "CreditTransactionActivity";
            default: return "GenericTransactionActivity";
        }
    }

    /** The title of a transaction of this type and direction. */
    static String title(String type, String direction) {
        switch (type) {
            case "ACH": return "CREDIT".equals(direction) ? "ACH deposit" : "ACH payment";
            case "WIRE": return "CREDIT".equals(direction) ? "Incoming wire" : "Outgoing wire";
            case "CARD": return "Card purchase";
            case "ON_US": return "CREDIT".equals(direction) ? "JikoNet transfer received" : "JikoNet transfer sent";
            case "FEE": return "Service fee";
            case "CREDIT": return "Interest credit";
            default: return "Adjustment";
        }
    }
}
