package io.cameljiko.simulator;

import java.util.Map;

/**
 * A counterparty (PENDING, LINKED or UNLINKED). The name and address are kept as the JSON objects they were sent as;
 * {@code identifierType} and {@code bic} (international wires only) are echoed as sent, unvalidated.
 */
record Counterparty(String id, String type, String status, Map<String, Object> name, String routingNumber,
                    String identifier, Object identifierType, Object bic, Map<String, Object> address,
                    String verificationType, String createdAt, String updatedAt) implements Item {

    @Override
    public String sortKey() {
        return createdAt + "|" + id;
    }

    @Override
    public Map<String, Object> json() {
        Map<String, Object> cp = Json.map("id", id, "type", type, "status", status, "counterparty_name", name,
                "routing_number", routingNumber, "identifier", identifier);
        if ("international_wire".equals(type)) {
            cp.put("identifier_type", identifierType);
            cp.put("bic", bic);
        }
        cp.put("address", address);
        cp.put("verification_type", verificationType);
        cp.put("created_at", createdAt);
        cp.put("updated_at", updatedAt);
        cp.put("object_type", "Counterparty");
        return cp;
    }

    Counterparty withStatus(String newStatus, String ts) {
        return new Counterparty(id, type, newStatus, name, routingNumber, identifier, identifierType, bic, address,
                verificationType, createdAt, ts);
    }
}
