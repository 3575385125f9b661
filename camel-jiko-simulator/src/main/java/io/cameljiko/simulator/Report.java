package io.cameljiko.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A report request: PENDING until {@code due}, then COMPLETED with one file per output format. */
record Report(String id, String reportType, String status, List<String> outputFormats, String pocketId, String dateFrom,
              String dateTo, String createdAt, List<ReportFile> files, String completedAt, Instant due) implements Item {

    /** A finished report file; {@code path} is the simulator's own download path. */
    record ReportFile(String format, String path) { }

    @Override
    public String sortKey() {
        return createdAt + "|" + id;
    }

    /** As stored (download paths relative to the simulator). */
    @Override
    public Map<String, Object> json() {
        return json("");
    }

    /** As the API answers it: download URLs under {@code baseUrl}. */
    Map<String, Object> json(String baseUrl) {
        List<Object> out = new ArrayList<>();
        files.forEach(f -> out.add(Json.map("format", f.format(), "download_url", baseUrl + f.path())));
        Map<String, Object> r = Json.map("id", id, "report_type", reportType, "status", status, "output_formats",
                outputFormats, "pocket_id", pocketId, "date_from", dateFrom, "date_to", dateTo, "created_at", createdAt,
                "files", out);
        if (completedAt != null) {
            r.put("completed_at", completedAt);
        }
        return r;
    }

    Report completed(List<ReportFile> madeFiles, String ts) {
        return new Report(id, reportType, "COMPLETED", outputFormats, pocketId, dateFrom, dateTo, createdAt, madeFiles, ts, due);
    }
}
