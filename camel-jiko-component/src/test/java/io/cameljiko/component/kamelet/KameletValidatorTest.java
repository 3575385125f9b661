package io.cameljiko.component.kamelet;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.kamelets.catalog.KameletsCatalog;
import org.apache.camel.v1.Kamelet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the Apache Kamelet catalog's validator (camel-kamelets script/validator/validator.go), applied to
 * the Kamelets shipped in the component jar, plus the conventions of /work/shared/ecosystem.md.
 */
class KameletValidatorTest {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\?)?([^}:]+)(:[^}]*)?}}");
    static final String CREDENTIALS = "urn:camel:group:credentials";

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(String name) throws Exception {
        try (InputStream in = KameletValidatorTest.class.getResourceAsStream("/kamelets/" + name + ".kamelet.yaml")) {
            assertThat(in).as("kamelets/%s.kamelet.yaml on the classpath", name).isNotNull();
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Map<String, Object> root, String... path) {
        Object cur = root;
        for (String p : path) {
            cur = cur instanceof Map<?, ?> m ? m.get(p) : null;
        }
        return (T) cur;
    }

    @ParameterizedTest
    @ValueSource(strings = {"jiko-events-source", "jiko-transactions-source", "jiko-transfer-request-action", "jiko-webhook-source"})
    @SuppressWarnings("unchecked")
    void followsTheCatalogRules(String name) throws Exception {
        Map<String, Object> k = load(name);
        assertThat(k.get("apiVersion")).isEqualTo("camel.apache.org/v1");
        assertThat(k.get("kind")).isEqualTo("Kamelet");

        // name = file name, ends with its type
        String type = at(k, "metadata", "labels", "camel.apache.org/kamelet.type");
        assertThat(type).isIn("source", "sink", "action");
        assertThat((String) at(k, "metadata", "name")).isEqualTo(name).endsWith("-" + type);

        // annotations
        Map<String, String> ann = at(k, "metadata", "annotations");
        assertThat(ann.get("camel.apache.org/kamelet.icon")).startsWith("data:image/svg+xml;base64,");
        assertThat(ann.get("camel.apache.org/catalog.version")).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(ann.get("camel.apache.org/kamelet.support.level")).isEqualTo("Preview");
        assertThat(ann.get("camel.apache.org/provider")).isEqualTo("camel-jiko");
        assertThat(ann.get("camel.apache.org/kamelet.group")).isEqualTo("Jiko");

        // definition
        Map<String, Object> def = at(k, "spec", "definition");
        assertThat(def.get("type")).isEqualTo("object");
        String title = (String) def.get("title");
        assertThat(title).endsWith(Character.toUpperCase(type.charAt(0)) + type.substring(1));
        assertCapitalised("definition title", title);
        assertThat((String) def.get("description")).isNotBlank();

        Map<String, Map<String, Object>> props = (Map<String, Map<String, Object>>) def.get("properties");
        assertThat(props).isNotEmpty();
        props.forEach((pname, p) -> {
            assertThat(p.get("type")).as("type of %s", pname).isNotNull();
            assertThat((String) p.get("title")).as("title of %s", pname).isNotBlank();
            assertThat((String) p.get("description")).as("description of %s", pname).isNotBlank();
            assertCapitalised("title of " + pname, (String) p.get("title"));
            List<String> descriptors = (List<String>) p.getOrDefault("x-descriptors", List.of());
            if ("password".equals(p.get("format"))) {
                assertThat(descriptors).as("x-descriptors of secret %s", pname).contains(CREDENTIALS);
            }
        });
        // secrets
        assertThat(props.get("privateKey")).containsEntry("format", "password");
        assertThat((List<String>) props.get("privateKey").get("x-descriptors")).contains(CREDENTIALS);
        assertThat((List<String>) props.get("clientId").get("x-descriptors")).contains(CREDENTIALS);

        // required entries are defined
        List<String> required = (List<String>) def.getOrDefault("required", List.of());
        if (name.equals("jiko-webhook-source")) {
            assertThat(required).containsExactlyInAnyOrder("clientId", "privateKey", "sharedSecret", "externalUrl");
            assertThat(props.get("sharedSecret")).containsEntry("format", "password");
            assertThat(props.get("previousSharedSecret")).containsEntry("format", "password");
        } else {
            assertThat(required).containsExactlyInAnyOrder("clientId", "privateKey");
        }
        assertThat(props.keySet()).containsAll(required);

        // every placeholder used is declared, every declared property is used; optional ones written {{?name}}
        Map<String, Object> template = at(k, "spec", "template");
        Set<String> used = new LinkedHashSet<>();
        Set<String> optionalUsed = new LinkedHashSet<>();
        collectPlaceholders(template, used, optionalUsed);
        assertThat(props.keySet()).as("declared properties").containsAll(used);
        assertThat(used).as("used properties").containsAll(props.keySet());
        for (String opt : optionalUsed) {
            assertThat(required).as("%s is written {{?%s}} so it must be optional", opt, opt).doesNotContain(opt);
        }
        for (String p : props.keySet()) {
            boolean optional = !required.contains(p) && !props.get(p).containsKey("default");
            if (optional) {
                assertThat(optionalUsed).as("optional property %s must be used as {{?%s}}", p, p).contains(p);
            }
        }

        // flow: sources end at kamelet:sink, sinks and actions start at kamelet:source
        String fromUri = at(k, "spec", "template", "from", "uri");
        List<Object> steps = at(k, "spec", "template", "from", "steps");
        if ("source".equals(type)) {
            assertThat(fromUri).matches("(webhook:)?jiko:.+");
            assertThat(steps.get(steps.size() - 1)).isEqualTo(Map.of("to", "kamelet:sink"));
        } else {
            assertThat(fromUri).isEqualTo("kamelet:source");
        }
        // every step that sets the Jiko id puts it into the header key
        assertThat(steps.toString()).contains("name=key");

        // dependencies
        List<String> deps = at(k, "spec", "dependencies");
        assertThat(deps).allMatch(d -> d.startsWith("camel:") || d.startsWith("mvn:"))
                .contains("mvn:io.cameljiko:camel-jiko-component:0.1.0-SNAPSHOT", "camel:kamelet", "camel:jackson");

        // dataTypes
        Map<String, Object> dataTypes = at(k, "spec", "dataTypes");
        assertThat(dataTypes).containsKey("out");
        assertThat((String) at(k, "spec", "dataTypes", "out", "default")).isEqualTo("json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jiko-events-source", "jiko-transactions-source", "jiko-transfer-request-action", "jiko-webhook-source"})
    void theKameletsCatalogFindsItOnTheClasspath(String name) {
        KameletsCatalog catalog = new KameletsCatalog();
        Kamelet kamelet = catalog.getKamelets().get(name);
        assertThat(kamelet).as("KameletsCatalog scans kamelets/*.kamelet.yaml on the classpath").isNotNull();
        assertThat(catalog.getKameletByProvider("camel-jiko")).extracting(k -> k.getMetadata().getName()).contains(name);
        assertThat(catalog.getKameletRequiredProperties(name)).contains("clientId", "privateKey");
        assertThat(catalog.getKameletDependencies(name)).contains("mvn:io.cameljiko:camel-jiko-component:0.1.0-SNAPSHOT");
        assertThat(catalog.getKameletsByGroups("Jiko")).extracting(k -> k.getMetadata().getName()).contains(name);
    }

    static void assertCapitalised(String what, String title) {
        assertThat(Character.isUpperCase(title.charAt(0))).as("%s '%s' starts with a capital", what, title).isTrue();
        String first = title.split(" ")[0];
        assertThat(first).as("%s '%s' does not start with an article", what, title).isNotIn("The", "A", "An");
    }

    static void collectPlaceholders(Object node, Set<String> used, Set<String> optional) {
        if (node instanceof Map<?, ?> m) {
            m.values().forEach(v -> collectPlaceholders(v, used, optional));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectPlaceholders(v, used, optional));
        } else if (node instanceof String s) {
            Matcher matcher = PLACEHOLDER.matcher(s);
            List<String> found = new ArrayList<>();
            while (matcher.find()) {
                found.add(matcher.group(2));
                used.add(matcher.group(2));
                if (matcher.group(1) != null) {
                    optional.add(matcher.group(2));
                }
            }
        }
    }
}
