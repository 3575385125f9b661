package io.cameljiko.component.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.cameljiko.component.model.JikoTime;

/** Validates one parameter value and writes it the way the API expects; messages name the option. */
public final class ParameterValues {

    private static final Pattern UUID_PATTERN = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    /** Always with seconds: OffsetDateTime.toString() drops zero seconds. */
    private static final java.time.format.DateTimeFormatter ISO = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ParameterValues() {
    }

    /** A canonical UUID (8-4-4-4-12 hex digits); UUID.fromString accepts odd short forms, this does not. */
    public static boolean isUuid(String text) {
        return text != null && UUID_PATTERN.matcher(text).matches();
    }

    /** The value(s) as strings, validated; empty when the value is null or blank. */
    public static List<String> format(Operation operation, Param param, Object value) {
        List<String> out = new ArrayList<>();
        for (Object single : split(param, value)) {
            out.add(formatOne(operation, param, single));
        }
        if (!param.multiValued() && out.size() > 1) {
            throw invalid(operation, param, String.valueOf(value), "takes one value");
        }
        return out;
    }

    private static List<Object> split(Param param, Object value) {
        List<Object> values = new ArrayList<>();
        if (value == null) {
            return values;
        }
        if (value instanceof Collection<?> c) {
            values.addAll(c);
        } else if (value instanceof Object[] a) {
            values.addAll(List.of(a));
        } else if (value instanceof String s && param.multiValued()) {
            for (String part : s.split(",")) {
                values.add(part);
            }
        } else {
            values.add(value);
        }
        values.removeIf(v -> v == null || v.toString().isBlank());
        return values;
    }

    private static String formatOne(Operation operation, Param param, Object value) {
        String text = value.toString().trim();
        return switch (param.type()) {
            case STRING -> text;
            case UUID -> {
                if (!isUuid(text)) {
                    throw invalid(operation, param, text, "is not a UUID");
                }
                yield text.toLowerCase(Locale.ROOT);
            }
            case DATE_TIME -> formatDateTime(operation, param, value, text);
            case DATE -> {
                if (value instanceof LocalDate d) {
                    yield d.toString();
                }
                try {
                    yield LocalDate.parse(text).toString();
                } catch (DateTimeParseException e) {
                    throw invalid(operation, param, text, "is not an ISO-8601 date (yyyy-MM-dd)");
                }
            }
            case INTEGER -> {
                long n;
                try {
                    n = Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw invalid(operation, param, text, "is not an integer");
                }
                if ((param.min() != null && n < param.min()) || (param.max() != null && n > param.max())) {
                    throw invalid(operation, param, text, "is out of range " + param.min() + ".." + param.max());
                }
                yield Long.toString(n);
            }
            case ENUM -> param.allowed().stream().filter(a -> a.equalsIgnoreCase(text)).findFirst()
                    .orElseThrow(() -> invalid(operation, param, text, "is not allowed"));
        };
    }

    private static String formatDateTime(Operation operation, Param param, Object value, String text) {
        if (value instanceof Instant i) {
            return i.toString();
        }
        if (value instanceof OffsetDateTime o) {
            return ISO.format(o);
        }
        if (value instanceof ZonedDateTime z) {
            return ISO.format(z);
        }
        if (value instanceof Date d) {
            return d.toInstant().toString();
        }
        String utc = canonicalUtc(text);
        if (utc != null) {
            return utc;
        }
        try {
            return ISO.format(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            throw invalid(operation, param, text, "is not an ISO-8601 date-time with offset (e.g. 2026-01-30T16:09:35Z)");
        }
    }

    /**
     * What {@code ISO.format(OffsetDateTime.parse(text))} gives for a valid {@code yyyy-MM-ddTHH:mm:ss[.digits]Z}
     * (a consumer's time bound, sent with every page it reads), without the parser and formatter: the same text with
     * the fraction's trailing zeros dropped. Null for any other text, which takes the general path.
     */
    static String canonicalUtc(String text) {
        int n = text.length();
        if (n < 20 || text.charAt(n - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
            || text.charAt(13) != ':' || text.charAt(16) != ':' || (n > 20 && (text.charAt(19) != '.' || n == 21))) {
            return null;
        }
        for (int i = 0; i < n - 1; i++) {
            boolean separator = i == 4 || i == 7 || i == 10 || i == 13 || i == 16 || i == 19;
            char c = text.charAt(i);
            if (!separator && (c < '0' || c > '9')) {
                return null;
            }
        }
        if (n - 21 > 9) {
            return null;
        }
        try {
            JikoTime.parseInstant(text); // the date and the fields in range, as the strict parser checks them
        } catch (java.time.DateTimeException e) {
            return null;
        }
        int end = n - 1;
        while (end > 19 && text.charAt(end - 1) == '0') {
            end--;
        }
        if (end == 20) {
            end = 19; // a fraction of zeros: none at all
        }
        return end == n - 1 ? text : text.substring(0, end) + "Z";
    }

    static IllegalArgumentException invalid(Operation operation, Param param, String value, String problem) {
        String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return new IllegalArgumentException("Option " + param.optionName() + " (header "
                                            + Param.headerOf(param.optionName())
                                            + ") of " + operation.name() + ": '" + shown + "' " + problem
                                            + "; expected " + param.describeType());
    }
}
