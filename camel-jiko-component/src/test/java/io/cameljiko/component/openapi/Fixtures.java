package io.cameljiko.component.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixture description and its deliberately changed variants, written to files. */
public final class Fixtures {

    public static final String FIXTURE = "classpath:openapi/jiko-customer-api-fixture.yaml";

    /** The getPocketEarnings path moved. */
    public static final String[] CHANGED_PATH = { "  /api/v2/pockets/{pocket_id}/earnings/:",
                                                  "  /api/v2/pockets/{pocket_id}/earnings-summary/:" };
    /** listTransactions' time_booked_from renamed. */
    public static final String[] RENAMED_QUERY_PARAM = { "{name: time_booked_from,", "{name: booked_from," };
    /** createPocket requires a new body field. */
    public static final String[] NEW_REQUIRED_FIELD = { "required: [trading_strategy_id, pocket_name]",
                                                        "required: [trading_strategy_id, pocket_name, deposit_strategy_id]" };

    private Fixtures() {
    }

    public static String text() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/openapi/jiko-customer-api-fixture.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with one change, in a file of {@code dir}; fails if the text to change is not there exactly once. */
    public static Path variant(Path dir, String[] change) {
        String text = text();
        assertThat(text.split(java.util.regex.Pattern.quote(change[0]), -1)).as("fixture holds %s once", change[0]).hasSize(2);
        return write(dir, "variant.yaml", text.replace(change[0], change[1]));
    }

    public static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
