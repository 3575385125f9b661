package io.cameljiko.component;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cameljiko.component.support.GeneratedDocSection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/component.md lists every option and header exactly as the generated jiko.json has them.
 * Refresh: {@code mvn -pl camel-jiko-component test -Dtest=ComponentDocTest -Djiko.docs.write=true}.
 */
class ComponentDocTest {

    static final Path DOC = Path.of("../docs/component.md");

    static String render() throws Exception {
        JsonNode json;
        try (InputStream in = JikoComponent.class.getResourceAsStream("/META-INF/io/cameljiko/component/jiko.json")) {
            json = new ObjectMapper().readTree(in);
        }
        StringBuilder md = new StringBuilder();
        md.append("### Endpoint options\n\n| option | group | default | type | description |\n|---|---|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = json.get("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            md.append("| `").append(e.getKey()).append("`").append(p.path("secret").asBoolean() ? " (secret)" : "")
                    .append(p.path("required").asBoolean() ? " (required)" : "")
                    .append(" | ").append(p.path("group").asText()).append(" | ")
                    .append(p.hasNonNull("defaultValue") ? "`" + p.get("defaultValue").asText() + "`" : "")
                    .append(" | ").append(p.path("type").asText()).append(" | ").append(cell(p.path("description").asText()))
                    .append(" |\n");
        }
        md.append("\n### Operations\n\nThe `operation` path parameter; in tooling each is an API (`apis` in jiko.json) "
                  + "with its own options (`apiProperties`).\n\n| operation | from() | options | description |\n|---|---|---|---|\n");
        Map<String, JsonNode> operationOptions = new java.util.TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.get("apis").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode options = json.at("/apiProperties/" + e.getKey() + "/methods/" + e.getKey() + "/properties");
            java.util.List<String> names = new java.util.ArrayList<>();
            options.fields().forEachRemaining(o -> {
                names.add("`" + o.getKey() + "`");
                operationOptions.putIfAbsent(o.getKey(), o.getValue());
            });
            md.append("| `").append(e.getKey()).append("` | ").append(e.getValue().path("producerOnly").asBoolean() ? "" : "yes")
                    .append(" | ").append(String.join(", ", names)).append(" | ")
                    .append(cell(e.getValue().path("description").asText())).append(" |\n");
        }
        md.append("\n### Operation options\n\nEach applies to the operations it names; on any other the endpoint fails "
                  + "to start.\n\n| option | type | description |\n|---|---|---|\n");
        operationOptions.forEach((name, p) -> md.append("| `").append(name).append("` | ").append(p.path("type").asText())
                .append(" | ").append(cell(p.path("description").asText())).append(" |\n"));
        md.append("\n### Headers\n\n| header | type | description |\n|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = json.get("headers").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode h = e.getValue();
            md.append("| `").append(e.getKey()).append("` | ").append(h.path("javaType").asText().replace("java.lang.", ""))
                    .append(" | ").append(cell(h.path("description").asText())).append(" |\n");
        }
        return md.toString();
    }

    static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    @Test
    void componentDocMatchesTheGeneratedMetadata() throws Exception {
        GeneratedDocSection.check(DOC, "jiko.json", render());
    }
}
