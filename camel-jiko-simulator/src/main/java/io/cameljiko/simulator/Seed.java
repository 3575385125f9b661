package io.cameljiko.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The seed data: deterministic from the seed and the seed epoch (same pair, same data), all dated before the epoch.
 * Every random draw happens in a fixed order, so changing what is drawn here changes every later value.
 */
final class Seed {
    /** Seeded history reaches this far back before the epoch (seconds). */
    private static final long SPAN = 182L * 24 * 3600;

    private final Store s;
    private final Random r;
    private final Instant epoch;
    private List<String> pocketIds;

    private Seed(Store store) {
        this.s = store;
        this.r = new Random(store.seed);
        this.epoch = store.seedEpoch;
    }

    /** Fills an empty store. */
    static void into(Store store) {
        new Seed(store).all();
    }

    private void all() {
        customerAndAgreement();
        team();
        pockets();
        counterparties();
        transactions();
        trades();
        notifications();
        statements();
        auditLogs();
        incomingWires();
    }

    /** The business customer and the agreement with its PDF documents. */
    private void customerAndAgreement() {
        s.customerId = Json.uuid(r);
        s.teamId = Json.uuid(r);
        s.partnerId = Json.uuid(r);

        s.customerName = "Acme Simulated Industries, Inc.";
        s.customer = Json.map(
                "address", Json.map("street_address", "100 Simulation Way", "street_address2", "Suite 42",
                        "city", "San Francisco", "postal_code", "94105", "state", "CA", "country", "US"),
                "email", "treasury@acme-sim.example", "phone_number", "+14155550100", "account_status", "OPEN",
                "type", "BUSINESS", "name", s.customerName,
                "identification_number", Json.map("identification_number", "12-3456789", "issuing_country", "US",
                        "type", "TIN"));
        String releaseDate = LocalDate.ofInstant(epoch, ZoneOffset.UTC).minusDays(90).toString();
        List<Agreement.Document> docs = new ArrayList<>();
        String[][] agreementDocs = {
                {"Jiko Customer Agreement", "CUSTOMER_AGREEMENT", "ACCOUNT"},
                {"Brokerage Account Agreement", "BROKERAGE_AGREEMENT", "BROKERAGE"},
                {"Bank Account Terms", "BANK_TERMS", "BANK"},
                {"Privacy Policy", "PRIVACY_POLICY", "LEGAL"}};
        for (String[] d : agreementDocs) {
            String path = "/files/agreements/" + d[1].toLowerCase(Locale.ROOT) + ".pdf";
            s.files.put(path, new Store.FileData("application/pdf", Store.fakePdf(d[0])));
            docs.add(new Agreement.Document(path, d[0], d[1], d[2]));
        }
        s.agreement = new Agreement("2026.1", releaseDate, docs);
    }

    /** Seven members (4 ACTIVE, 2 PENDING, 1 DEACTIVATED), two authentication methods, a service user. */
    private void team() {
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
            s.members.add(new TeamMember(memberId,
                    p[0].toLowerCase(Locale.ROOT) + "." + p[1].toLowerCase(Locale.ROOT) + "@acme-sim.example",
                    p[0], p[1], p[2], p[3], Json.ts(added),
                    active || p[3].equals("DEACTIVATED") ? Json.ts(epoch.minus(i + 1, ChronoUnit.HOURS)) : null,
                    p[3].equals("DEACTIVATED") ? Json.ts(epoch.minus(20, ChronoUnit.DAYS)) : null,
                    s.teamId, s.partnerId, p[3].equals("PENDING") ? null : Json.uuid(r),
                    "+1415555" + String.format("%04d", 1000 + i)));
        }
        s.currentMemberId = s.members.get(0).memberId();
        s.authMethods.add(Json.map("id", Json.uuid(r), "type", "USERPASS", "sso_provider_id", null));
        s.authMethods.add(Json.map("id", Json.uuid(r), "type", "SSO", "sso_provider_id", "okta-sim"));
        s.serviceUsers.add(Json.map("id", Json.uuid(r), "name", "ERP integration", "status", "ACTIVE",
                "created_at", Json.ts(epoch.minus(100, ChronoUnit.DAYS))));
    }

    /** Three OPEN pockets with cash, T-bill holdings and one portal each. */
    private void pockets() {
        String[] names = {"Operating", "Reserve", "Payroll"};
        String[] strategies = {"UST-4W", "UST-13W", "UST-26W"};
        for (int i = 0; i < names.length; i++) {
            String id = Json.uuid(r);
            String created = Json.ts(epoch.minus(190 - i, ChronoUnit.DAYS));
            s.pockets.put(id, Pocket.open(id, names[i], strategies[i], s.customerId, created,
                    Json.ts(epoch.minus(1, ChronoUnit.DAYS))));
            s.cash.put(id, 100_000_000L + (long) r.nextInt(400_000_000));
            List<Holding> h = new ArrayList<>();
            for (int j = 0; j < 3; j++) {
                LocalDate maturity = LocalDate.ofInstant(epoch, ZoneOffset.UTC).plusDays(7 + j * 28L + r.nextInt(7));
                h.add(new Holding(cusip(r), maturity.toString(), 50_000_000L + r.nextInt(200_000_000)));
            }
            s.holdings.put(id, h);
            s.addPortal(Json.uuid(r), names[i] + " deposits", id, created, r);
        }
        pocketIds = new ArrayList<>(s.pockets.keySet());
    }

    /** Counterparties: every type x status. */
    private void counterparties() {
        String[] cpTypes = {"ach", "wire", "international_wire", "on_us"};
        String[] cpStatuses = {"LINKED", "PENDING", "UNLINKED"};
        String[] companies = {"Globex", "Initech", "Umbrella", "Stark", "Wayne", "Wonka", "Tyrell", "Cyberdyne",
                "Soylent", "Hooli", "Vandelay", "Pied Piper"};
        int ci = 0;
        for (String type : cpTypes) {
            for (String status : cpStatuses) {
                String created = Json.ts(epoch.minus(150 - ci * 3L, ChronoUnit.DAYS));
                Counterparty cp = new Counterparty(Json.uuid(r), type, status, ci % 4 == 3
                        ? Json.map("type", "individual", "first_name", "Jane", "last_name", companies[ci])
                        : Json.map("type", "business", "business_name", companies[ci] + " LLC"),
                        type.equals("on_us") || type.equals("international_wire") ? null : "0260" + (10000 + r.nextInt(89999)),
                        "****" + String.format("%04d", r.nextInt(10000)), "IBAN", "DEUTDEFF",
                        Json.map("street_address", (100 + ci) + " Market St", "street_address2", null,
                                "city", "New York", "postal_code", "10001", "state", "NY",
                                "country", type.equals("international_wire") ? "DE" : "US"),
                        status.equals("LINKED") ? "pre_verified" : "unverified", created, created);
                s.counterparties.put(cp.id(), cp);
                ci++;
            }
        }
    }

    /** Transactions: 10,800 over ~6 months before the epoch, every type. */
    private void transactions() {
        String[] txTypes = {"ACH", "WIRE", "CARD", "ON_US", "FEE", "CREDIT", "GENERIC"};
        int[] weights = {30, 20, 25, 10, 5, 5, 5};
        int txCount = 10_800;
        List<Transaction> txs = new ArrayList<>(txCount);
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
            long secondsAgo = 1 + (long) (r.nextDouble() * SPAN);
            Instant booked = epoch.minusSeconds(secondsAgo).minusNanos(r.nextInt(1_000_000) * 1000L);
            boolean settled = secondsAgo > 2 * 24 * 3600 || r.nextInt(4) != 0;
            long cents = type.equals("FEE") ? 100 + r.nextInt(5000) : 1_000 + (long) r.nextInt(2_500_000);
            String pocket = pocketIds.get(r.nextInt(pocketIds.size()));
            String id = Json.uuid(r);
            String wireId = type.equals("WIRE") ? Json.uuid(r) : null;
            String onUsId = type.equals("ON_US") ? Json.uuid(r) : null;
            txs.add(new Transaction(id, type, pocket, type + " " + direction.toLowerCase(Locale.ROOT) + " #" + i,
                    Transaction.title(type, direction), cents, direction, settled ? "SETTLED" : "BOOKED",
                    Json.ts(booked), settled ? Json.ts(booked.plus(6, ChronoUnit.HOURS)) : null, wireId, onUsId));
        }
        txs.sort(Store.BY_SORT_KEY);
        s.transactions.addAll(txs);
    }

    /** 300 trades. */
    private void trades() {
        String[] activities = {"BUY", "SELL", "MATURITY"};
        for (int i = 0; i < 300; i++) {
            Instant t = epoch.minusSeconds(1 + (long) (r.nextDouble() * SPAN));
            LocalDate book = LocalDate.ofInstant(t, ZoneOffset.UTC);
            boolean settled = t.isBefore(epoch.minus(2, ChronoUnit.DAYS));
            String activity = activities[r.nextInt(3)];
            s.trades.add(new Trade(Json.uuid(r), Json.ts(t), book.toString(), settled ? book.plusDays(1).toString() : null,
                    settled ? "SETTLED" : "BOOKED", pocketIds.get(r.nextInt(pocketIds.size())), activity, cusip(r),
                    book.plusWeeks(4 + r.nextInt(48)).toString(), 1_000_000L + r.nextInt(100_000_000)));
        }
        s.trades.sort(Store.BY_SORT_KEY);
    }

    /** 30 notifications. */
    private void notifications() {
        String[][] notes = {{"TRANSFER", "Transfer completed", "Your outgoing wire has been completed."},
                {"STATEMENT", "Statement available", "Your monthly statement is available."},
                {"SECURITY", "New login", "A new login to your account was detected."},
                {"TEAM", "Member invited", "A team member was invited."}};
        for (int i = 0; i < 30; i++) {
            String[] n = notes[r.nextInt(notes.length)];
            Instant t = epoch.minusSeconds(1 + (long) (r.nextDouble() * SPAN));
            s.notifications.add(new Notification(Json.uuid(r), n[1], n[2], i % 3 == 0 ? "UNREAD" : "READ", n[0], Json.ts(t)));
        }
        s.notifications.sort(Store.BY_SORT_KEY);
    }

    /** Statements: 6 months x pockets x {BANK, BROKERAGE}. */
    private void statements() {
        LocalDate month = LocalDate.ofInstant(epoch, ZoneOffset.UTC).withDayOfMonth(1);
        for (int mth = 6; mth >= 1; mth--) {
            LocalDate m = month.minusMonths(mth);
            String key = m.toString().substring(0, 7);
            for (String pocketId : pocketIds) {
                for (String type : new String[] {"BANK", "BROKERAGE"}) {
                    String id = Json.uuid(r);
                    String path = "/files/statements/" + id + ".pdf";
                    s.files.put(path, new Store.FileData("application/pdf", Store.fakePdf(type + " statement " + key)));
                    s.statements.add(new Statement(id, type, key, pocketId, path,
                            Json.ts(m.plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC).plus(3, ChronoUnit.HOURS))));
                }
            }
        }
        s.statements.sort(Store.BY_SORT_KEY);
    }

    /** 80 audit-log entries. */
    private void auditLogs() {
        String[] auditEvents = {"member.login", "member.invited", "member.role_changed", "transfer_request.created",
                "transfer_request.approved", "counterparty.created"};
        for (int i = 0; i < 80; i++) {
            TeamMember actor = s.members.get(r.nextInt(4));
            Instant t = epoch.minusSeconds(1 + (long) (r.nextDouble() * SPAN));
            s.auditLogs.add(new AuditLogEntry(Json.uuid(r), actor.email(), auditEvents[r.nextInt(auditEvents.length)],
                    actor.memberId(), "203.0.113." + r.nextInt(255), s.teamId, Json.ts(t)));
        }
        s.auditLogs.sort(Store.BY_SORT_KEY);
    }

    /** Historical incoming wires and their events. */
    private void incomingWires() {
        Counterparty linkedWire = s.counterparties.values().stream()
                .filter(c -> "wire".equals(c.type()) && "LINKED".equals(c.status())).findFirst().orElseThrow();
        for (int i = 0; i < 8; i++) {
            Instant t = epoch.minus(8 - i, ChronoUnit.DAYS).minus(r.nextInt(3600), ChronoUnit.SECONDS);
            String wireId = Json.uuid(r);
            String pocket = pocketIds.get(i % pocketIds.size());
            long cents = 10_000_000L + r.nextInt(90_000_000);
            s.wires.put(wireId, new Wire(wireId, pocket, "INCOMING", "SUCCESS", cents, linkedWire.id(), Json.ts(t),
                    Json.ts(t), null));
            if (i >= 3) {
                s.events.add(new Event(Json.uuid(r), "transfers.wire.in.success", Json.ts(t),
                        Json.map("wire_id", wireId, "pocket_id", pocket, "amount_usdc", cents), s.customerId));
            }
        }
        s.events.sort(Store.BY_SORT_KEY);
        s.lastEventTs = s.events.isEmpty() ? "" : s.events.get(s.events.size() - 1).timestamp();
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
