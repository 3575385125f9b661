package io.cameljiko.component.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fast instant path gives what OffsetDateTime.parse gives, value for value and error for error. */
class JikoTimeTest {

    @Test
    void sameInstantsAsOffsetDateTimeParse() {
        for (String text : List.of("2026-01-30T16:09:35.775108Z", "2026-01-30T16:09:35Z", "2026-01-30T16:09:35.1Z",
                "2026-01-30T16:09:35.123456789Z", "2026-01-30T16:09:35.775108+00:00", "2026-01-30T16:09:35-05:30",
                "2026-01-30T16:09:35.5+18:00", "2024-02-29T23:59:59.999-00:00", "0001-01-01T00:00:00Z",
                "2026-01-30T16:09Z", "2026-01-30t16:09:35z", "2026-01-30T16:09:35+01:00:30", "+12026-01-30T16:09:35Z")) {
            assertSameAsOffsetDateTimeParse(text);
        }
        assertThat(JikoTime.parseInstant("2026-01-30T16:09:35.775108Z")).isEqualTo(Instant.parse("2026-01-30T16:09:35.775108Z"));
    }

    @Test
    void sameErrorsAsOffsetDateTimeParseOnBadOrUnusualText() {
        for (String text : List.of("2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-01T24:00:00Z",
                "2026-01-01T23:59:60Z", "2026-01-01T00:00:00+19:00", "2026-01-01T00:00:00.Z", "2026-01-01T00:00:00",
                "2026-01-01T00:00:00.1234567890Z", "2026-01-01 00:00:00Z", "2026-01-0xT00:00:00Z", "yesterday",
                "2026-01-30T16:09:35.\u0663Z")) {
            assertSameAsOffsetDateTimeParse(text); // an error, or what the strict parser still accepts
        }
    }

    @Test
    void sameAsOffsetDateTimeParseOverManyDatesIncludingLeapDaysAndFieldsOutOfRange() {
        java.util.Random random = new java.util.Random(20261201L);
        for (int i = 0; i < 20_000; i++) {
            int year = i % 10 == 0 ? 1600 + 100 * random.nextInt(9) : random.nextInt(10_000);
            int month = 1 + random.nextInt(i % 7 == 0 ? 13 : 12);
            int day = i % 5 == 0 ? 28 + random.nextInt(4) + (i % 15 == 0 ? 1 : 0) : 1 + random.nextInt(28);
            String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", year, month, day, random.nextInt(i % 11 == 0 ? 25 : 24),
                    random.nextInt(60), random.nextInt(i % 13 == 0 ? 61 : 60),
                    i % 3 == 0 ? "" : "." + String.format("%09d", random.nextInt(1_000_000_000)).substring(0, 1 + random.nextInt(9)),
                    i % 4 == 0 ? "Z" : String.format("%s%02d:%02d", random.nextBoolean() ? "+" : "-", random.nextInt(19),
                            random.nextInt(60)));
            assertSameAsOffsetDateTimeParse(text);
        }
    }

    /** Jiko's form, the one read without the parser when its fields are in range. */
    private static final java.util.regex.Pattern FAST_FORM = java.util.regex.Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    /**
     * The same instant as OffsetDateTime.parse, or the same error with the same message; and Jiko's form is read
     * by the fast path itself (a fast path that gave up would still pass the first check, only slower).
     */
    private static void assertSameAsOffsetDateTimeParse(String text) {
        Instant expected;
        try {
            expected = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            assertThatThrownBy(() -> JikoTime.parseInstant(text)).as(text).isInstanceOf(DateTimeException.class)
                    .hasMessage(e.getMessage());
            assertThat(JikoTime.fastInstant(text)).as(text).isNull();
            return;
        }
        assertThat(JikoTime.parseInstant(text)).as(text).isEqualTo(expected);
        assertThat(JikoTime.fastInstant(text)).as(text).isEqualTo(FAST_FORM.matcher(text).matches() ? expected : null);
    }
}
