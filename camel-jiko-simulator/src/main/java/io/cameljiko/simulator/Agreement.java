package io.cameljiko.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The customer agreement and its PDF documents ({@code path}: the simulator's own download path). */
record Agreement(String version, String releaseDate, List<Document> documents) {

    record Document(String path, String title, String type, String category) { }

    /** As the API answers it: download URLs under {@code baseUrl}. */
    Map<String, Object> json(String baseUrl) {
        List<Object> docs = new ArrayList<>();
        documents.forEach(d -> docs.add(Json.map("pdf_download_url", baseUrl + d.path(), "title", d.title(),
                "type", d.type(), "category", d.category())));
        return Json.map("version", version, "release_date", releaseDate, "documents", docs);
    }
}
