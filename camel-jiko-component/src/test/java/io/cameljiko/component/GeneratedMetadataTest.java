package io.cameljiko.component;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.catalog.OperationOptions;
import io.cameljiko.component.catalog.Param;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.GeneratedPropertyConfigurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build must compile the configurers camel-package-maven-plugin generates; otherwise Camel silently
 * falls back to reflection. This proves the generated ones are in use and jiko.json is complete.
 */
class GeneratedMetadataTest {

    static JsonNode json;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = JikoComponent.class.getResourceAsStream("/META-INF/io/cameljiko/component/jiko.json")) {
            assertThat(in).as("jiko.json on the classpath").isNotNull();
            json = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void camelUsesTheGeneratedConfigurersNotReflection() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            JikoComponent component = context.getComponent("jiko", JikoComponent.class);
            assertThat(component).as("jiko resolved from the generated service file").isNotNull();
            assertThat(component.getEndpointPropertyConfigurer())
                    .isInstanceOf(GeneratedPropertyConfigurer.class)
                    .extracting(c -> c.getClass().getName()).isEqualTo("io.cameljiko.component.JikoEndpointConfigurer");
            assertThat(component.getComponentPropertyConfigurer())
                    .extracting(c -> c.getClass().getName()).isEqualTo("io.cameljiko.component.JikoComponentConfigurer");
            JikoEndpoint endpoint = context.getEndpoint("jiko:getTeam?accessToken=x&maxRetries=5", JikoEndpoint.class);
            assertThat(endpoint.getConfiguration().getMaxRetries()).isEqualTo(5);
            assertThat(endpoint.option("maxRetries")).isEqualTo(5);
        }
    }

    @Test
    void theJarShipsAJandexIndexForCamelQuarkus() throws Exception {
        try (InputStream in = JikoComponent.class.getResourceAsStream("/META-INF/jandex.idx")) {
            assertThat(in).as("META-INF/jandex.idx").isNotNull();
            byte[] index = in.readAllBytes();
            // the index names the component and endpoint classes
            assertThat(new String(index, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("JikoComponent", "JikoEndpoint");
        }
    }

    @Test
    void everyOptionIsListedWithADescriptionAndSecretsAreSecret() {
        Set<String> declared = new HashSet<>();
        for (Field f : JikoConfiguration.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(UriParam.class)) {
                declared.add(f.getName());
            }
        }
        JsonNode properties = json.get("properties");
        for (String option : declared) {
            if (OperationOptions.isOperationSpecific(option)) {
                continue; // listed under its operations: CatalogValidationTest
            }
            assertThat(properties.has(option)).as("endpoint option %s in jiko.json", option).isTrue();
            assertThat(properties.get(option).path("description").asText()).as(option).isNotBlank();
            assertThat(json.get("componentProperties").has(option)).as("component option %s", option).isTrue();
        }
        for (String secret : new String[] { "privateKey", "accessToken" }) {
            assertThat(properties.get(secret).path("secret").asBoolean()).as(secret).isTrue();
            assertThat(json.get("componentProperties").get(secret).path("secret").asBoolean()).as(secret).isTrue();
        }
        assertThat(properties.get("clientId").path("secret").asBoolean()).isFalse();
    }

    @Test
    void everyHeaderIsListedWithADescription() throws Exception {
        JsonNode headers = json.get("headers");
        int count = 0;
        for (Field f : JikoConstants.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.isAnnotationPresent(Metadata.class)) {
                String name = (String) f.get(null);
                assertThat(headers.has(name)).as("header %s in jiko.json", name).isTrue();
                assertThat(headers.get(name).path("description").asText()).as(name).isNotBlank();
                count++;
            }
        }
        assertThat(count).isGreaterThanOrEqualTo(12);
    }

    @Test
    void everyCatalogParameterHasAnOptionAndADeclaredHeader() {
        for (var operation : OperationCatalog.all()) {
            for (Param p : operation.params()) {
                assertThat(json.at("/apiProperties/" + operation.name() + "/methods/" + operation.name() + "/properties")
                        .has(p.optionName())).as("option %s of %s", p.optionName(), operation.name()).isTrue();
                assertThat(json.get("headers").has(JikoConstants.headerFor(p.optionName())))
                        .as("header of %s", p.optionName()).isTrue();
            }
        }
    }
}
