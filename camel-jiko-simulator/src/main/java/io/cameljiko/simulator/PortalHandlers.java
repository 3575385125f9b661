package io.cameljiko.simulator;

import io.cameljiko.simulator.Http.Req;
import io.cameljiko.simulator.Http.Resp;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Portals of a pocket and their funding instructions. */
final class PortalHandlers extends ApiHandler {
    PortalHandlers(Store store) {
        super(store);
    }

    private Map<String, Object> portal(Req req) {
        Map<String, Object> pocket = pocket(req, 0);
        String id = uuidPath(req, 1, "portal_id");
        return s.portals.stream().filter(x -> id.equals(x.get("id")) && pocket.get("id").equals(x.get("pocket_id")))
                .findFirst().orElseThrow(ApiError::notFound);
    }

    Resp listPocketPortals(Req req) {
        Map<String, Object> pocket = pocket(req, 0);
        return page(req, filter(s.portals, x -> pocket.get("id").equals(x.get("pocket_id"))), false, m -> m);
    }

    Resp listPortals(Req req) {
        return page(req, s.portals, false, m -> m);
    }

    Resp createPortal(Req req) {
        Map<String, Object> pocket = pocket(req, 0);
        Body b = Body.parse(req.body());
        String name = b.nonEmpty(b.root, List.of(), "name", true);
        b.done();
        Map<String, Object> portal = s.newPortal(Json.randomUuid(), name, (String) pocket.get("id"), s.now());
        Store.insertSorted(s.portals, portal);
        s.fundingInstructions.put((String) portal.get("id"), s.fundingFor(portal, new java.util.Random()));
        return Resp.json(201, portal);
    }

    Resp funding(Req req) {
        Map<String, Object> portal = portal(req);
        return Resp.ok(s.fundingInstructions.get((String) portal.get("id")));
    }

    Resp updatePortal(Req req) {
        Map<String, Object> portal = portal(req);
        Body b = Body.parse(req.body());
        String name = b.nonEmpty(b.root, List.of(), "name", false);
        String status = b.enumValue(b.root, List.of(), "status", false, Set.of("CLOSED"));
        b.done();
        if ("CLOSED".equals(portal.get("status")) && name != null) {
            throw ApiError.validation(List.of("body", "name"), "A closed portal cannot be renamed", "value_error", name);
        }
        if (name != null) {
            portal.put("name", name);
        }
        if (status != null) {
            portal.put("status", status);
        }
        return Resp.noContent();
    }
}
