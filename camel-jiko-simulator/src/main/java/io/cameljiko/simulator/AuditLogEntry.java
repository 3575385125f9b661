package io.cameljiko.simulator;

import java.util.Map;

/** One entry of the team's audit log. */
record AuditLogEntry(String id, String actor, String eventName, String memberId, String ipAddress, String teamId,
                     String timestamp) implements Item {

    @Override
    public String sortKey() {
        return timestamp + "|" + id;
    }

    @Override
    public Map<String, Object> json() {
        return Json.map("id", id, "actor", actor, "event_name", eventName, "entry_metadata", entryMetadata(),
                "team_id", teamId, "timestamp", timestamp);
    }

    Map<String, Object> entryMetadata() {
        return Json.map("member_id", memberId, "ip_address", ipAddress);
    }
}
