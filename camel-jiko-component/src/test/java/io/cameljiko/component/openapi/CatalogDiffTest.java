package io.cameljiko.component.openapi;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogDiffTest {

    @TempDir
    Path dir;

    @Test
    void printsWhatDiffersAndEntriesToReview() {
        Path file = Fixtures.variant(dir, Fixtures.RENAMED_QUERY_PARAM);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CatalogDiff.print(CatalogCheck.check(OpenApiSpecs.load(file.toString(), getClass().getClassLoader())),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("- listTransactions\n    catalog: GET /api/v2/transactions/ order:enum")
                .contains("time_booked_from:date_time").contains("booked_from:date-time")
                .contains("    * the description has query parameter booked_from that the catalog lacks")
                .contains("- listWires [INFERRED]: GET /api/v1/wires/")
                .contains("add(ops, builder(\"listBusinessApplications\", \"GET\", \"/api/v2/business-applications/\")"
                          + ".params(queryEnum(\"status\", \"DRAFT\", \"SUBMITTED\", \"APPROVED\", \"REJECTED\"), "
                          + "query(\"cursor\", STRING), queryInt(\"limit\", 1, 100)).page(Map.class)")
                .contains("builder(\"createBusinessApplication\", \"POST\", \"/api/v2/business-applications/\")"
                          + ".jsonBody(Map.class, required(\"legal_name\")).returns(Map.class)");
    }

    @Test
    void modelFieldDifferencesAreGroupedByModel() {
        Path file = Fixtures.variant(dir, new String[] { "        phone_number: {type: string}\n        account_status:",
                                                         "        mobile: {type: string}\n        account_status:" });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CatalogDiff.print(CatalogCheck.check(OpenApiSpecs.load(file.toString(), getClass().getClassLoader())),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("- Customer\n"
                + "  + the description's answer has field mobile that model Customer does not name (kept in otherFields)\n"
                + "  - model Customer reads field phone_number, the description's answer has no such field");
    }
}
