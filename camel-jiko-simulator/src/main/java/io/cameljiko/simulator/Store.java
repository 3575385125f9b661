package io.cameljiko.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * All simulator state. Every access happens while holding this object's monitor
 * (the server synchronizes on it around each handler; the ticker and webhook callbacks too).
 */
final class Store {
    static final Comparator<Map<String, Object>> BY_KEY = Comparator.comparing(Store::txKey);

    static final class EventRec {
        final Map<String, Object> envelope;
        final List<Map<String, Object>> attempts = new ArrayList<>();
        final String key;

        EventRec(Map<String, Object> envelope) {
            this.envelope = envelope;
            this.key = envelope.get("timestamp") + "|" + envelope.get("event_id");
        }
    }

    static final class Sub {
        final Map<String, Object> json;
        String secret;

        Sub(Map<String, Object> json, String secret) {
            this.json = json;
            this.secret = secret;
        }
    }

    static final class Transfer {
        final Map<String, Object> json;
        Instant settleAt;
        String wireId;
        String onUsId;

        Transfer(Map<String, Object> json) {
            this.json = json;
        }
    }

    record FileData(String contentType, byte[] bytes) { }

    record Document(String documentId, String documentType, String contentType, byte[] bytes, Instant uploadedAt) { }

    final long seed;
    final Instant seedEpoch;
    final SimulatorClock clock;
    final Duration settleDelay;
    String baseUrl = "";

    String customerId;
    String teamId;
    String partnerId;
    String currentMemberId;
    Map<String, Object> customer;
    Map<String, Object> agreement;
    final List<Map<String, Object>> members = new ArrayList<>();
    final List<Map<String, Object>> serviceUsers = new ArrayList<>();
    final List<Map<String, Object>> authMethods = new ArrayList<>();
    final LinkedHashMap<String, Map<String, Object>> pockets = new LinkedHashMap<>();
    final Map<String, Long> cash = new HashMap<>();
    final Map<String, List<Map<String, Object>>> holdings = new HashMap<>();
    final List<Map<String, Object>> portals = new ArrayList<>();
    final Map<String, Map<String, Object>> fundingInstructions = new HashMap<>();
    final LinkedHashMap<String, Map<String, Object>> counterparties = new LinkedHashMap<>();
    final List<Map<String, Object>> transactions = new ArrayList<>();
    final List<Map<String, Object>> trades = new ArrayList<>();
    final List<Map<String, Object>> notifications = new ArrayList<>();
    final List<Map<String, Object>> statements = new ArrayList<>();
    final List<Map<String, Object>> auditLogs = new ArrayList<>();
    final List<EventRec> events = new ArrayList<>();
    final LinkedHashMap<String, Sub> subscriptions = new LinkedHashMap<>();
    final List<Map<String, Object>> reports = new ArrayList<>();
    final Map<String, Instant> reportDue = new HashMap<>();
    final LinkedHashMap<String, Transfer> transfers = new LinkedHashMap<>();
    final Map<String, String> transferAliases = new HashMap<>();
    final LinkedHashMap<String, Map<String, Object>> wires = new LinkedHashMap<>();
    final LinkedHashMap<String, Document> documents = new LinkedHashMap<>();
    final Map<String, FileData> files = new HashMap<>();
    private String lastEventTs = "";
    Consumer<EventRec> eventListener = e -> { };

    Store(long seed, Instant seedEpoch, SimulatorClock clock, Duration settleDelay) {
        this.seed = seed;
        this.seedEpoch = seedEpoch;
        this.clock = clock;
        this.settleDelay = settleDelay;
    }

    static String txKey(Map<String, Object> m) {
        Object t = m.get("time_booked");
        if (t == null) {
            t = m.get("created_at");
        }
        if (t == null) {
            t = m.get("timestamp");
        }
        if (t == null) {
            t = m.get("trade_datetime");
        }
        return t + "|" + m.get("id");
    }

    /** Inserts keeping the list sorted ascending by txKey. */
    static void insertSorted(List<Map<String, Object>> list, Map<String, Object> item) {
        String k = txKey(item);
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (txKey(list.get(mid)).compareTo(k) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        list.add(lo, item);
    }

    String now() {
        return Json.ts(clock.now());
    }

    // ------------------------------------------------------------------ events

    /** Appends an event (timestamps strictly increase, so emission order = listing order) and notifies. */
    EventRec emit(String type, Map<String, Object> payload) {
        String ts = now();
        if (ts.compareTo(lastEventTs) <= 0) {
            Instant last = Instant.parse(lastEventTs);
            ts = Json.ts(last.plus(1, ChronoUnit.MICROS));
        }
        lastEventTs = ts;
        Map<String, Object> env = Json.map("event_id", Json.randomUuid(), "event_type", type, "timestamp", ts,
                "payload", payload, "customer_id", customerId);
        EventRec rec = new EventRec(env);
        events.add(rec);
        eventListener.accept(rec);
        return rec;
    }

    // ------------------------------------------------------------------ transactions

    Map<String, Object> newTransaction(String id, String type, String pocketId, long cents, String direction,
                                       String status, String booked, String settled, String title, String description) {
        Map<String, Object> tx = new LinkedHashMap<>();
        tx.put("id", id);
        tx.put("transaction_id", id);
        tx.put("type", type);
        tx.put("pocket_id", pocketId);
        tx.put("description", description);
        tx.put("title", title);
        tx.put("amount", Json.money(cents));
        tx.put("direction", direction);
        tx.put("status", status);
        tx.put("time_booked", booked);
        tx.put("time_settled", settled);
        tx.put("object_type", objectType(type));
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

    // ------------------------------------------------------------------ ticking

    /** Settles due transfers and completes due reports. Returns true when something changed. */
    boolean tick() {
        Instant now = clock.now();
        boolean changed = false;
        for (Transfer t : new ArrayList<>(transfers.values())) {
            if ("PROCESSING".equals(t.json.get("status")) && t.settleAt != null && !now.isBefore(t.settleAt)) {
                settle(t);
                changed = true;
            }
        }
        for (Map<String, Object> r : reports) {
            Instant due = reportDue.get((String) r.get("id"));
            if ("PENDING".equals(r.get("status")) && due != null && !now.isBefore(due)) {
                completeReport(r);
                changed = true;
            }
        }
        return changed;
    }

    @SuppressWarnings("unchecked")
    private void settle(Transfer t) {
        Map<String, Object> transfer = (Map<String, Object>) t.json.get("transfer");
        String type = (String) transfer.get("type");
        String origin = (String) transfer.get("origin_pocket_id");
        long cents = ((Number) ((Map<String, Object>) transfer.get("amount")).get("amount_usdc")).longValue();
        Map<String, Object> details = Json.asMap(transfer.get("details"));
        String reason = null;
        long available = cash.getOrDefault(origin, 0L);
        if (available < cents) {
            reason = "INSUFFICIENT_FUNDS";
        }
        if (reason == null && ("WIRE".equals(type) || "USDC".equals(type))) {
            Map<String, Object> cp = counterparties.get((String) transfer.get("counterparty_id"));
            if (cp == null || !"LINKED".equals(cp.get("status"))) {
                reason = "COUNTERPARTY_NOT_LINKED";
            }
        }
        if (reason == null && "ON_US".equals(type) && details != null && details.get("destination_pocket_id") != null) {
            Map<String, Object> dest = pockets.get((String) details.get("destination_pocket_id"));
            if (dest == null || !"OPEN".equals(dest.get("status"))) {
                reason = "DESTINATION_POCKET_NOT_OPEN";
            }
        }
        String ts = now();
        t.json.put("updated_at", ts);
        String prefix = "WIRE".equals(type) ? "transfers.wire.out." : "ON_US".equals(type) ? "transfers.on-us." : null;
        String idKey = "WIRE".equals(type) ? "wire_id" : "on_us_id";
        String railId = "WIRE".equals(type) ? t.wireId : t.onUsId;
        if (reason != null) {
            t.json.put("status", "REJECTED");
            t.json.put("rejection_reason", reason);
            if (t.wireId != null) {
                wires.get(t.wireId).put("status", "REJECTED");
            }
            if (prefix != null) {
                emit(prefix + "rejected", Json.map(idKey, railId, "transfer_request_id", t.json.get("id"),
                        "origin_pocket_id", origin, "amount_usdc", cents, "reason", reason));
            }
            return;
        }
        cash.put(origin, available - cents);
        String txType = "WIRE".equals(type) ? "WIRE" : "ON_US".equals(type) ? "ON_US" : "GENERIC";
        String description = (String) transfer.getOrDefault("description", "");
        String debitId = Json.randomUuid();
        Map<String, Object> debit = newTransaction(debitId, txType, origin, cents, "DEBIT", "SETTLED", ts, ts,
                titleFor(type, "DEBIT"), description);
        linkTx(debit, type, railId);
        insertSorted(transactions, debit);
        touchPocket(origin, ts);
        t.json.put("status", "SUCCESS");
        if (t.wireId != null) {
            Map<String, Object> w = wires.get(t.wireId);
            w.put("status", "SUCCESS");
            w.put("updated_at", ts);
        }
        if (prefix != null) {
            emit(prefix + "success", Json.map(idKey, railId, "transfer_request_id", t.json.get("id"),
                    "transaction_activity_id", debitId, "origin_pocket_id", origin, "amount_usdc", cents));
        }
        if ("ON_US".equals(type) && details != null && details.get("destination_pocket_id") != null) {
            String dest = (String) details.get("destination_pocket_id");
            cash.merge(dest, cents, Long::sum);
            String creditId = Json.randomUuid();
            Map<String, Object> credit = newTransaction(creditId, "ON_US", dest, cents, "CREDIT", "SETTLED", ts, ts,
                    titleFor(type, "CREDIT"), description);
            linkTx(credit, type, railId);
            insertSorted(transactions, credit);
            touchPocket(dest, ts);
            emit("transfers.on-us.received", Json.map("on_us_id", railId, "transaction_activity_id", creditId,
                    "receiving_pocket_id", dest, "amount_usdc", cents));
        }
    }

    private static void linkTx(Map<String, Object> tx, String type, String railId) {
        if ("WIRE".equals(type)) {
            tx.put("wire_id", railId);
        } else if ("ON_US".equals(type)) {
            tx.put("on_us_transfer_id", railId);
        }
    }

    private static String titleFor(String type, String direction) {
        switch (type) {
            case "WIRE": return "Outgoing wire";
            case "ON_US": return "DEBIT".equals(direction) ? "JikoNet transfer sent" : "JikoNet transfer received";
            default: return "USDC transfer";
        }
    }

    void touchPocket(String pocketId, String ts) {
        Map<String, Object> p = pockets.get(pocketId);
        if (p != null) {
            p.put("updated_at", ts);
        }
    }

    private void completeReport(Map<String, Object> r) {
        List<Object> files = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> formats = (List<String>) r.get("output_formats");
        for (String f : formats) {
            String ext = f.equalsIgnoreCase("CAMT053") ? "xml" : f.toLowerCase(java.util.Locale.ROOT);
            String path = "/files/reports/" + r.get("id") + "." + ext;
            files.add(Json.map("format", f, "download_url", path));
            this.files.put(path, reportFile(r, f));
        }
        r.put("files", files);
        r.put("status", "COMPLETED");
        r.put("completed_at", now());
    }

    private FileData reportFile(Map<String, Object> r, String format) {
        String f = format.toUpperCase(java.util.Locale.ROOT);
        if (f.equals("CAMT053")) {
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>"
                    + "<GrpHdr><MsgId>" + r.get("id") + "</MsgId><CreDtTm>" + r.get("created_at") + "</CreDtTm></GrpHdr>"
                    + "<Stmt><Id>" + r.get("report_type") + "</Id></Stmt></BkToCstmrStmt></Document>\n";
            return new FileData("application/xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (f.equals("PDF")) {
            return new FileData("application/pdf", fakePdf("Report " + r.get("id")));
        }
        if (f.equals("JSON")) {
            return new FileData("application/json", Json.write(Json.map("report_id", r.get("id"), "report_type", r.get("report_type"))));
        }
        return new FileData("text/csv", ("report_id,report_type\n" + r.get("id") + "," + r.get("report_type") + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static byte[] fakePdf(String title) {
        String s = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% " + title + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    // ------------------------------------------------------------------ seeding

    void seed() {
        Random r = new Random(seed);
        Instant epoch = seedEpoch;
        customerId = Json.uuid(r);
        teamId = Json.uuid(r);
        partnerId = Json.uuid(r);

        customer = Json.map(
                "address", Json.map("street_address", "100 Simulation Way", "street_address2", "Suite 42",
                        "city", "San Francisco", "postal_code", "94105", "state", "CA", "country", "US"),
                "email", "treasury@acme-sim.example", "phone_number", "+14155550100", "account_status", "OPEN",
                "type", "BUSINESS", "name", "Acme Simulated Industries, Inc.",
                "identification_number", Json.map("identification_number", "12-3456789", "issuing_country", "US",
                        "type", "TIN"));
        String releaseDate = LocalDate.ofInstant(epoch, ZoneOffset.UTC).minusDays(90).toString();
        List<Object> docs = new ArrayList<>();
        String[][] agreementDocs = {
                {"Jiko Customer Agreement", "CUSTOMER_AGREEMENT", "ACCOUNT"},
                {"Brokerage Account Agreement", "BROKERAGE_AGREEMENT", "BROKERAGE"},
                {"Bank Account Terms", "BANK_TERMS", "BANK"},
                {"Privacy Policy", "PRIVACY_POLICY", "LEGAL"}};
        for (String[] d : agreementDocs) {
            String path = "/files/agreements/" + d[1].toLowerCase(java.util.Locale.ROOT) + ".pdf";
            files.put(path, new FileData("application/pdf", fakePdf(d[0])));
            docs.add(Json.map("pdf_download_url", path, "title", d[0], "type", d[1], "category", d[2]));
        }
        agreement = Json.map("version", "2026.1", "release_date", releaseDate, "documents", docs);

        // team
        String[][] people = {
                {"Ada", "Lovelace", "ADMINISTRATOR", "ACTIVE"}, {"Grace", "Hopper", "MAKER", "ACTIVE"},
                {"Alan", "Turing", "CHECKER", "ACTIVE"}, {"Katherine", "Johnson", "VIEWER", "ACTIVE"},
                {"Edsger", "Dijkstra", "USER_ADMINISTRATOR", "PENDING"}, {"Barbara", "Liskov", "MAKER", "PENDING"},
                {"Dennis", "Ritchie", "CHECKER", "DEACTIVATED"}};
        for (int i = 0; i < people.length; i++) {
            String[] p = people[i];
            String memberId = Json.uuid(r);
            Instant added = epoch.minus(170 - i * 10L, ChronoUnit.DAYS);
            boolean active = p[3].equals("ACTIVE");
            Map<String, Object> m = Json.map("member_id", memberId,
                    "email", p[0].toLowerCase(java.util.Locale.ROOT) + "." + p[1].toLowerCase(java.util.Locale.ROOT) + "@acme-sim.example",
                    "first_name", p[0], "last_name", p[1], "role", p[2], "status", p[3],
                    "added_date", Json.ts(added),
                    "last_login", active || p[3].equals("DEACTIVATED") ? Json.ts(epoch.minus(i + 1, ChronoUnit.HOURS)) : null,
                    "deactivated_date", p[3].equals("DEACTIVATED") ? Json.ts(epoch.minus(20, ChronoUnit.DAYS)) : null,
                    "team_id", teamId, "partner_id", partnerId,
                    "user_id", p[3].equals("PENDING") ? null : Json.uuid(r),
                    "phone_number", "+1415555" + String.format("%04d", 1000 + i));
            members.add(m);
        }
        currentMemberId = (String) members.get(0).get("member_id");
        authMethods.add(Json.map("id", Json.uuid(r), "type", "USERPASS", "sso_provider_id", null));
        authMethods.add(Json.map("id", Json.uuid(r), "type", "SSO", "sso_provider_id", "okta-sim"));
        serviceUsers.add(Json.map("id", Json.uuid(r), "name", "ERP integration", "status", "ACTIVE",
                "created_at", Json.ts(epoch.minus(100, ChronoUnit.DAYS))));

        // pockets, holdings, portals
        String[] names = {"Operating", "Reserve", "Payroll"};
        String[] strategies = {"UST-4W", "UST-13W", "UST-26W"};
        for (int i = 0; i < names.length; i++) {
            String id = Json.uuid(r);
            String created = Json.ts(epoch.minus(190 - i, ChronoUnit.DAYS));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", id);
            p.put("pocket_name", names[i]);
            p.put("status", "OPEN");
            p.put("attributes", new ArrayList<>());
            p.put("deposit_strategy_id", strategies[i]);
            p.put("reinvestment_strategy_id", strategies[i]);
            p.put("type", "STANDARD");
            p.put("customer_id", customerId);
            p.put("created_at", created);
            p.put("updated_at", Json.ts(epoch.minus(1, ChronoUnit.DAYS)));
            p.put("object_type", "Pocket");
            pockets.put(id, p);
            cash.put(id, 100_000_000L + (long) r.nextInt(400_000_000));
            List<Map<String, Object>> h = new ArrayList<>();
            for (int j = 0; j < 3; j++) {
                LocalDate maturity = LocalDate.ofInstant(epoch, ZoneOffset.UTC).plusDays(7 + j * 28L + r.nextInt(7));
                h.add(Json.map("cusip", cusip(r), "maturity_date", maturity.toString(),
                        "market_value", Json.money(50_000_000L + r.nextInt(200_000_000))));
            }
            holdings.put(id, h);
            Map<String, Object> portal = newPortal(Json.uuid(r), names[i] + " deposits", id, created);
            portals.add(portal);
            fundingInstructions.put((String) portal.get("id"), fundingFor(portal, r));
        }
        List<String> pocketIds = new ArrayList<>(pockets.keySet());

        // counterparties: every type x status
        String[] cpTypes = {"ach", "wire", "international_wire", "on_us"};
        String[] cpStatuses = {"LINKED", "PENDING", "UNLINKED"};
        String[] companies = {"Globex", "Initech", "Umbrella", "Stark", "Wayne", "Wonka", "Tyrell", "Cyberdyne",
                "Soylent", "Hooli", "Vandelay", "Pied Piper"};
        int ci = 0;
        for (String type : cpTypes) {
            for (String status : cpStatuses) {
                String created = Json.ts(epoch.minus(150 - ci * 3L, ChronoUnit.DAYS));
                Map<String, Object> cp = new LinkedHashMap<>();
                cp.put("id", Json.uuid(r));
                cp.put("type", type);
                cp.put("status", status);
                cp.put("counterparty_name", ci % 4 == 3
                        ? Json.map("type", "individual", "first_name", "Jane", "last_name", companies[ci])
                        : Json.map("type", "business", "business_name", companies[ci] + " LLC"));
                cp.put("routing_number", type.equals("on_us") || type.equals("international_wire") ? null : "0260" + (10000 + r.nextInt(89999)));
                cp.put("identifier", "****" + String.format("%04d", r.nextInt(10000)));
                if (type.equals("international_wire")) {
                    cp.put("identifier_type", "IBAN");
                    cp.put("bic", "DEUTDEFF");
                }
                cp.put("address", Json.map("street_address", (100 + ci) + " Market St", "street_address2", null,
                        "city", "New York", "postal_code", "10001", "state", "NY",
                        "country", type.equals("international_wire") ? "DE" : "US"));
                cp.put("verification_type", status.equals("LINKED") ? "pre_verified" : "unverified");
                cp.put("created_at", created);
                cp.put("updated_at", created);
                cp.put("object_type", "Counterparty");
                counterparties.put((String) cp.get("id"), cp);
                ci++;
            }
        }

        // transactions: 10,800 over ~6 months before the epoch
        String[] txTypes = {"ACH", "WIRE", "CARD", "ON_US", "FEE", "CREDIT", "GENERIC"};
        int[] weights = {30, 20, 25, 10, 5, 5, 5};
        int txCount = 10_800;
        long span = 182L * 24 * 3600;
        List<Map<String, Object>> txs = new ArrayList<>(txCount);
        for (int i = 0; i < txCount; i++) {
            int w = r.nextInt(100);
            int ti = 0;
            while (w >= weights[ti]) {
                w -= weights[ti];
                ti++;
            }
            String type = txTypes[ti];
            String direction = type.equals("FEE") || type.equals("CARD") ? "DEBIT"
                    : type.equals("CREDIT") ? "CREDIT" : (r.nextBoolean() ? "CREDIT" : "DEBIT");
            long secondsAgo = 1 + (long) (r.nextDouble() * span);
            Instant booked = epoch.minusSeconds(secondsAgo).minusNanos(r.nextInt(1_000_000) * 1000L);
            boolean settled = secondsAgo > 2 * 24 * 3600 || r.nextInt(4) != 0;
            long cents = type.equals("FEE") ? 100 + r.nextInt(5000) : 1_000 + (long) r.nextInt(2_500_000);
            String pocket = pocketIds.get(r.nextInt(pocketIds.size()));
            String id = Json.uuid(r);
            Map<String, Object> tx = newTransaction(id, type, pocket, cents, direction, settled ? "SETTLED" : "BOOKED",
                    Json.ts(booked), settled ? Json.ts(booked.plus(6, ChronoUnit.HOURS)) : null,
                    title(type, direction), type + " " + direction.toLowerCase(java.util.Locale.ROOT) + " #" + i);
            if (type.equals("WIRE")) {
                tx.put("wire_id", Json.uuid(r));
            } else if (type.equals("ON_US")) {
                tx.put("on_us_transfer_id", Json.uuid(r));
            }
            txs.add(tx);
        }
        txs.sort(BY_KEY);
        transactions.addAll(txs);

        // trades
        String[] activities = {"BUY", "SELL", "MATURITY"};
        for (int i = 0; i < 300; i++) {
            Instant t = epoch.minusSeconds(1 + (long) (r.nextDouble() * span));
            LocalDate book = LocalDate.ofInstant(t, ZoneOffset.UTC);
            boolean settled = t.isBefore(epoch.minus(2, ChronoUnit.DAYS));
            String activity = activities[r.nextInt(3)];
            Map<String, Object> tr = Json.map("id", Json.uuid(r), "trade_datetime", Json.ts(t), "book_date", book.toString(),
                    "settled_date", settled ? book.plusDays(1).toString() : null, "status", settled ? "SETTLED" : "BOOKED",
                    "pocket_id", pocketIds.get(r.nextInt(pocketIds.size())), "activity", activity, "cusip", cusip(r),
                    "maturity_date", book.plusWeeks(4 + r.nextInt(48)).toString(),
                    "amount", Json.money(1_000_000L + r.nextInt(100_000_000)), "object_type", "Trade");
            trades.add(tr);
        }
        trades.sort(Comparator.comparing(m -> m.get("trade_datetime") + "|" + m.get("id")));

        // notifications
        String[][] notes = {{"TRANSFER", "Transfer completed", "Your outgoing wire has been completed."},
                {"STATEMENT", "Statement available", "Your monthly statement is available."},
                {"SECURITY", "New login", "A new login to your account was detected."},
                {"TEAM", "Member invited", "A team member was invited."}};
        for (int i = 0; i < 30; i++) {
            String[] n = notes[r.nextInt(notes.length)];
            Instant t = epoch.minusSeconds(1 + (long) (r.nextDouble() * span));
            notifications.add(Json.map("id", Json.uuid(r), "title", n[1], "description", n[2],
                    "status", i % 3 == 0 ? "UNREAD" : "READ", "type", n[0], "created_at", Json.ts(t),
                    "notification_metadata", Json.map("source", "simulator")));
        }
        notifications.sort(BY_KEY);

        // statements: 6 months x pockets x {BANK, BROKERAGE}
        LocalDate month = LocalDate.ofInstant(epoch, ZoneOffset.UTC).withDayOfMonth(1);
        for (int mth = 6; mth >= 1; mth--) {
            LocalDate m = month.minusMonths(mth);
            String key = m.toString().substring(0, 7);
            for (String pocketId : pocketIds) {
                for (String type : new String[] {"BANK", "BROKERAGE"}) {
                    String id = Json.uuid(r);
                    String path = "/files/statements/" + id + ".pdf";
                    files.put(path, new FileData("application/pdf", fakePdf(type + " statement " + key)));
                    statements.add(Json.map("id", id, "type", type, "key", key, "pocket_id", pocketId,
                            "pdf_download_url", path,
                            "created_at", Json.ts(m.plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC).plus(3, ChronoUnit.HOURS))));
                }
            }
        }
        statements.sort(BY_KEY);

        // audit logs
        String[] auditEvents = {"member.login", "member.invited", "member.role_changed", "transfer_request.created",
                "transfer_request.approved", "counterparty.created"};
        for (int i = 0; i < 80; i++) {
            Map<String, Object> actor = members.get(r.nextInt(4));
            Instant t = epoch.minusSeconds(1 + (long) (r.nextDouble() * span));
            auditLogs.add(Json.map("id", Json.uuid(r), "actor", actor.get("email"),
                    "event_name", auditEvents[r.nextInt(auditEvents.length)],
                    "entry_metadata", Json.map("member_id", actor.get("member_id"), "ip_address", "203.0.113." + r.nextInt(255)),
                    "team_id", teamId, "timestamp", Json.ts(t), "member_id", actor.get("member_id")));
        }
        auditLogs.sort(BY_KEY);

        // historical incoming wires and their events
        Map<String, Object> linkedWire = counterparties.values().stream()
                .filter(c -> "wire".equals(c.get("type")) && "LINKED".equals(c.get("status"))).findFirst().orElseThrow();
        for (int i = 0; i < 8; i++) {
            Instant t = epoch.minus(8 - i, ChronoUnit.DAYS).minus(r.nextInt(3600), ChronoUnit.SECONDS);
            String wireId = Json.uuid(r);
            String pocket = pocketIds.get(i % pocketIds.size());
            long cents = 10_000_000L + r.nextInt(90_000_000);
            wires.put(wireId, Json.map("id", wireId, "pocket_id", pocket, "direction", "INCOMING", "status", "SUCCESS",
                    "amount", Json.money(cents), "counterparty_id", linkedWire.get("id"), "created_at", Json.ts(t),
                    "updated_at", Json.ts(t)));
            if (i >= 3) {
                Map<String, Object> env = Json.map("event_id", Json.uuid(r), "event_type", "transfers.wire.in.success",
                        "timestamp", Json.ts(t), "payload", Json.map("wire_id", wireId, "pocket_id", pocket, "amount_usdc", cents),
                        "customer_id", customerId);
                events.add(new EventRec(env));
            }
        }
        events.sort(Comparator.comparing(e -> e.key));
        lastEventTs = events.isEmpty() ? "" : (String) events.get(events.size() - 1).envelope.get("timestamp");
    }

    Map<String, Object> newPortal(String id, String name, String pocketId, String created) {
        return Json.map("id", id, "name", name, "status", "OPEN", "pocket_id", pocketId, "created_at", created,
                "object_type", "Portal");
    }

    Map<String, Object> fundingFor(Map<String, Object> portal, Random r) {
        return Json.map("portal_id", portal.get("id"), "pocket_id", portal.get("pocket_id"),
                "account_number", String.format("%012d", Math.abs(r.nextLong() % 1_000_000_000_000L)),
                "routing_number", "091311229", "bank_name", "Simulated Bank, N.A.",
                "bank_address", "1 Sandbox Plaza, Kansas City, MO 64105, US",
                "beneficiary_name", customer.get("name"));
    }

    private static String title(String type, String direction) {
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

    private static String cusip(Random r) {
        String chars = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        StringBuilder sb = new StringBuilder("912797");
        for (int i = 0; i < 3; i++) {
            sb.append(chars.charAt(r.nextInt(chars.length())));
        }
        return sb.toString();
    }
}
