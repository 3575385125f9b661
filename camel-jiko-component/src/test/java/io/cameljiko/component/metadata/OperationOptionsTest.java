package io.cameljiko.component.metadata;

import java.util.Map;

import io.cameljiko.component.JikoEndpoint;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.WireMockCamelTest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.EndpointServiceRegistry;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** At run time an endpoint takes only its operation's options, with well-formed values; headers stay lenient. */
class OperationOptionsTest extends WireMockCamelTest {

    static final String UUID = "8a0c1f5e-1d2b-4c3d-9e8f-0a1b2c3d4e5f";

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private void startRoute(String uri) throws Exception {
        DefaultCamelContext context = camel.context();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(uri);
            }
        });
    }

    @Test
    void anOptionOfAnotherOperationFailsStartUpNamingTheOptionAndItsOperations() {
        assertThatThrownBy(() -> startRoute("jiko:getTeam?limit=10"))
                .satisfies(e -> assertThat(rootCause(e)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("Option limit does not apply to operation getTeam")
                        .hasMessageContaining("it applies to listEvents, listNotifications")
                        .hasMessageContaining("listWires"));
        assertThatThrownBy(() -> startRoute("jiko:getPocket?method=GET&pocketId=" + UUID))
                .satisfies(e -> assertThat(rootCause(e)).hasMessageContaining(
                        "Option method does not apply to operation getPocket: it applies to request"));
        assertThatThrownBy(() -> startRoute("jiko:getTeam?paginate=true"))
                .satisfies(e -> assertThat(rootCause(e)).hasMessageContaining("Option paginate does not apply"));
        assertThatThrownBy(() -> camel.context().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jiko:listTransactions?eventTypes=transfers.wire.in.success").to("mock:x");
            }
        })).satisfies(e -> assertThat(rootCause(e)).hasMessageContaining(
                "Option eventTypes does not apply to operation listTransactions: it applies to listEvents"));
        // names are case-insensitive in a URI, so is the check
        assertThatThrownBy(() -> startRoute("jiko:getTeam?PocketId=" + UUID))
                .satisfies(e -> assertThat(rootCause(e)).hasMessageContaining("Option pocketId does not apply"));
        wm.server().verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }

    @Test
    void aMalformedValueOfAnApplicableOptionFailsStartUpNamingIt() {
        assertThatThrownBy(() -> startRoute("jiko:getPocket?pocketId=not-a-uuid"))
                .satisfies(e -> assertThat(rootCause(e)).hasMessageContaining("Option pocketId")
                        .hasMessageContaining("'not-a-uuid' is not a UUID"));
        assertThatThrownBy(() -> startRoute("jiko:getPocketEarnings?pocketId=" + UUID + "&period=range&dateFrom=2026-13-01"))
                .satisfies(e -> assertThat(rootCause(e)).hasMessageContaining("Option dateFrom")
                        .hasMessageContaining("is not an ISO-8601 date"));
        assertThatThrownBy(() -> startRoute("jiko:listTransactions?limit=500"))
                .satisfies(e -> assertThat(rootCause(e)).hasMessageContaining("Option limit")
                        .hasMessageContaining("out of range 1..100"));
        assertThatThrownBy(() -> startRoute("jiko:request?method=FETCH&path=/api/v1/x/"))
                .satisfies(e -> assertThat(rootCause(e)).hasMessageContaining("Option method of operation request"));
    }

    @Test
    void anOptionSetOnTheComponentIsNotCheckedAgainstEveryOperation() throws Exception {
        camel.config().setPocketId(UUID);
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/team/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"members\":{}}")));
        Exchange exchange = camel.send("jiko:getTeam?outputType=json");
        assertThat(exchange.getException()).isNull();
        wm.server().verify(getRequestedFor(urlEqualTo("/api/v1/team/")));
    }

    @Test
    void aHeaderThatDoesNotApplyIsIgnored() {
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/team/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"members\":{}}")));
        Exchange exchange = camel.send("jiko:getTeam?outputType=json", null,
                Map.of("CamelJikoLimit", 10, "CamelJikoPocketId", "not-a-uuid"));
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("{\"members\":{}}");
        wm.server().verify(getRequestedFor(urlEqualTo("/api/v1/team/")));
    }

    @Test
    void consumerAndGenericOptionsKeepWorking() throws Exception {
        DefaultCamelContext context = camel.context();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jiko:listTransactions?pocket=" + UUID + "&outputType=json&startFrom=now&delay=60000"
                     + "&initialDelay=60000&splitItems=false&maxMessagesPerPoll=5").routeId("poll").to("mock:items");
                from("direct:generic").to("jiko:request?method=GET&path=/api/v2/business-applications/");
            }
        });
        assertThat(context.getRouteController().getRouteStatus("poll").isStarted()).isTrue();
    }

    @Test
    void theEndpointTellsTheServiceRegistryWhereCallsGo() throws Exception {
        startRoute("jiko:getPocket?pocketId=" + UUID);
        JikoEndpoint endpoint = camel.context().getEndpoint("jiko:getPocket?pocketId=" + UUID, JikoEndpoint.class);
        assertThat(endpoint.getServiceUrl()).isEqualTo(wm.baseUrl().replaceAll("/$", ""));
        assertThat(endpoint.getServiceProtocol()).isEqualTo("http");
        EndpointServiceRegistry registry = camel.context().getCamelContextExtension().getEndpointServiceRegistry();
        assertThat(registry.listAllEndpointServices())
                .filteredOn(s -> "jiko".equals(s.getComponent()))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.getServiceUrl()).startsWith("http://127.0.0.1:");
                    assertThat(s.getServiceProtocol()).isEqualTo("http");
                    assertThat(s.getServiceMetadata()).containsEntry("operation", "getPocket");
                    assertThat(s.getDirection()).isEqualTo("out");
                });
        try (Camel production = new Camel(null, null)) {
            production.config().setAccessToken("x");
            production.start();
            JikoEndpoint prod = production.context().getEndpoint("jiko:getTeam", JikoEndpoint.class);
            assertThat(prod.getServiceUrl()).startsWith("https://");
            assertThat(prod.getServiceProtocol()).isEqualTo("https");
            production.config().setBaseUrl("https://user:secret@api.example.test/");
            JikoEndpoint withUserInfo = production.context().getEndpoint("jiko:getCustomer", JikoEndpoint.class);
            assertThat(withUserInfo.getServiceUrl()).isEqualTo("https://api.example.test");
        }
    }
}
