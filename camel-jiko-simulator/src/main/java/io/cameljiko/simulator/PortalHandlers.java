package io.cameljiko.simulator;

import io.cameljiko.simulator.Http.Req;
import io.cameljiko.simulator.Http.Resp;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Portals of a pocket and their funding instructions. */
final class PortalHandlers extends ApiHandler {
    PortalHandlers(Store store) {
        super(store);
    }

    private Portal portal(Req req) {
        Pocket pocket = pocket(req, 0);
        String id = uuidPath(req, 1, "portal_id");
        return s.portals.stream().filter(x -> id.equals(x.id()) && pocket.id().equals(x.pocketId()))
                .findFirst().orElseThrow(ApiError::notFound);
    }

    Resp listPocketPortals(Req req) {
        Pocket pocket = pocket(req, 0);
        return page(req, filter(s.portals, x -> pocket.id().equals(x.pocketId())), false);
    }

    Resp listPortals(Req req) {
        return page(req, s.portals, false);
    }

    Resp createPortal(Req req) {
        Pocket pocket = pocket(req, 0);
        Body b = Body.parse(req.body());
        String name = b.nonEmpty(b.root, List.of(), "name", true);
        b.done();
        Portal portal = s.addPortal(Json.randomUuid(), name, pocket.id(), s.now(), new Random());
        return Resp.json(201, portal.json());
    }

    Resp funding(Req req) {
        return Resp.ok(s.fundingInstructions.get(portal(req).id()).json());
    }

    Resp updatePortal(Req req) {
        Portal portal = portal(req);
        Body b = Body.parse(req.body());
        String name = b.nonEmpty(b.root, List.of(), "name", false);
        String status = b.enumValue(b.root, List.of(), "status", false, Set.of("CLOSED"));
        b.done();
        if ("CLOSED".equals(portal.status()) && name != null) {
            throw ApiError.validation(List.of("body", "name"), "A closed portal cannot be renamed", "value_error", name);
        }
        s.replace(portal.with(name, status));
        return Resp.noContent();
    }
}
