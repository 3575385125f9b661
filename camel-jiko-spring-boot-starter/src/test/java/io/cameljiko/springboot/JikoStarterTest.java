package io.cameljiko.springboot;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cameljiko.component.JikoComponent;
import io.cameljiko.component.JikoConfiguration;
import io.cameljiko.component.JikoEnvironment;
import io.cameljiko.component.model.Team;
import io.cameljiko.simulator.JikoSimulator;
import io.cameljiko.simulator.RecordedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter in a Spring Boot application against the simulator: properties bind, a route polls, a producer calls. */
@SpringBootTest(classes = JikoStarterTest.App.class, properties = {
        "camel.component.jiko.max-retries=1",
        "camel.component.jiko.retry-delay=50",
        "camel.component.jiko.output-type=model",
        "camel.component.jiko.scopes=pockets.read team.read",
        "management.endpoint.configprops.show-values=always",
        "management.endpoint.env.show-values=always",
        "camel.springboot.name=jiko-starter-test" })
class JikoStarterTest {

    static final JikoSimulator SIM = JikoSimulator.builder().port(0).seed(11).rateLimits(false).build().start();

    @SpringBootApplication
    static class App {
        /** Stopped with the application context, after Camel (Camel stops on the context-closed event). */
        @Bean(destroyMethod = "stop")
        JikoSimulator simulator() {
            return SIM;
        }

        @Bean
        RouteBuilder jikoRoutes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("jiko:listPockets?startFrom=beginning&delay=200").routeId("pockets").to("mock:pockets");
                    from("direct:team").to("jiko:getTeam");
                }
            };
        }
    }

    @DynamicPropertySource
    static void jikoProperties(DynamicPropertyRegistry registry) {
        registry.add("camel.component.jiko.base-url", SIM::baseUrl);
        registry.add("camel.component.jiko.token-url", SIM::tokenUrl);
        registry.add("camel.component.jiko.client-id", SIM::demoClientId);
        registry.add("camel.component.jiko.private-key", SIM::demoPrivateKeyPem);
    }

    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate template;
    @Autowired
    org.springframework.context.ApplicationContext applicationContext;
    @Autowired
    List<org.springframework.boot.actuate.endpoint.SanitizingFunction> sanitizers;
    @Autowired
    MeterRegistry meters;

    @Test
    void propertiesBindToTheComponent() {
        JikoConfiguration config = camel.getComponent("jiko", JikoComponent.class).getConfiguration();
        assertThat(config.getBaseUrl()).isEqualTo(SIM.baseUrl());
        assertThat(config.getTokenUrl()).isEqualTo(SIM.tokenUrl());
        assertThat(config.getClientId()).isEqualTo(SIM.demoClientId());
        assertThat(config.getPrivateKey()).isEqualTo(SIM.demoPrivateKeyPem());
        assertThat(config.getMaxRetries()).isEqualTo(1);
        assertThat(config.getRetryDelay()).isEqualTo(50L);
        assertThat(config.getScopes()).isEqualTo("pockets.read team.read");
        assertThat(config.getEnvironment()).isEqualTo(JikoEnvironment.sandbox); // the default, untouched
    }

    @Test
    void aRoutePollsAndAProducerCalls() throws Exception {
        MockEndpoint pockets = camel.getEndpoint("mock:pockets", MockEndpoint.class);
        int expected = SIM.state().pocketIds().size();
        assertThat(expected).isPositive();
        pockets.expectedMinimumMessageCount(expected);
        pockets.setResultWaitTime(10_000);
        pockets.assertIsSatisfied();

        Team team = template.requestBody("direct:team", null, Team.class);
        assertThat(team.teamId()).isEqualTo(SIM.state().teamId());

        List<RecordedRequest> requests = SIM.receivedRequests();
        assertThat(requests).anySatisfy(r -> {
            assertThat(r.path()).isEqualTo("/api/oauth2/token");
            assertThat(r.bodyText()).contains("client_id=" + SIM.demoClientId()).contains("scope=pockets.read+team.read");
        });
        assertThat(requests).anySatisfy(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.path()).isEqualTo("/api/v2/pockets/");
            assertThat(r.header("Authorization")).startsWith("Bearer ");
        });
        assertThat(requests).anySatisfy(r -> assertThat(r.path()).isEqualTo("/api/v1/team/"));
        // the jiko readiness check is in Camel's registry (camel-spring-boot's health integration reads it)
        org.apache.camel.health.HealthCheckRegistry health = org.apache.camel.health.HealthCheckRegistry.get(camel);
        assertThat(health).as("Camel health-check registry under Spring Boot").isNotNull();
        assertThat(health.getCheck("jiko")).isPresent();
        assertThat(health.getCheck("jiko").get().call().getState()).isEqualTo(org.apache.camel.health.HealthCheck.State.UP);
        // Spring Boot's MeterRegistry (actuator) gets the jiko meters
        assertThat(meters.get("jiko.calls").tag("operation", "getTeam").functionCounter().count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void actuatorConfigpropsMasksTheSecretsButShowsTheRest() {
        // actuator's configprops endpoint as management.endpoint.configprops.show-values=always builds it
        ConfigurationPropertiesReportEndpoint configprops = new ConfigurationPropertiesReportEndpoint(sanitizers,
                org.springframework.boot.actuate.endpoint.Show.ALWAYS);
        configprops.setApplicationContext(applicationContext);
        Map<String, Object> jiko = configprops.configurationProperties().getContexts().values().stream()
                .map(c -> c.getBeans().values().stream()
                        .filter(b -> "camel.component.jiko".equals(b.getPrefix())).findFirst().orElse(null))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow().getProperties();
        assertThat(jiko).containsEntry("privateKey", "******").containsEntry("clientId", SIM.demoClientId())
                .containsEntry("baseUrl", SIM.baseUrl());
        assertThat(jiko.toString()).doesNotContain("PRIVATE KEY").doesNotContain(SIM.demoPrivateKeyPem().lines().skip(1)
                .findFirst().orElseThrow());
    }

    @Test
    void configurationMetadataListsEveryOptionForIdeCompletion() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("spring-configuration-metadata.json from spring-boot-configuration-processor").isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        metadata.get("properties").forEach(p -> byName.put(p.get("name").asText(), p));
        for (ConfigurationSource.Option option : ConfigurationSource.options()) {
            String name = "camel.component.jiko." + option.name().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
            assertThat(byName).as("metadata of %s", name).containsKey(name);
            assertThat(byName.get(name).path("description").asText()).as("description of %s", name).isNotBlank();
        }
        assertThat(byName.get("camel.component.jiko.max-retries").get("defaultValue").asInt()).isEqualTo(3);
        assertThat(byName.get("camel.component.jiko.environment").get("type").asText())
                .isEqualTo("io.cameljiko.component.JikoEnvironment");
    }
}
