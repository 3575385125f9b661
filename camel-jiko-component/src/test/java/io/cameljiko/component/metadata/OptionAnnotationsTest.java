package io.cameljiko.component.metadata;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cameljiko.component.JikoConfiguration;
import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.catalog.OperationOptions;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Annotation values must be constants, so the operation enum, the option texts and labels and the header texts
 * are written out in JikoConfiguration and JikoConstants; this keeps them equal to the catalog, their one source.
 * A failure prints the annotations to paste.
 */
class OptionAnnotationsTest {

    /** The expected values, one per line, for a script that rewrites the annotations (target/, not committed). */
    @org.junit.jupiter.api.BeforeAll
    static void writeExpected() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String option : OperationOptions.all().keySet()) {
            sb.append(option).append('\t').append(OperationOptions.label(option)).append('\t')
                    .append(OperationOptions.description(option)).append('\t')
                    .append(OperationOptions.headerDescription(option)).append('\n');
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/expected-option-annotations.tsv"), sb);
    }

    @Test
    void theOperationEnumListsEveryCatalogOperationInOrder() throws Exception {
        UriPath path = JikoConfiguration.class.getDeclaredField("operation").getAnnotation(UriPath.class);
        List<String> declared = Arrays.asList(path.enums().split(","));
        List<String> catalog = OperationCatalog.all().stream().map(Operation::name).toList();
        List<String> missing = new ArrayList<>(catalog);
        missing.removeAll(declared);
        List<String> extra = new ArrayList<>(declared);
        extra.removeAll(catalog);
        assertThat(declared).as("@UriPath(enums) of JikoConfiguration.operation; missing %s, not in the catalog %s; "
                                + "expected enums = \"%s\"", missing, extra, String.join(",", catalog))
                .isEqualTo(catalog);
    }

    /**
     * The one check of what is written per API parameter: the {@code @UriParam} fields of ApiParameterOptions and the
     * {@code @Metadata} headers of JikoConstants are rendered from the catalog and must equal the files. With
     * -Djiko.docs.write=true the files are rewritten instead; otherwise a failure names each parameter that is missing
     * or differs.
     */
    @Test
    void theParameterDeclarationsAreRenderedFromTheCatalog() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Path file : List.of(ParameterDeclarations.OPTIONS, ParameterDeclarations.CONSTANTS)) {
            String current = ParameterDeclarations.read(file);
            String expected = file == ParameterDeclarations.OPTIONS ? ParameterDeclarations.expectedOptionsSource(current)
                    : ParameterDeclarations.expectedConstantsSource(current);
            if (Boolean.getBoolean("jiko.docs.write")) {
                java.nio.file.Files.writeString(file, expected);
            } else if (!expected.equals(current)) {
                wrong.add(file + ": " + differences(current, expected));
            }
        }
        assertThat(wrong).as("Parameter declarations out of step with the catalog; refresh with %s%n%s",
                ParameterDeclarations.REFRESH, String.join("\n", wrong)).isEmpty();
    }

    /** Which parameters are missing, extra or different, by the lines that name them. */
    private static String differences(String current, String expected) {
        Set<String> have = new LinkedHashSet<>(current.lines().toList());
        Set<String> want = new LinkedHashSet<>(expected.lines().toList());
        List<String> missing = want.stream().filter(l -> !have.contains(l)).map(String::trim).toList();
        List<String> extra = have.stream().filter(l -> !want.contains(l)).map(String::trim).toList();
        return "\n  missing or different: " + String.join("\n    ", missing) + "\n  not expected: " + String.join("\n    ", extra);
    }

    @Test
    void everyOperationOptionIsAnnotatedAsTheCatalogSays() {
        List<String> wrong = new ArrayList<>();
        for (String option : OperationOptions.all().keySet()) {
            UriParam param = uriParam(option);
            String expected = "@UriParam(label = \"" + OperationOptions.label(option) + "\",\n              description = \""
                              + OperationOptions.description(option) + "\")";
            if (param == null || !param.label().equals(OperationOptions.label(option))
                || !param.description().equals(OperationOptions.description(option))) {
                wrong.add(option + ":\n    " + expected);
            }
        }
        assertThat(wrong).as("JikoConfiguration options out of step with the catalog; expected:\n%s",
                String.join("\n", wrong)).isEmpty();
    }

    @Test
    void everyOperationOptionHasItsHeaderDescribedAsTheCatalogSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String option : OperationOptions.all().keySet()) {
            if (!OperationOptions.hasHeader(option)) {
                continue;
            }
            String header = JikoConstants.headerFor(option);
            Metadata metadata = null;
            for (Field f : JikoConstants.class.getDeclaredFields()) {
                if (f.getType() == String.class && header.equals(f.get(null))) {
                    metadata = f.getAnnotation(Metadata.class);
                }
            }
            String expected = OperationOptions.headerDescription(option);
            if (metadata == null || !metadata.description().equals(expected)) {
                wrong.add(header + ": description = \"" + expected + "\"");
            }
        }
        assertThat(wrong).as("JikoConstants headers out of step with the catalog:\n%s", String.join("\n", wrong)).isEmpty();
    }

    @Test
    void noOtherOptionIsLabelledWithOperations() {
        Set<String> operations = new LinkedHashSet<>(OperationCatalog.names());
        for (Field f : JikoConfiguration.class.getDeclaredFields()) { // ApiParameterOptions holds only operation options
            UriParam param = f.getAnnotation(UriParam.class);
            if (param != null && !OperationOptions.isOperationSpecific(f.getName())) {
                assertThat(param.label().split(",")).as("label of %s", f.getName()).doesNotContainAnyElementsOf(operations);
            }
        }
    }

    private static UriParam uriParam(String option) {
        try {
            for (Class<?> c = JikoConfiguration.class; c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getName().equals(option)) {
                        return f.getAnnotation(UriParam.class);
                    }
                }
            }
            return null;
        } catch (SecurityException e) {
            return null;
        }
    }
}
