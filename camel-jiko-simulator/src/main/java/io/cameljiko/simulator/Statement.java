package io.cameljiko.simulator;

import java.util.Map;

/** A monthly statement; {@code pdfPath} is the simulator's own download path (the API answers it as a full URL). */
record Statement(String id, String type, String key, String pocketId, String pdfPath, String createdAt) implements Item {

    @Override
    public String sortKey() {
        return createdAt + "|" + id;
    }

    @Override
    public Map<String, Object> json() {
        return json("");
    }

    /** As the API answers it: the download URL under {@code baseUrl}. */
    Map<String, Object> json(String baseUrl) {
        return Json.map("id", id, "type", type, "key", key, "pocket_id", pocketId, "pdf_download_url", baseUrl + pdfPath,
                "created_at", createdAt);
    }
}
