package io.cameljiko.component.model;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Instants and dates as ISO-8601 text whatever ObjectMapper reads or writes a model: a route's
 * {@code marshal: json} uses Camel's own Jackson, which has no Java time module, so the models carry
 * their own (de)serializers instead of relying on one.
 */
public final class JikoTime {

    private JikoTime() {
    }

    /** Reads {@code 2026-01-30T16:09:35.775108Z} or an offset form such as {@code +00:00}. */
    public static final class InstantText extends StdScalarDeserializer<Instant> {
        public InstantText() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return OffsetDateTime.parse(text.trim()).toInstant();
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant with offset");
            }
        }
    }

    /** Reads {@code 2026-01-30}. */
    public static final class DateText extends StdScalarDeserializer<LocalDate> {
        public DateText() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not an ISO-8601 date");
            }
        }
    }
}
