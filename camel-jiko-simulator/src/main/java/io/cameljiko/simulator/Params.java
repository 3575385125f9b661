package io.cameljiko.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Query-parameter access with FastAPI-like validation. Getters collect errors; {@link #done()} throws one 422
 * with all of them, so handlers call it before using the values.
 */
final class Params {
    private static final Pattern UUID_RE =
            Pattern.compile("^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$");

    private final Map<String, List<String>> query;
    private final List<Object> errors = new ArrayList<>();

    Params(Map<String, List<String>> query) {
        this.query = query;
    }

    String str(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** Repeated values of name[] and name, comma-separated values split. */
    List<String> list(String name) {
        List<String> out = new ArrayList<>();
        for (String key : new String[] {name + "[]", name}) {
            List<String> v = query.get(key);
            if (v != null) {
                for (String s : v) {
                    for (String part : s.split(",")) {
                        if (!part.isBlank()) {
                            out.add(part.trim());
                        }
                    }
                }
            }
        }
        return out;
    }

    private void err(String name, String msg, String type, Object input) {
        errors.add(ApiError.item(List.of("query", name), msg, type, input));
    }

    String uuid(String name) {
        String v = str(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        return checkUuid(name, v);
    }

    List<String> uuids(String name) {
        List<String> out = new ArrayList<>();
        for (String v : list(name)) {
            String u = checkUuid(name, v);
            if (u != null) {
                out.add(u);
            }
        }
        return out;
    }

    private String checkUuid(String name, String v) {
        if (!isUuid(v)) {
            err(name, "Input should be a valid UUID, invalid character or length", "uuid_parsing", v);
            return null;
        }
        return UUID.fromString(normalizeUuid(v)).toString();
    }

    static boolean isUuid(String v) {
        return v != null && UUID_RE.matcher(v).matches();
    }

    static String normalizeUuid(String v) {
        if (v.length() == 32) {
            return v.substring(0, 8) + "-" + v.substring(8, 12) + "-" + v.substring(12, 16) + "-"
                    + v.substring(16, 20) + "-" + v.substring(20);
        }
        return v.toLowerCase(java.util.Locale.ROOT);
    }

    Instant dateTime(String name) {
        String v = str(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        Instant i = parseDateTime(v);
        if (i == null) {
            err(name, "Input should be a valid datetime", "datetime_parsing", v);
        }
        return i;
    }

    static Instant parseDateTime(String v) {
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException e2) {
                try {
                    // naive date-time: taken as UTC (pydantic accepts it)
                    return java.time.LocalDateTime.parse(v).toInstant(java.time.ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }

    LocalDate date(String name) {
        String v = str(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            err(name, "Input should be a valid date in the format YYYY-MM-DD", "date_from_datetime_parsing", v);
            return null;
        }
    }

    String enumValue(String name, Set<String> allowed) {
        String v = str(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        return checkEnum(name, v, allowed);
    }

    List<String> enumValues(String name, Set<String> allowed) {
        List<String> out = new ArrayList<>();
        for (String v : list(name)) {
            String e = checkEnum(name, v, allowed);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private String checkEnum(String name, String v, Set<String> allowed) {
        if (!allowed.contains(v)) {
            err(name, "Input should be " + String.join(", ", new java.util.TreeSet<>(allowed)), "enum", v);
            return null;
        }
        return v;
    }

    Long longValue(String name) {
        String v = str(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            err(name, "Input should be a valid integer, unable to parse string as an integer", "int_parsing", v);
            return null;
        }
    }

    int limit() {
        String v = str("limit");
        if (v == null || v.isEmpty()) {
            return 100;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            err("limit", "Input should be a valid integer, unable to parse string as an integer", "int_parsing", v);
            return 100;
        }
        if (n < 1) {
            err("limit", "Input should be greater than or equal to 1", "greater_than_equal", v);
        } else if (n > 100) {
            err("limit", "Input should be less than or equal to 100", "less_than_equal", v);
        }
        return n;
    }

    String cursor() {
        String c = str("cursor");
        return c == null ? "" : c;
    }

    void addError(String name, String msg, String type, Object input) {
        err(name, msg, type, input);
    }

    void done() {
        if (!errors.isEmpty()) {
            throw new ApiError(422, Json.map("detail", errors));
        }
    }
}
