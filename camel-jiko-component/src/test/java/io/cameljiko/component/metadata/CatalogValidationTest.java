package io.cameljiko.component.metadata;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cameljiko.component.JikoComponent;
import io.cameljiko.component.JikoConfiguration;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.catalog.OperationOptions;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What tooling sees: camel-catalog's validator with the jiko.json this jar ships, loaded as a custom component. */
class CatalogValidationTest {

    static final String UUID = "8a0c1f5e-1d2b-4c3d-9e8f-0a1b2c3d4e5f";
    static DefaultCamelCatalog catalog;
    static JsonNode json;

    @BeforeAll
    static void load() throws Exception {
        String text;
        try (InputStream in = JikoComponent.class.getResourceAsStream("/META-INF/io/cameljiko/component/jiko.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        json = new ObjectMapper().readTree(text);
        catalog = new DefaultCamelCatalog();
        catalog.addComponent("jiko", JikoComponent.class.getName(), text);
    }

    static EndpointValidationResult producer(String uri) {
        return catalog.validateEndpointProperties(uri, false, false, true);
    }

    static EndpointValidationResult consumer(String uri) {
        return catalog.validateEndpointProperties(uri, false, true, false);
    }

    @Test
    void aMisspeltOperationIsReportedWithTheValidOnes() {
        EndpointValidationResult result = producer("jiko:getTeamz");
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidEnum()).containsEntry("operation", "getTeamz");
        assertThat(result.getInvalidEnumChoices().get("operation")).contains("getTeam", "listTransactions", "request");
    }

    @Test
    void anOptionOfAnotherOperationIsReportedAsUnknown() {
        EndpointValidationResult result = producer("jiko:getTeam?limit=10&pocketId=" + UUID);
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getUnknown()).containsExactlyInAnyOrder("limit", "pocketId");
        assertThat(producer("jiko:getTeam?method=GET").getUnknown()).containsExactly("method");
    }

    @Test
    void theOperationsOwnOptionsAndTheSharedOnesAreAccepted() {
        assertThat(producer("jiko:getPocket?pocketId=" + UUID + "&outputType=json&maxRetries=1").isSuccess()).isTrue();
        assertThat(producer("jiko:listTransactions?pocket=" + UUID + "&limit=50&paginate=true").isSuccess()).isTrue();
        assertThat(producer("jiko:request?method=POST&path=/api/v2/business-applications/").isSuccess()).isTrue();
        assertThat(producer("jiko:request?method=FETCH").getInvalidEnum()).containsEntry("method", "FETCH");
    }

    @Test
    void consumerFiltersAndConsumerOptionsAreAcceptedInConsumerMode() {
        EndpointValidationResult result = consumer("jiko:listTransactions?pocket=" + UUID
                                                   + "&outputType=json&startFrom=now&delay=60000&stateRepository=#positions");
        assertThat(result.isSuccess()).as(result.summaryErrorMessage(false)).isTrue();
        assertThat(consumer("jiko:listEvents?eventTypes=transfers.wire.in.success&subscriptionId=" + UUID).isSuccess())
                .isTrue();
        // the check is live: a producer-only option is refused in a from:
        assertThat(consumer("jiko:listTransactions?paginate=true").getNotConsumerOnly()).containsExactly("paginate");
        assertThat(consumer("jiko:listTransactions?eventTypes=x").getUnknown()).containsExactly("eventTypes");
        assertThat(producer("jiko:listEvents?eventTypes=x").getNotProducerOnly()).containsExactly("eventTypes");
        assertThat(producer("jiko:getTeam?paginate=true").getUnknown()).containsExactly("paginate");
    }

    @Test
    void everyOperationIsAnApiWithItsOwnOptions() {
        assertThat(json.at("/component/api").asBoolean()).isTrue();
        for (var operation : OperationCatalog.all()) {
            JsonNode api = json.path("apis").path(operation.name());
            assertThat(api.path("description").asText()).as(operation.name()).startsWith(operation.summary());
            assertThat(api.path("producerOnly").asBoolean()).as(operation.name()).isEqualTo(!operation.pollable());
            JsonNode properties = json.at("/apiProperties/" + operation.name() + "/methods/" + operation.name() + "/properties");
            long expected = OperationOptions.all().values().stream().filter(ops -> ops.contains(operation.name())).count();
            assertThat(properties.size()).as("options of %s", operation.name()).isEqualTo((int) expected);
            properties.fieldNames().forEachRemaining(option -> assertThat(OperationOptions.operationsOf(option))
                    .as("%s of %s", option, operation.name()).contains(operation.name()));
        }
        for (String option : OperationOptions.all().keySet()) {
            assertThat(json.path("properties").has(option)).as("%s only under its operations", option).isFalse();
            assertThat(json.path("componentProperties").has(option)).as("%s not a component option", option).isFalse();
        }
    }

    @Test
    void descriptionsRenderAsWrittenWithNothingDropped() {
        for (Field f : JikoConfiguration.class.getDeclaredFields()) {
            UriParam param = f.getAnnotation(UriParam.class);
            if (param == null) {
                continue;
            }
            String name = f.getName();
            String where = OperationOptions.isOperationSpecific(name)
                    ? "/apiProperties/" + OperationOptions.operationsOf(name).iterator().next() + "/methods/"
                      + OperationOptions.operationsOf(name).iterator().next() + "/properties/" + name
                    : "/properties/" + name;
            assertThat(json.at(where + "/description").asText()).as("description of %s in jiko.json", name)
                    .isEqualTo(param.description());
        }
        assertThat(json.at("/apiProperties/listTransactions/methods/listTransactions/properties/pocket/description")
                .asText()).contains("pocket%5B%5D");
        assertThat(json.at("/apiProperties/listEvents/methods/listEvents/properties/eventTypes/description").asText()).contains("an asterisk matches any text");
    }
}
