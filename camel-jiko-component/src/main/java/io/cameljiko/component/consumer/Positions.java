package io.cameljiko.component.consumer;

import java.util.stream.Collectors;
import java.util.TreeMap;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.Param;
import io.cameljiko.component.catalog.PollSpec;
import io.cameljiko.component.client.JikoOutputType;
import io.cameljiko.component.client.JikoResponse;
import io.cameljiko.component.client.PageIterator;
import io.cameljiko.component.client.RatePriority;
import io.cameljiko.component.client.RequestBuilder;
import io.cameljiko.component.client.ResponseMapper;
import io.cameljiko.component.error.JikoApiException;

/** What the polling consumer and the webhook reconciliation share: start positions, trackers and page reads. */
public final class Positions {

    private Positions() {
    }

    /** The startFrom option as an instant: now, an ISO-8601 instant, or null for beginning. */
    public static Instant start(String startFrom) {
        String value = startFrom == null ? "now" : startFrom.trim();
        if (value.equalsIgnoreCase("beginning")) {
            return null;
        }
        if (value.equalsIgnoreCase("now")) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Option startFrom: '" + value
                                               + "' is not now, beginning or an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
    }

    /** The position of a time-filtered listing (watermark, overlap, ids delivered near it), from its saved form. */
    public static PositionTracker incremental(PollSpec spec, Duration overlap, Predicate<JsonNode> filter, Instant start,
                                              String saved) {
        return new IncrementalTracker(spec, overlap, filter, start, saved);
    }

    /**
     * Reads one page of a polled listing through the endpoint's client (the one HTTP pipeline). The position and the
     * read order belong to the reader: a listing read newest first would let the early stop skip older items for good.
     */
    public static JsonNode readPage(PollSource source, Operation operation, String from, String cursor) {
        return ResponseMapper.tree(operation, send(source, operation, from, cursor));
    }

    /**
     * The pages of a consumer's polls: read straight into the operation's models when {@code keys} is given
     * (outputType=model), else as JSON trees; with the answer's Date header. The first page of a poll is sent as a
     * poll (it starts only when the rate budget allows), even when it is at a cursor where the last poll stopped.
     */
    static IncrementalTracker.ModelPageSource pages(PollSource source, Operation operation, ModelKeys keys) {
        return new IncrementalTracker.ModelPageSource() {
            @Override
            public PolledPage read(String from, String cursor) {
                return page(from, cursor, RatePriority.PAGING);
            }

            @Override
            public PolledPage first(String from, String cursor) {
                return page(from, cursor, RatePriority.POLL);
            }

            private PolledPage page(String from, String cursor, RatePriority priority) {
                JikoResponse response = send(source, operation, from, cursor, priority);
                String date = response.headers().first("Date");
                return keys != null ? modelPage(operation, keys, response, date)
                        : PolledPage.of(ResponseMapper.tree(operation, response), date);
            }
        };
    }

    /**
     * A page read straight into the operation's models (no JSON tree, then a second conversion per item). If an item
     * does not fit its model, the page is read as a tree instead and handled as before: an item whose instant is not
     * ISO-8601 is skipped by the tracker rather than failing every poll from then on.
     */
    private static PolledPage modelPage(Operation operation, ModelKeys keys, JikoResponse response, String date) {
        byte[] bytes = response.readAllBytes();
        try {
            PageIterator.Page page = ResponseMapper.page(operation, response.statusCode(), bytes, JikoOutputType.model);
            return new PolledPage(null, page.items(), keys, page.nextPage(), date);
        } catch (JikoApiException e) {
            return PolledPage.of(ResponseMapper.tree(operation, response.statusCode(), bytes), date);
        }
    }

    private static JikoResponse send(PollSource source, Operation operation, String from, String cursor) {
        return send(source, operation, from, cursor, cursor == null ? RatePriority.POLL : RatePriority.PAGING);
    }

    private static JikoResponse send(PollSource source, Operation operation, String from, String cursor,
                                     RatePriority priority) {
        PollSpec spec = operation.poll();
        // a poll starts only when the rate budget allows; once started, its later pages wait (bounded) so it can finish
        RequestBuilder request = RequestBuilder.of(operation, source.pollSettings().baseUrl()).options(source::option)
                .accept(spec.accept()).priority(priority);
        spec.defaults().forEach(request::with);
        if (cursor != null) {
            request.with("cursor", cursor);
        }
        if (spec.fromOption() != null) {
            request.with(spec.fromOption(), from);
        }
        return source.getClient().send(request.build());
    }

    /**
     * Operation plus its filters, e.g. {@code jiko:listTransactions[order:asc;pocket:8a0c…]}: two consumers with
     * different filters keep different positions. No '=' or line break, which FileStateRepository refuses.
     */
    public static String stateKey(PollSource endpoint, Operation operation) {
        PollSpec spec = operation.poll();
        Map<String, String> filters = new TreeMap<>();
        for (Param p : operation.params()) {
            if (p.optionName().equals("cursor") || p.optionName().equals("limit") || p.optionName().equals(spec.fromOption())) {
                continue;
            }
            Object value = endpoint.option(p.optionName());
            if (value != null && !value.toString().isBlank()) {
                filters.put(p.optionName(), value.toString());
            }
        }
        String eventTypes = endpoint.pollSettings().eventTypes();
        if (eventTypes != null) {
            filters.put("eventTypes", eventTypes);
        }
        String key = "jiko:" + operation.name() + (filters.isEmpty() ? "" : "[" + filters.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(";")) + "]");
        return key.replace("=", "%3D").replace("\n", " ").replace("\r", " ");
    }
}
