package io.cameljiko.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        for (int i = 0; i < s.reports.size(); i++) {
            Report r = s.reports.get(i);
            if ("PENDING".equals(r.status()) && r.due() != null && !now.isBefore(r.due())) {
                s.reports.set(i, complete(r));
                changed = true;
            }
        }
        return changed;
    }

    private Report complete(Report r) {
        List<Report.ReportFile> files = new ArrayList<>();
        for (String f : r.outputFormats()) {
            String ext = f.equalsIgnoreCase("CAMT053") ? "xml" : f.toLowerCase(Locale.ROOT);
            String path = "/files/reports/" + r.id() + "." + ext;
            files.add(new Report.ReportFile(f, path));
            s.files.put(path, reportFile(r, f));
        }
        return r.completed(files, s.now());
    }

    private Store.FileData reportFile(Report r, String format) {
        String f = format.toUpperCase(Locale.ROOT);
        if (f.equals("CAMT053")) {
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>"
                    + "<GrpHdr><MsgId>" + r.id() + "</MsgId><CreDtTm>" + r.createdAt() + "</CreDtTm></GrpHdr>"
                    + "<Stmt><Id>" + r.reportType() + "</Id></Stmt></BkToCstmrStmt></Document>\n";
            return new Store.FileData("application/xml", xml.getBytes(StandardCharsets.UTF_8));
        }
        if (f.equals("PDF")) {
            return new Store.FileData("application/pdf", Store.fakePdf("Report " + r.id()));
        }
        if (f.equals("JSON")) {
            return new Store.FileData("application/json", Json.write(Json.map("report_id", r.id(), "report_type", r.reportType())));
        }
        return new Store.FileData("text/csv", ("report_id,report_type\n" + r.id() + "," + r.reportType() + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
