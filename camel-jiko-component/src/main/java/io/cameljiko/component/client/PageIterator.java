package io.cameljiko.component.client;

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every item of every page of a list, fetched one page at a time as the caller advances: only the
 * current page is held, so a 10,000-page listing costs one page of memory. Works with
 * {@code split(body()).streaming()}.
 */
public final class PageIterator implements Iterator<Object>, Closeable {

    private final Function<String, JsonNode> fetchPage;
    private final Function<JsonNode, Object> convertItem;
    private JsonNode items;
    private int index;
    private String nextCursor;
    private int pagesRead;

    /**
     * @param firstPage   the first page, already fetched (so errors surface in the producer)
     * @param fetchPage   reads the page at a cursor
     * @param convertItem turns one item into the message body type
     */
    public PageIterator(JsonNode firstPage, Function<String, JsonNode> fetchPage, Function<JsonNode, Object> convertItem) {
        this.fetchPage = fetchPage;
        this.convertItem = convertItem;
        accept(firstPage, null);
    }

    private void accept(JsonNode page, String cursor) {
        pagesRead++;
        items = page.path("items");
        index = 0;
        nextCursor = nextCursor(page, cursor);
    }

    /**
     * The page's next_page, or null on the last page. An empty page whose next_page is the cursor it was read
     * with would be read forever: that fails instead.
     */
    public static String nextCursor(JsonNode page, String cursor) {
        JsonNode next = page.get("next_page");
        String nextCursor = next == null || next.isNull() || next.asText().isBlank() ? null : next.asText();
        if (nextCursor != null && nextCursor.equals(cursor) && page.path("items").isEmpty()) {
            throw new IllegalStateException("Jiko returned an empty page whose next_page is its own cursor");
        }
        return nextCursor;
    }

    @Override
    public boolean hasNext() {
        while (index >= items.size()) {
            if (nextCursor == null) {
                return false;
            }
            String cursor = nextCursor;
            items = null; // let the finished page go before the next one arrives
            accept(fetchPage.apply(cursor), cursor);
        }
        return true;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return convertItem.apply(items.get(index++));
    }

    public int pagesRead() {
        return pagesRead;
    }

    @Override
    public void close() {
        items = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        nextCursor = null;
    }
}
