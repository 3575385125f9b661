package io.cameljiko.component;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cameljiko.component.json.JikoJson;
import io.cameljiko.component.model.Transaction;
import io.cameljiko.component.model.TransferRequest;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import io.cameljiko.component.support.LogCapture;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModelMarshallingTest {

    static final String TRANSACTION = "{\"id\":\"a1\",\"transaction_id\":\"t1\",\"type\":\"ACH\",\"pocket_id\":\"p1\","
                                      + "\"amount\":{\"value\":10123,\"currency\":\"USD\",\"formatted\":\"$101.23\"},"
                                      + "\"direction\":\"DEBIT\",\"status\":\"SETTLED\",\"time_booked\":\"2026-01-30T16:09:35.775108Z\","
                                      + "\"ach_trace\":\"0001\"}";
    static final String TRANSFER = "{\"id\":\"7fe330b4-1c1c-4461-ab11-2d257e92126f\",\"status\":\"PENDING_APPROVAL\",\"transfer\":"
                                   + "{\"id\":\"7fe330b4-1c1c-4461-ab11-2d257e92126f\",\"type\":\"ON_US\",\"origin_pocket_id\":\"o\","
                                   + "\"amount\":{\"type\":\"REQUESTED_AMOUNT\",\"amount_usdc\":10123},\"details\":{\"type\":"
                                   + "\"INTERNAL_REALLOCATION\",\"destination_pocket_id\":\"d\"},\"description\":\"SEOUT 01\"},\"reviewers\":[]}";

    /** marshal: json in a route uses Camel's own Jackson, not ours: the models must still write Jiko's shape. */
    @Test
    void camelJacksonMarshalsModelsBackToJikosJson() throws Exception {
        try (Camel camel = new Camel("http://127.0.0.1:1", "http://127.0.0.1:1/t")) {
            camel.context().addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:json").marshal().json(JsonLibrary.Jackson);
                }
            });
            camel.config().setAccessToken("unused");
            camel.start();
            ObjectMapper plain = new ObjectMapper();
            Map<String, Class<?>> cases = Map.of(TRANSACTION, Transaction.class, TRANSFER, TransferRequest.class);
            for (Map.Entry<String, Class<?>> c : cases.entrySet()) {
                String json = c.getKey();
                Object model = JikoJson.MAPPER.readValue(json, c.getValue());
                Exchange ex = camel.send("direct:json", model, Map.of());
                assertThat(ex.getException()).isNull();
                assertThat(plain.readTree(ex.getMessage().getBody(String.class))).isEqualTo(plain.readTree(json));
            }
        }
    }

    @Test
    void anEndpointOfAnInferredOperationSaysSoAtStart() {
        String logs;
        try (JikoWireMock wm = new JikoWireMock(); LogCapture capture = new LogCapture(); Camel camel = Camel.withClientCredentials(wm)) {
            camel.context().getEndpoint("jiko:approveTransferRequest");
            camel.context().getEndpoint("jiko:getTeam");
            logs = capture.text();
        }
        assertThat(logs).contains("Jiko operation approveTransferRequest (POST /api/v1/transfer-requests/{transfer_id}/approve/) "
                                  + "is INFERRED from public material, not documented by Jiko");
        assertThat(logs).doesNotContain("Jiko operation getTeam");
    }
}
