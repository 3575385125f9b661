package io.cameljiko.simulator;

import java.util.Map;
import java.util.Random;

/** A funding portal of a pocket (OPEN or CLOSED), with the bank details money is sent to. */
record Portal(String id, String name, String status, String pocketId, String createdAt) implements Item {

    @Override
    public String sortKey() {
        return createdAt + "|" + id;
    }

    @Override
    public Map<String, Object> json() {
        return Json.map("id", id, "name", name, "status", status, "pocket_id", pocketId, "created_at", createdAt,
                "object_type", "Portal");
    }

    Portal with(String newName, String newStatus) {
        return new Portal(id, Pocket.or(newName, name), Pocket.or(newStatus, status), pocketId, createdAt);
    }

    /** Bank details for a portal: the account number is drawn from {@code r}. */
    record FundingInstructions(String portalId, String pocketId, String accountNumber, String beneficiaryName) {

        static FundingInstructions of(Portal portal, String beneficiaryName, Random r) {
            return new FundingInstructions(portal.id(), portal.pocketId(),
                    String.format("%012d", Math.abs(r.nextLong() % 1_000_000_000_000L)), beneficiaryName);
        }

        Map<String, Object> json() {
            return Json.map("portal_id", portalId, "pocket_id", pocketId, "account_number", accountNumber,
                    "routing_number", "091311229", "bank_name", "Simulated Bank, N.A.",
                    "bank_address", "1 Sandbox Plaza, Kansas City, MO 64105, US", "beneficiary_name", beneficiaryName);
        }
    }
}
