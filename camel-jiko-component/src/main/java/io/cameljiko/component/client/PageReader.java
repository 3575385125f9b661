package io.cameljiko.component.client;

import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one place a cursor page of a Jiko listing is read: where its cursors are ({@code next_page},
 * {@code prev_page}), when a listing ends, and the walk from page to page that the paginator, both consumer
 * trackers and the webhook registration share.
 */
public final class PageReader {

    public static final String ITEMS = "items";
    public static final String NEXT_PAGE = "next_page";
    public static final String PREV_PAGE = "prev_page";

    private PageReader() {
    }

    /** A cursor of a page ({@link #NEXT_PAGE} or {@link #PREV_PAGE}), or null when absent, null or blank. */
    public static String cursor(JsonNode page, String field) {
        JsonNode node = page.get(field);
        return node == null || node.isNull() ? null : cursor(node.asText());
    }

    /** A cursor as a page gave it, or null when absent or blank: the listing ends there. */
    public static String cursor(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Fails when an empty page read at {@code cursor} points at that same cursor again. */
    static void requireProgress(String cursor, String next, boolean empty) {
        if (next != null && next.equals(cursor) && empty) {
            throw new IllegalStateException("Jiko returned an empty page whose next_page is its own cursor");
        }
    }

    /**
     * Reads the first page ({@code read} gets a null cursor), hands it to {@code onPage}, and follows next_page while
     * {@code onPage} answers true and there is one.
     */
    public static void walk(Function<String, JsonNode> read, Predicate<JsonNode> onPage) {
        walk(read, page -> cursor(page, NEXT_PAGE), page -> page.path(ITEMS).isEmpty(), onPage);
    }

    /**
     * The same walk over pages of any form (JSON trees, or items already read into models): {@code next} gives a
     * page's next_page (null or blank at the end), {@code empty} whether it holds no item.
     */
    public static <P> void walk(Function<String, P> read, Function<P, String> next, Predicate<P> empty, Predicate<P> onPage) {
        walk(null, read, next, empty, onPage);
    }

    /** The same walk from the page at {@code first} (null: the listing's first page), e.g. where a poll stopped. */
    public static <P> void walk(String first, Function<String, P> read, Function<P, String> next, Predicate<P> empty,
                                Predicate<P> onPage) {
        String cursor = first;
        do {
            P page = read.apply(cursor);
            if (!onPage.test(page)) {
                return;
            }
            String following = cursor(next.apply(page));
            requireProgress(cursor, following, empty.test(page));
            cursor = following;
        } while (cursor != null);
    }
}
