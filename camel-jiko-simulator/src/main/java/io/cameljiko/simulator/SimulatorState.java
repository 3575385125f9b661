package io.cameljiko.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Read-only views of the simulator's state for test assertions. Every method returns a detached copy
 * (JSON-shaped maps: the same field names as the API), taken under the state lock.
 */
public final class SimulatorState {
    /** An uploaded document. */
    public record StoredDocument(String documentId, String documentType, String contentType, byte[] bytes) { }

    private final Store s;

    SimulatorState(Store store) {
        this.s = store;
    }

    public String customerId() {
        synchronized (s) {
            return s.customerId;
        }
    }

    public String teamId() {
        synchronized (s) {
            return s.teamId;
        }
    }

    /** Pocket ids in creation order. */
    public List<String> pocketIds() {
        synchronized (s) {
            return List.copyOf(s.pockets.keySet());
        }
    }

    /** Cash of a pocket in cents. */
    public long pocketCashCents(String pocketId) {
        synchronized (s) {
            Long c = s.cash.get(pocketId);
            if (c == null) {
                throw new IllegalArgumentException("unknown pocket " + pocketId);
            }
            return c;
        }
    }

    /** Sets the cash of a pocket (in cents), e.g. to provoke an insufficient-funds rejection. */
    public void setPocketCashCents(String pocketId, long cents) {
        synchronized (s) {
            if (!s.cash.containsKey(pocketId)) {
                throw new IllegalArgumentException("unknown pocket " + pocketId);
            }
            s.cash.put(pocketId, cents);
        }
    }

    public List<Map<String, Object>> pockets() {
        synchronized (s) {
            return Json.copyList(s.pockets.values().stream().map(Pocket::json).toList());
        }
    }

    public int transactionCount() {
        synchronized (s) {
            return s.transactions.size();
        }
    }

    /** Transactions ascending by (time_booked, id). */
    public List<Map<String, Object>> transactions() {
        synchronized (s) {
            return Json.copyList(s.transactions.stream().map(Transaction::json).toList());
        }
    }

    public List<Map<String, Object>> counterparties() {
        synchronized (s) {
            return Json.copyList(s.counterparties.values().stream().map(Counterparty::json).toList());
        }
    }

    /** Transfer requests as the API renders them (without wire_id/on_us_id extras). */
    public List<Map<String, Object>> transfers() {
        synchronized (s) {
            return Json.copyList(s.transfers.values().stream().map(TransferRequest::json).toList());
        }
    }

    /** Event envelopes ascending by (timestamp, event_id). */
    public List<Map<String, Object>> events() {
        synchronized (s) {
            return Json.copyList(s.events.stream().map(Event::json).toList());
        }
    }

    /** Delivery attempts recorded for one event. */
    public List<Map<String, Object>> deliveryAttempts(String eventId) {
        synchronized (s) {
            for (Event e : s.events) {
                if (e.eventId().equals(eventId)) {
                    return Json.copyList(e.attempts().stream().map(Event.DeliveryAttempt::json).toList());
                }
            }
            return List.of();
        }
    }

    public List<Map<String, Object>> subscriptions() {
        synchronized (s) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Subscription sub : s.subscriptions.values()) {
                Map<String, Object> json = sub.json();
                json.put("created_at", sub.createdAt());
                out.add(json);
            }
            return Json.copyList(out);
        }
    }

    public List<Map<String, Object>> wires() {
        synchronized (s) {
            return Json.copyList(s.wires.values().stream().map(Wire::json).toList());
        }
    }

    public List<Map<String, Object>> reportRequests() {
        synchronized (s) {
            return Json.copyList(s.reports.stream().map(Report::json).toList());
        }
    }

    public List<Map<String, Object>> teamMembers() {
        synchronized (s) {
            return Json.copyList(s.members.stream().map(TeamMember::json).toList());
        }
    }

    public List<Map<String, Object>> portals() {
        synchronized (s) {
            return Json.copyList(s.portals.stream().map(Portal::json).toList());
        }
    }

    public List<StoredDocument> documents() {
        synchronized (s) {
            List<StoredDocument> out = new ArrayList<>();
            s.documents.values().forEach(d -> out.add(new StoredDocument(d.documentId(), d.documentType(),
                    d.contentType(), d.bytes().clone())));
            return Collections.unmodifiableList(out);
        }
    }
}
