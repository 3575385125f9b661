package io.cameljiko.component.client;

import java.io.Closeable;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every item of every page of a list, fetched one page at a time as the caller advances: only the
 * current page is held, so a 10,000-page listing costs one page of memory. Works with
 * {@code split(body()).streaming()}.
 */
public final class PageIterator implements Iterator<Object>, Closeable {

    /** One page's items, already in the body type, and the cursor of the next page (null on the last). */
    public record Page(List<?> items, String nextPage) {
    }

    private final Function<String, Page> fetchPage;
    private List<?> items;
    private int index;
    private String nextCursor;
    private int pagesRead;

    /**
     * @param firstPage   the first page, already fetched (so errors surface in the producer)
     * @param fetchPage   reads the page at a cursor
     * @param convertItem turns one item into the message body type
     */
    public PageIterator(JsonNode firstPage, Function<String, JsonNode> fetchPage, Function<JsonNode, Object> convertItem) {
        this(page(firstPage, convertItem), cursor -> page(fetchPage.apply(cursor), convertItem));
    }

    /** Pages read straight into the body type (ResponseMapper.page): each item is converted once. */
    public PageIterator(Page firstPage, Function<String, Page> fetchPage) {
        this.fetchPage = fetchPage;
        accept(firstPage);
    }

    /** A page tree whose items are converted as the caller reaches them. */
    private static Page page(JsonNode tree, Function<JsonNode, Object> convertItem) {
        JsonNode items = tree.path(PageReader.ITEMS);
        List<Object> converted = new AbstractList<>() {
            @Override
            public Object get(int index) {
                return convertItem.apply(items.get(index));
            }

            @Override
            public int size() {
                return items.size();
            }
        };
        return new Page(converted, PageReader.cursor(tree, PageReader.NEXT_PAGE));
    }

    private void accept(Page page) {
        pagesRead++;
        items = page.items();
        index = 0;
        nextCursor = PageReader.cursor(page.nextPage());
    }

    @Override
    public boolean hasNext() {
        while (index >= items.size()) {
            if (nextCursor == null) {
                return false;
            }
            String cursor = nextCursor;
            items = null; // let the finished page go before the next one arrives
            accept(fetchPage.apply(cursor));
            PageReader.requireProgress(cursor, nextCursor, items.isEmpty());
        }
        return true;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return items.get(index++);
    }

    public int pagesRead() {
        return pagesRead;
    }

    @Override
    public void close() {
        items = List.of();
        nextCursor = null;
    }
}
