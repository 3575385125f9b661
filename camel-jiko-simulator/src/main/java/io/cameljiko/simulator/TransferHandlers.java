package io.cameljiko.simulator;

import io.cameljiko.simulator.Http.Req;
import io.cameljiko.simulator.Http.Resp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Transfer requests and wires; the life cycle itself is in TransferService. */
final class TransferHandlers extends ApiHandler {
    static final Set<String> STATUSES = Set.of("PENDING_APPROVAL", "APPROVED", "PROCESSING", "SUCCESS",
            "REJECTED", "CANCELLED");

    private final TransferService lifecycle;

    TransferHandlers(Store store, TransferService lifecycle) {
        super(store);
        this.lifecycle = lifecycle;
    }

    Resp createTransfer(Req req) {
        Body b = Body.parse(req.body());
        Map<String, Object> in = b.root;
        Map<String, Object> t = b.obj(in, List.of(), "transfer", true);
        List<Object> reviewers = b.list(in, List.of(), "reviewers", false);
        if (t == null) {
            b.done();
        }
        List<Object> loc = List.of("transfer");
        String id = b.uuid(t, loc, "id", true);
        if (id != null && s.transfers.containsKey(id)) {
            return Resp.ok(s.transfers.get(id).answer());
        }
        String type = b.enumValue(t, loc, "type", true, Set.of("ON_US", "WIRE", "USDC"));
        String origin = b.uuid(t, loc, "origin_pocket_id", true);
        Map<String, Object> amount = b.obj(t, loc, "amount", true);
        if (amount != null) {
            b.enumValue(amount, List.of("transfer", "amount"), "type", true, Set.of("REQUESTED_AMOUNT"));
            Long cents = b.integer(amount, List.of("transfer", "amount"), "amount_usdc", true);
            if (cents != null && cents <= 0) {
                b.err(List.of("transfer", "amount", "amount_usdc"), "Input should be greater than 0", "greater_than", cents);
            }
        }
        b.str(t, loc, "description", false);
        if (origin != null && !s.pockets.containsKey(origin)) {
            b.err(List.of("transfer", "origin_pocket_id"), "Pocket not found", "value_error", origin);
        }
        if ("ON_US".equals(type)) {
            Map<String, Object> d = b.obj(t, loc, "details", true);
            List<Object> dloc = List.of("transfer", "details");
            String dtype = d == null ? null : b.enumValue(d, dloc, "type", true, Set.of("INTERNAL_REALLOCATION", "PEER_TO_PEER"));
            if ("INTERNAL_REALLOCATION".equals(dtype)) {
                String dest = b.uuid(d, dloc, "destination_pocket_id", true);
                if (dest != null && !s.pockets.containsKey(dest)) {
                    b.err(List.of("transfer", "details", "destination_pocket_id"), "Pocket not found", "value_error", dest);
                } else if (dest != null && dest.equals(origin)) {
                    b.err(List.of("transfer", "details", "destination_pocket_id"), "Destination must differ from origin", "value_error", dest);
                }
                b.enumValue(d, dloc, "transfer_type", false, Set.of("BANK_TRANSFER", "SECURITY_TRANSFER"));
            } else if ("PEER_TO_PEER".equals(dtype)) {
                String cp = b.uuid(d, dloc, "destination_counterparty_id", true);
                if (cp != null && !s.counterparties.containsKey(cp)) {
                    b.err(List.of("transfer", "details", "destination_counterparty_id"), "Counterparty not found", "value_error", cp);
                }
            }
        } else if (type != null) {
            String cp = b.uuid(t, loc, "counterparty_id", true);
            if (cp != null && !s.counterparties.containsKey(cp)) {
                b.err(List.of("transfer", "counterparty_id"), "Counterparty not found", "value_error", cp);
            }
        }
        b.done();
        String now = s.now();
        Map<String, Object> sent = new LinkedHashMap<>(t);
        sent.put("id", id);
        TransferRequest created = TransferRequest.pending(id, sent, reviewers == null ? new ArrayList<>() : reviewers, now);
        s.transfers.put(id, created);
        return Resp.json(201, created.answer());
    }

    private TransferRequest transfer(Req req) {
        String id = uuidPath(req, 0, "transfer_id");
        TransferRequest t = s.transfers.get(id);
        if (t == null) {
            String alias = s.transferAliases.get(id);
            t = alias == null ? null : s.transfers.get(alias);
        }
        if (t == null) {
            throw ApiError.notFound();
        }
        return t;
    }

    Resp getTransfer(Req req) {
        return Resp.ok(transfer(req).answer());
    }

    Resp listTransfers(Req req) {
        Params p = req.params();
        List<String> statuses = p.enumValues("status", STATUSES);
        p.done();
        List<TransferRequest> rows = filter(new ArrayList<>(s.transfers.values()),
                t -> statuses.isEmpty() || statuses.contains(t.status()));
        rows.sort(Store.BY_SORT_KEY);
        return page(req, rows, false, TransferRequest::answer);
    }

    Resp approveTransfer(Req req) {
        return Resp.ok(lifecycle.approve(transfer(req)).answer());
    }

    Resp cancelTransfer(Req req) {
        return Resp.ok(lifecycle.cancel(transfer(req)).answer());
    }

    Resp listWires(Req req) {
        Params p = req.params();
        String pocket = p.uuid("pocket_id");
        String direction = p.enumValue("direction", Set.of("INCOMING", "OUTGOING"));
        p.done();
        List<Wire> rows = filter(new ArrayList<>(s.wires.values()),
                m -> (pocket == null || pocket.equals(m.pocketId())) && (direction == null || direction.equals(m.direction())));
        rows.sort(Store.BY_SORT_KEY);
        return page(req, rows, false);
    }

    Resp getWire(Req req) {
        return Resp.ok(found(s.wires, req, 0, "wire_id").json());
    }
}
