package io.cameljiko.simulator;

import java.time.Duration;
import java.time.Instant;
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
    static final Comparator<Item> BY_SORT_KEY = Comparator.comparing(Item::sortKey);

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
    String customerName;
    /** Fixed JSON objects, answered as they are (nothing reads or changes their fields). */
    Map<String, Object> customer;
    Agreement agreement;
    final List<TeamMember> members = new ArrayList<>();
    final List<Map<String, Object>> serviceUsers = new ArrayList<>();
    final List<Map<String, Object>> authMethods = new ArrayList<>();
    final LinkedHashMap<String, Pocket> pockets = new LinkedHashMap<>();
    final Map<String, Long> cash = new HashMap<>();
    final Map<String, List<Holding>> holdings = new HashMap<>();
    final List<Portal> portals = new ArrayList<>();
    final Map<String, Portal.FundingInstructions> fundingInstructions = new HashMap<>();
    final LinkedHashMap<String, Counterparty> counterparties = new LinkedHashMap<>();
    final List<Transaction> transactions = new ArrayList<>();
    final List<Trade> trades = new ArrayList<>();
    final List<Notification> notifications = new ArrayList<>();
    final List<Statement> statements = new ArrayList<>();
    final List<AuditLogEntry> auditLogs = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final LinkedHashMap<String, Subscription> subscriptions = new LinkedHashMap<>();
    final List<Report> reports = new ArrayList<>();
    final LinkedHashMap<String, TransferRequest> transfers = new LinkedHashMap<>();
    final Map<String, String> transferAliases = new HashMap<>();
    final LinkedHashMap<String, Wire> wires = new LinkedHashMap<>();
    final LinkedHashMap<String, Document> documents = new LinkedHashMap<>();
    final Map<String, FileData> files = new HashMap<>();
    String lastEventTs = "";
    Consumer<Event> eventListener = e -> { };

    Store(long seed, Instant seedEpoch, SimulatorClock clock, Duration settleDelay) {
        this.seed = seed;
        this.seedEpoch = seedEpoch;
        this.clock = clock;
        this.settleDelay = settleDelay;
    }

    /** Inserts keeping the list sorted ascending by sort key. */
    static <T extends Item> void insert(List<T> list, T item) {
        String k = item.sortKey();
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).sortKey().compareTo(k) <= 0) {
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
    Event emit(String type, Map<String, Object> payload) {
        String ts = now();
        if (ts.compareTo(lastEventTs) <= 0) {
            Instant last = Instant.parse(lastEventTs);
            ts = Json.ts(last.plus(1, ChronoUnit.MICROS));
        }
        lastEventTs = ts;
        Event event = new Event(Json.randomUuid(), type, ts, payload, customerId);
        events.add(event);
        eventListener.accept(event);
        return event;
    }

    static byte[] fakePdf(String title) {
        String s = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% " + title + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** Adds a new OPEN portal to a pocket, with its funding instructions (account number drawn from {@code r}). */
    Portal addPortal(String id, String name, String pocketId, String created, Random r) {
        Portal portal = new Portal(id, name, "OPEN", pocketId, created);
        Store.insert(portals, portal);
        fundingInstructions.put(id, Portal.FundingInstructions.of(portal, customerName, r));
        return portal;
    }

    /** Replaces a stored portal by one with the same id. */
    void replace(Portal portal) {
        for (int i = 0; i < portals.size(); i++) {
            if (portals.get(i).id().equals(portal.id())) {
                portals.set(i, portal);
            }
        }
    }
}
