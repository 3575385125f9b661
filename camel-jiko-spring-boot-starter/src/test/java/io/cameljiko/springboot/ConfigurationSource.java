package io.cameljiko.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Renders JikoComponentConfiguration.java from the component's jiko.json (componentProperties), the way Camel's
 * own starters are generated: one field per component option, its description as Javadoc (which
 * spring-boot-configuration-processor turns into IDE help), its default as the initial value.
 */
final class ConfigurationSource {

    static final String JSON = "META-INF/io/cameljiko/component/jiko.json";
    static final String PATH = "src/generated/java/io/cameljiko/springboot/JikoComponentConfiguration.java";

    /** One component option as jiko.json describes it. */
    record Option(String name, String type, String javaType, String defaultValue, String description, boolean secret) {
    }

    private ConfigurationSource() {
    }

    static List<Option> options() throws IOException {
        JsonNode root;
        try (InputStream in = ConfigurationSource.class.getClassLoader().getResourceAsStream(JSON)) {
            if (in == null) {
                throw new IllegalStateException(JSON + " is not on the classpath");
            }
            root = new ObjectMapper().readTree(in);
        }
        List<Option> options = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.get("componentProperties").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            options.add(new Option(e.getKey(), p.get("type").asText(), p.get("javaType").asText(),
                    p.hasNonNull("defaultValue") ? p.get("defaultValue").asText() : null,
                    p.path("description").asText(""), p.path("secret").asBoolean(false)));
        }
        return options;
    }

    /** The Java type of the Spring property: primitives boxed, so an option left unset is null and not copied. */
    static String fieldType(Option o) {
        return switch (o.javaType()) {
            case "boolean" -> "Boolean";
            case "int" -> "Integer";
            case "long" -> "Long";
            default -> o.javaType().startsWith("java.lang.") ? o.javaType().substring("java.lang.".length()) : o.javaType();
        };
    }

    static String initialValue(Option o) {
        if (o.defaultValue() == null) {
            return null;
        }
        String type = fieldType(o);
        return switch (type) {
            case "Boolean", "Integer" -> o.defaultValue();
            case "Long" -> o.defaultValue() + "L";
            case "String" -> "\"" + o.defaultValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            default -> "enum".equals(o.type()) ? type + "." + o.defaultValue() : null;
        };
    }

    static String render(List<Option> options) {
        StringBuilder sb = new StringBuilder();
        sb.append("package io.cameljiko.springboot;\n\n")
                .append("import java.util.Set;\n\n")
                .append("import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n")
                .append("import org.springframework.boot.context.properties.ConfigurationProperties;\n\n")
                .append("/**\n * The jiko component's options as Spring Boot properties {@code camel.component.jiko.*}.\n *\n")
                .append(" * Generated from jiko.json by JikoComponentConfigurationSourceTest - do not edit: run\n")
                .append(" * {@code mvn -pl camel-jiko-spring-boot-starter -am test -Dtest=JikoComponentConfigurationSourceTest")
                .append(" -Dsurefire.failIfNoSpecifiedTests=false -Djiko.docs.write=true}.\n")
                .append(" * Unknown properties under the prefix fail start-up, so a misspelt option is not silently ignored.\n */\n")
                .append("@ConfigurationProperties(prefix = \"camel.component.jiko\", ignoreUnknownFields = false)\n")
                .append("public class JikoComponentConfiguration extends ComponentConfigurationPropertiesCommon {\n\n")
                .append("    /** The options marked secret in jiko.json: masked by the actuator sanitizer of this starter. */\n")
                .append("    public static final Set<String> SECRET_OPTIONS = Set.of(")
                .append(String.join(", ", options.stream().filter(Option::secret).map(o -> "\"" + o.name() + "\"").toList()))
                .append(");\n\n")
                .append("    /**\n     * Whether to enable auto configuration of the jiko component. This is enabled by default.\n     */\n")
                .append("    private Boolean enabled;\n");
        for (Option o : options) {
            String init = initialValue(o);
            sb.append("    /**\n").append(javadoc(o)).append("     */\n")
                    .append("    private ").append(fieldType(o)).append(' ').append(o.name())
                    .append(init != null ? " = " + init : "").append(";\n");
        }
        for (Option o : options) {
            String cap = Character.toUpperCase(o.name().charAt(0)) + o.name().substring(1);
            sb.append("\n    public ").append(fieldType(o)).append(" get").append(cap).append("() {\n")
                    .append("        return ").append(o.name()).append(";\n    }\n\n")
                    .append("    public void set").append(cap).append('(').append(fieldType(o)).append(' ').append(o.name())
                    .append(") {\n        this.").append(o.name()).append(" = ").append(o.name()).append(";\n    }\n");
        }
        return sb.append("}\n").toString();
    }

    private static String javadoc(Option o) {
        String text = o.description().replace("*/", "*&#47;").replace("@", "&#64;");
        if ("object".equals(o.type())) {
            text += " The option is a " + o.javaType().replace("<", "&lt;").replace(">", "&gt;")
                    + " type: set it to #bean:name of a bean.";
        }
        if ("duration".equals(o.type())) {
            text += " In milliseconds.";
        }
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder("    *");
        for (String word : text.split("\\s+")) {
            if (line.length() + word.length() + 1 > 110) {
                out.append(line).append('\n');
                line = new StringBuilder("    *");
            }
            line.append(' ').append(word);
        }
        return out.append(line).append('\n').toString().replace("    *", "     *");
    }
}
