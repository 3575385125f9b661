package io.cameljiko.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Report requests go from PENDING to COMPLETED after the settle delay, with one file per requested format. */
final class ReportService {
    private final Store s;

    ReportService(Store store) {
        this.s = store;
    }

    /** Completes every PENDING report whose time has come. Returns true when one was completed. */
    boolean completeDue() {
        Instant now = s.clock.now();
        boolean changed = false;
        for (Map<String, Object> r : s.reports) {
            Instant due = s.reportDue.get((String) r.get("id"));
            if ("PENDING".equals(r.get("status")) && due != null && !now.isBefore(due)) {
                completeReport(r);
                changed = true;
            }
        }
        return changed;
    }

    private void completeReport(Map<String, Object> r) {
        List<Object> files = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> formats = (List<String>) r.get("output_formats");
        for (String f : formats) {
            String ext = f.equalsIgnoreCase("CAMT053") ? "xml" : f.toLowerCase(Locale.ROOT);
            String path = "/files/reports/" + r.get("id") + "." + ext;
            files.add(Json.map("format", f, "download_url", path));
            s.files.put(path, reportFile(r, f));
        }
        r.put("files", files);
        r.put("status", "COMPLETED");
        r.put("completed_at", s.now());
    }

    private Store.FileData reportFile(Map<String, Object> r, String format) {
        String f = format.toUpperCase(Locale.ROOT);
        if (f.equals("CAMT053")) {
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>"
                    + "<GrpHdr><MsgId>" + r.get("id") + "</MsgId><CreDtTm>" + r.get("created_at") + "</CreDtTm></GrpHdr>"
                    + "<Stmt><Id>" + r.get("report_type") + "</Id></Stmt></BkToCstmrStmt></Document>\n";
            return new Store.FileData("application/xml", xml.getBytes(StandardCharsets.UTF_8));
        }
        if (f.equals("PDF")) {
            return new Store.FileData("application/pdf", Store.fakePdf("Report " + r.get("id")));
        }
        if (f.equals("JSON")) {
            return new Store.FileData("application/json", Json.write(Json.map("report_id", r.get("id"), "report_type", r.get("report_type"))));
        }
        return new Store.FileData("text/csv", ("report_id,report_type\n" + r.get("id") + "," + r.get("report_type") + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
