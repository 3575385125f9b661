package io.cameljiko.component.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Parameter values: how each type is checked and written, and what the error names. */
class ValueRulesTest {

    static final String UUID_UPPER = "8A0C1B2D-3E4F-4A5B-8C6D-7E8F9A0B1C2D";

    static Operation op(String name) {
        return OperationCatalog.require(name);
    }

    static Param param(Operation op, String option) {
        return op.params().stream().filter(p -> p.optionName().equals(option)).findFirst().orElseThrow();
    }

    static List<String> format(String operation, String option, Object value) {
        Operation op = op(operation);
        return ParameterValues.format(op, param(op, option), value);
    }

    static Throwable refused(String operation, String option, Object value) {
        Throwable t = catchThrowable(() -> format(operation, option, value));
        assertThat(t).as("%s=%s", option, value).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Option " + option).hasMessageContaining(operation);
        return t;
    }

    @Test
    void uuidsAreCanonicalAndWrittenLowerCase() {
        assertThat(format("listTransactions", "pocket", UUID_UPPER)).containsExactly(UUID_UPPER.toLowerCase());
        assertThat(ParameterValues.isUuid(null)).isFalse();
        assertThat(ParameterValues.isUuid("8a0c1b2d3e4f4a5b8c6d7e8f9a0b1c2d")).isFalse();
        assertThat(refused("listTransactions", "pocket", "1-2-3-4-5")).hasMessageContaining("'1-2-3-4-5' is not a UUID")
                .hasMessageContaining("header CamelJikoPocket");
    }

    @Test
    void multiValuedParametersTakeListsArraysAndCommaSeparatedTextButSingleOnesDoNot() {
        String a = "11111111-1111-4111-8111-111111111111";
        String b = "22222222-2222-4222-8222-222222222222";
        assertThat(format("listTransactions", "pocket", List.of(a, b))).containsExactly(a, b);
        assertThat(format("listTransactions", "pocket", new String[] {a, b})).containsExactly(a, b);
        assertThat(format("listTransactions", "pocket", a + "," + b)).containsExactly(a, b);
        assertThat(format("listTransactions", "pocket", Set.of())).isEmpty();
        assertThat(format("listTransactions", "pocket", " ")).isEmpty();
        assertThat(format("listTransactions", "pocket", null)).isEmpty();
        assertThat(refused("listEvents", "subscriptionId", List.of(a, b))).hasMessageContaining("takes one value");
        // a comma in a single-valued parameter is part of the value
        assertThat(refused("listEvents", "subscriptionId", a + "," + b)).hasMessageContaining("is not a UUID");
    }

    @Test
    void datesAreIsoDates() {
        assertThat(format("getPocketEarnings", "dateFrom", LocalDate.of(2026, 1, 30))).containsExactly("2026-01-30");
        assertThat(format("getPocketEarnings", "dateFrom", "2026-01-30")).containsExactly("2026-01-30");
        assertThat(refused("getPocketEarnings", "dateFrom", "30.01.2026")).hasMessageContaining("is not an ISO-8601 date");
    }

    @Test
    void dateTimesNeedAnOffsetAndAlwaysCarrySeconds() {
        assertThat(format("listEvents", "after", "2026-01-30T16:09Z")).containsExactly("2026-01-30T16:09:00Z");
        assertThat(format("listEvents", "after", "2026-01-30T16:09:35+02:00")).containsExactly("2026-01-30T16:09:35+02:00");
        assertThat(refused("listEvents", "after", "2026-01-30T16:09:35")).hasMessageContaining("with offset");
    }

    @Test
    void utcDateTimesTakeTheShortPathAndWriteWhatTheParserAndFormatterWrite() {
        java.time.format.DateTimeFormatter iso = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        java.util.Random random = new java.util.Random(1201L);
        int fast = 0;
        for (int i = 0; i < 20_000; i++) {
            String fraction = i % 4 == 0 ? "" : "." + String.format("%09d", random.nextInt(1_000_000_000) / (i % 3 == 0 ? 1000 : 1))
                    .substring(0, 1 + random.nextInt(9)) + (i % 5 == 0 ? "000" : "");
            String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", random.nextInt(10_000), 1 + random.nextInt(13),
                    1 + random.nextInt(31), random.nextInt(25), random.nextInt(61), random.nextInt(61), fraction,
                    i % 7 == 0 ? "+00:00" : i % 11 == 0 ? "z" : "Z");
            String expected;
            try {
                expected = iso.format(java.time.OffsetDateTime.parse(text));
            } catch (java.time.DateTimeException e) {
                assertThat(ParameterValues.canonicalUtc(text)).as(text).isNull();
                refused("listTransactions", "timeBookedFrom", text);
                continue;
            }
            String shortPath = ParameterValues.canonicalUtc(text);
            fast += shortPath != null ? 1 : 0;
            // every valid text of the form takes the short path, and gives what the formatter gives
            assertThat(shortPath).as(text).isEqualTo(text.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z")
                    ? expected : null);
            assertThat(format("listTransactions", "timeBookedFrom", text)).as(text).containsExactly(expected);
        }
        assertThat(fast).isGreaterThan(5_000); // the short path is taken, not only the general one
        assertThat(ParameterValues.canonicalUtc("2026-03-01T10:00:01.500Z")).isEqualTo("2026-03-01T10:00:01.5Z");
        assertThat(ParameterValues.canonicalUtc("2026-03-01T10:00:01.000Z")).isEqualTo("2026-03-01T10:00:01Z");
        assertThat(ParameterValues.canonicalUtc("2026-03-01T10:00:01.\u0663Z")).isNull();
    }

    @Test
    void integersAreCheckedAgainstBothBounds() {
        assertThat(format("listEvents", "limit", "1")).containsExactly("1");
        assertThat(format("listEvents", "limit", 100)).containsExactly("100");
        assertThat(format("listEvents", "limit", " 7 ")).containsExactly("7");
        assertThat(refused("listEvents", "limit", 0)).hasMessageContaining("'0'");
        assertThat(refused("listEvents", "limit", 101)).hasMessageContaining("'101'");
        assertThat(refused("listEvents", "limit", "ten")).hasMessageContaining("is not an integer");
        assertThat(format("listTransactions", "amountFrom", 0)).containsExactly("0");
        assertThat(format("listTransactions", "amountFrom", Long.toString(Integer.MAX_VALUE + 1L)))
                .containsExactly(Long.toString(Integer.MAX_VALUE + 1L));
        assertThat(refused("listTransactions", "amountFrom", -1)).hasMessageContaining("'-1'");
    }

    @Test
    void enumsIgnoreCaseAndAreWrittenAsDocumented() {
        assertThat(format("listTransactions", "direction", "debit")).containsExactly("DEBIT");
        assertThat(format("listStatements", "type", "bank,Brokerage")).containsExactly("BANK", "BROKERAGE");
        assertThat(refused("listTransactions", "direction", "SIDEWAYS")).hasMessageContaining("is not allowed")
                .hasMessageContaining("DEBIT, CREDIT");
    }

    @Test
    void longValuesAreShortenedInTheMessage() {
        String longValue = "x".repeat(200);
        Throwable t = refused("listTransactions", "pocket", longValue);
        assertThat(t.getMessage()).contains("'" + "x".repeat(80) + "…'").doesNotContain("x".repeat(81));
        String exactly80 = "y".repeat(80);
        assertThat(refused("listTransactions", "pocket", exactly80).getMessage()).contains("'" + exactly80 + "'");
    }
}
