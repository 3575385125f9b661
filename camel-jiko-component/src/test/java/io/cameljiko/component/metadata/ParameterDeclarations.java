package io.cameljiko.component.metadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.catalog.OperationOptions;
import io.cameljiko.component.catalog.Param;
import io.cameljiko.component.catalog.ParamType;

/**
 * Renders what Camel's tooling needs written out per API parameter, from the catalog (the one parameter table): the
 * {@code @UriParam} fields of ApiParameterOptions and the {@code @Metadata} headers of JikoConstants. Annotation
 * values must be literals, so these are source files, rendered here and kept equal by OptionAnnotationsTest.
 * Declarations keep the order they already have (the header order is the order of the generated metadata); new
 * parameters are appended in catalog order.
 */
final class ParameterDeclarations {

    static final Path OPTIONS = Path.of("src/main/java/io/cameljiko/component/ApiParameterOptions.java");
    static final Path CONSTANTS = Path.of("src/main/java/io/cameljiko/component/JikoConstants.java");
    static final String HEADERS_BEGIN = "    // ---- API parameter headers: rendered from the catalog by OptionAnnotationsTest, do not edit ----\n";
    static final String HEADERS_END = "    // ---- end of API parameter headers ----\n";
    static final String REFRESH = "mvn -B -q -pl camel-jiko-component -am test -Dtest=OptionAnnotationsTest "
                                  + "-Dsurefire.failIfNoSpecifiedTests=false -Djiko.docs.write=true";

    private ParameterDeclarations() {
    }

    /** Every option that is an API parameter of some catalog operation, in catalog order. */
    static List<String> parameters() {
        Set<String> names = new LinkedHashSet<>();
        for (Operation operation : OperationCatalog.all()) {
            operation.params().forEach(p -> names.add(p.optionName()));
        }
        return List.copyOf(names);
    }

    /** String, or Integer/Long for integer parameters: Long when unbounded (amounts in cents). */
    static String javaType(String option) {
        Param param = OperationCatalog.all().stream().flatMap(op -> op.params().stream())
                .filter(p -> p.optionName().equals(option)).findFirst().orElseThrow();
        if (param.type() != ParamType.INTEGER) {
            return "String";
        }
        return param.max() != null ? "Integer" : "Long";
    }

    static String constantName(String option) {
        return option.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    static String expectedOptionsSource(String current) {
        List<String> options = ordered(current, Pattern.compile("(?m)^    private \\w+ (\\w+);"), parameters());
        StringBuilder sb = new StringBuilder();
        sb.append("""
                package io.cameljiko.component;

                import org.apache.camel.spi.UriParam;
                import org.apache.camel.spi.UriParams;

                /**
                 * The API parameters of the operation catalog as Camel options: option name = lowerCamelCase of the API name, a
                 * CamelJiko header of the same name (JikoConstants) wins over the option. Rendered from the catalog by
                 * OptionAnnotationsTest (Camel's tooling needs literal annotations): do not edit, change the catalog and run
                 * {@code %s}.
                 */
                @UriParams
                public class ApiParameterOptions extends RateLimitOptions {

                """.formatted(REFRESH));
        for (String option : options) {
            sb.append("    @UriParam(label = \"").append(OperationOptions.label(option)).append("\",\n")
                    .append("              description = \"").append(OperationOptions.description(option)).append("\")\n")
                    .append("    private ").append(javaType(option)).append(' ').append(option).append(";\n");
        }
        sb.append('\n');
        for (String option : options) {
            String type = javaType(option);
            String upper = Character.toUpperCase(option.charAt(0)) + option.substring(1);
            sb.append("    public ").append(type).append(" get").append(upper).append("() { return ").append(option)
                    .append("; }\n")
                    .append("    public void set").append(upper).append('(').append(type).append(' ').append(option)
                    .append(") { this.").append(option).append(" = ").append(option).append("; }\n");
        }
        return sb.append("}\n").toString();
    }

    /**
     * JikoConstants with the block between the markers rendered: every option with a header (API parameters, method and
     * path) whose header is not declared elsewhere in the class.
     */
    static String expectedConstantsSource(String current) {
        int begin = current.indexOf(HEADERS_BEGIN);
        int end = current.indexOf(HEADERS_END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(CONSTANTS + " lacks the markers " + HEADERS_BEGIN.trim() + " / " + HEADERS_END.trim());
        }
        String block = current.substring(begin + HEADERS_BEGIN.length(), end);
        String outside = current.substring(0, begin) + current.substring(end);
        List<String> withHeader = new ArrayList<>();
        for (String option : OperationOptions.all().keySet()) {
            if (OperationOptions.hasHeader(option) && !outside.contains("\"" + Param.headerOf(option) + "\"")) {
                withHeader.add(option);
            }
        }
        List<String> options = ordered(block, Pattern.compile("(?m)^    public static final String \\w+ = \"CamelJiko(\\w+)\";"),
                withHeader.stream().map(o -> Character.toUpperCase(o.charAt(0)) + o.substring(1)).toList()).stream()
                .map(o -> Character.toLowerCase(o.charAt(0)) + o.substring(1)).toList();
        StringBuilder sb = new StringBuilder();
        for (String option : options) {
            String type = OperationOptions.isOperationSpecific(option) && parameters().contains(option) ? javaType(option) : "String";
            sb.append("    @Metadata(label = \"producer\", description = \"").append(OperationOptions.headerDescription(option))
                    .append("\", javaType = \"").append(type).append("\")\n")
                    .append("    public static final String ").append(constantName(option)).append(" = \"")
                    .append(Param.headerOf(option)).append("\";\n");
        }
        return current.substring(0, begin) + HEADERS_BEGIN + sb + current.substring(end);
    }

    /** The names already declared in {@code current}, in their order, that are still wanted; then the new ones. */
    private static List<String> ordered(String current, Pattern declared, List<String> wanted) {
        List<String> order = new ArrayList<>();
        Matcher m = declared.matcher(current);
        while (m.find()) {
            if (wanted.contains(m.group(1)) && !order.contains(m.group(1))) {
                order.add(m.group(1));
            }
        }
        wanted.stream().filter(w -> !order.contains(w)).forEach(order::add);
        return order;
    }

    static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
