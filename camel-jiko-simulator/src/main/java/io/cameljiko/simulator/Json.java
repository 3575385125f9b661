package io.cameljiko.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** JSON, money and time helpers. Objects are plain ordered maps so output order is stable. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Json() {
    }

    static byte[] write(Object o) {
        try {
            return MAPPER.writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String writeString(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object read(byte[] body) throws IOException {
        return MAPPER.readValue(body, Object.class);
    }

    /** Deep copy through JSON: the result shares nothing with the store. */
    static <T> T copy(Object o, TypeReference<T> type) {
        try {
            return MAPPER.readValue(MAPPER.writeValueAsBytes(o), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, Object>> copyList(Object o) {
        return copy(o, new TypeReference<List<Map<String, Object>>>() { });
    }

    /** map("a", 1, "b", 2) in insertion order; null values are kept (JSON null). */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static List<Object> list(Object... items) {
        List<Object> l = new ArrayList<>();
        for (Object o : items) {
            l.add(o);
        }
        return l;
    }

    static String ts(Instant i) {
        return i == null ? null : TS.format(i);
    }

    static Map<String, Object> money(long cents) {
        return map("value", cents, "currency", "USD", "formatted", formatUsd(cents));
    }

    static String formatUsd(long cents) {
        long abs = Math.abs(cents);
        return (cents < 0 ? "-" : "") + String.format(java.util.Locale.ROOT, "$%,d.%02d", abs / 100, abs % 100);
    }

    /** A version-4 shaped UUID from a seeded random. */
    static String uuid(Random r) {
        long msb = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lsb = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    static String randomUuid() {
        return UUID.randomUUID().toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : null;
    }
}
