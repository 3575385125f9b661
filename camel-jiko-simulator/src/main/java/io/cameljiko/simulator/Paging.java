package io.cameljiko.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keyset pagination. The list given is already in output order and every item has a unique key that is
 * strictly increasing (ascending) or strictly decreasing (descending) along the list. A cursor remembers the
 * key of the last (or first) item of a page, so items appended later never shift pages already handed out.
 */
final class Paging {
    private Paging() {
    }

    static <T> Map<String, Object> page(List<T> ordered, Function<? super T, String> key, boolean descending, String cursor,
                                        int limit, Function<? super T, Object> render) {
        String dir = null;
        String ck = null;
        if (cursor != null && !cursor.isEmpty()) {
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                if (decoded.length() < 2 || decoded.charAt(1) != ':' || (decoded.charAt(0) != 'n' && decoded.charAt(0) != 'p')) {
                    throw new IllegalArgumentException();
                }
                dir = decoded.substring(0, 1);
                ck = decoded.substring(2);
            } catch (IllegalArgumentException e) {
                throw ApiError.validation(List.of("query", "cursor"), "Invalid cursor", "value_error", cursor);
            }
        }
        int n = ordered.size();
        int from;
        int to;
        if (ck == null) {
            from = 0;
            to = Math.min(n, limit);
        } else if (dir.equals("n")) {
            from = firstAfter(ordered, key, descending, ck);
            to = Math.min(n, from + limit);
        } else {
            to = firstAfter(ordered, key, descending, ck);
            // items strictly before ck end at index "to" (exclusive), unless ck itself is present
            if (to > 0 && key.apply(ordered.get(to - 1)).equals(ck)) {
                to--;
            }
            from = Math.max(0, to - limit);
        }
        List<Object> items = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            items.add(render.apply(ordered.get(i)));
        }
        String next = null;
        String prev = null;
        if (to < n && to > from) {
            next = encode("n", key.apply(ordered.get(to - 1)));
        }
        if (from > 0 && from < n) {
            prev = encode("p", key.apply(ordered.get(from)));
        }
        Map<String, Object> out = Json.map("prev_page", prev, "next_page", next, "items", items);
        out.put("object_type", "CursorList");
        return out;
    }

    private static <T> int firstAfter(List<T> ordered, Function<? super T, String> key, boolean descending, String ck) {
        int lo = 0;
        int hi = ordered.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = key.apply(ordered.get(mid)).compareTo(ck);
            boolean after = descending ? c < 0 : c > 0;
            if (after) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static String encode(String dir, String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((dir + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
