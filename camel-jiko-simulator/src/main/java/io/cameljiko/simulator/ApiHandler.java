package io.cameljiko.simulator;

import io.cameljiko.simulator.Http.Req;
import io.cameljiko.simulator.Http.Resp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** What every handler group shares: the store and the helpers for paging, filtering and path parameters. */
abstract class ApiHandler {
    protected final Store s;

    ApiHandler(Store store) {
        this.s = store;
    }

    /** One page of stored items (already in listing order), each answered as its JSON. */
    protected static <T extends Item> Resp page(Req req, List<T> ordered, boolean desc) {
        return page(req, ordered, desc, Item::json);
    }

    protected static <T extends Item> Resp page(Req req, List<T> ordered, boolean desc, Function<? super T, Object> render) {
        Params p = req.params();
        int limit = p.limit();
        String cursor = p.cursor();
        p.done();
        return Resp.ok(Paging.page(ordered, Item::sortKey, desc, cursor, limit, render));
    }

    protected static <T> List<T> filter(List<T> all, Predicate<? super T> keep) {
        List<T> out = new ArrayList<>();
        for (T m : all) {
            if (keep.test(m)) {
                out.add(m);
            }
        }
        return out;
    }

    protected String uuidPath(Req req, int i, String name) {
        String v = req.param(i);
        if (!Params.isUuid(v)) {
            throw ApiError.validation(List.of("path", name), "Input should be a valid UUID, invalid character or length",
                    "uuid_parsing", v);
        }
        return Params.normalizeUuid(v);
    }

    /** The stored item with the id in path parameter {@code i} (named {@code name} in a 422), else 404. */
    protected <T> T found(Map<String, T> stored, Req req, int i, String name) {
        T item = stored.get(uuidPath(req, i, name));
        if (item == null) {
            throw ApiError.notFound();
        }
        return item;
    }

    protected Pocket pocket(Req req, int i) {
        return found(s.pockets, req, i, "pocket_id");
    }
}
