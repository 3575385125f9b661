package io.cameljiko.simulator;

import java.util.Map;

/** A notification (READ or UNREAD). */
record Notification(String id, String title, String description, String status, String type, String createdAt) implements Item {

    @Override
    public String sortKey() {
        return createdAt + "|" + id;
    }

    @Override
    public Map<String, Object> json() {
        return Json.map("id", id, "title", title, "description", description, "status", status, "type", type,
                "created_at", createdAt, "notification_metadata", Json.map("source", "simulator"));
    }
}
