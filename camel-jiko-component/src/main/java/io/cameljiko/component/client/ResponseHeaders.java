package io.cameljiko.component.client;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The headers of an answer, as read from the client's own array: a handful per answer, so a lookup is a scan
 * (names compared without case) rather than a map built for every response.
 */
public final class ResponseHeaders {

    public static final ResponseHeaders NONE = new ResponseHeaders(new String[0], new String[0]);

    private final String[] names;
    private final String[] values;

    private ResponseHeaders(String[] names, String[] values) {
        this.names = names;
        this.values = values;
    }

    /** Name/value pairs in the order received; the arrays are kept, not copied. */
    static ResponseHeaders ofArrays(String[] names, String[] values) {
        return new ResponseHeaders(names, values);
    }

    public static ResponseHeaders of(Map<String, List<String>> headers) {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        headers.forEach((name, list) -> list.forEach(value -> {
            names.add(name);
            values.add(value);
        }));
        return new ResponseHeaders(names.toArray(String[]::new), values.toArray(String[]::new));
    }

    public static ResponseHeaders of(HttpHeaders headers) {
        return of(headers.map());
    }

    /** An HTTP date (RFC 1123, e.g. {@code Tue, 01 Dec 2026 12:00:00 GMT}) as an instant, or null when it is not one. */
    public static java.time.Instant httpDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return java.time.ZonedDateTime.parse(value.trim(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The first value of {@code name} (any case), or null. */
    public String first(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return values[i];
            }
        }
        return null;
    }

    /** The first value of {@code name} as a whole number; empty when absent or not a number (nothing to go by). */
    public OptionalLong firstLong(String name) {
        String value = first(name);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public String toString() {
        return "ResponseHeaders" + List.of(names); // names only: values may carry what is not ours to log
    }
}
