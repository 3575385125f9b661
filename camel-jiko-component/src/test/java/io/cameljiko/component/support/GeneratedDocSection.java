package io.cameljiko.component.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A docs page whose section between two markers is rendered from code. The check fails when they differ;
 * with {@code -Djiko.docs.write=true} it rewrites the section instead.
 */
public final class GeneratedDocSection {

    private GeneratedDocSection() {
    }

    public static void check(Path doc, String name, String expected) throws IOException {
        String begin = "<!-- BEGIN GENERATED: " + name + " -->";
        String end = "<!-- END GENERATED: " + name + " -->";
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        assertThat(from).as("marker %s in %s", begin, doc).isNotNegative();
        assertThat(to).as("marker %s in %s", end, doc).isGreaterThan(from);
        String actual = text.substring(from + begin.length() + 1, to);
        if (Boolean.getBoolean("jiko.docs.write") && !actual.equals(expected)) {
            Files.writeString(doc, text.substring(0, from + begin.length() + 1) + expected + text.substring(to),
                    StandardCharsets.UTF_8);
            actual = expected;
        }
        assertThat(actual).as("%s is out of date: run its test with -Djiko.docs.write=true", doc).isEqualTo(expected);
    }
}
