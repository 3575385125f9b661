package io.cameljiko.component.consumer;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.client.JikoOutputType;
import io.cameljiko.component.json.JikoJson;
import io.cameljiko.component.model.Event;
import io.cameljiko.component.model.Pocket;
import io.cameljiko.component.model.Transaction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The body of a polled item in each outputType; the converter is kept per outputType, not once for all. */
class ItemBodiesTest {

    @Test
    void aChangedOutputTypeGetsItsOwnConversion() throws Exception {
        ItemBodies bodies = new ItemBodies(OperationCatalog.require("listPockets"));
        JsonNode item = JikoJson.MAPPER.readTree("{\"id\":\"p1\",\"pocket_name\":\"Ops\",\"extra\":1}");

        assertThat(bodies.body(fromTree(item), JikoOutputType.model)).isInstanceOf(Pocket.class);
        Object json = bodies.body(fromTree(item), JikoOutputType.json);
        assertThat(json).isInstanceOf(String.class);
        assertThat(JikoJson.MAPPER.readTree((String) json)).isEqualTo(item);
        assertThat(bodies.body(fromTree(item), JikoOutputType.map)).isInstanceOf(Map.class)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("pocket_name", "Ops");
        assertThat(bodies.body(fromTree(item), JikoOutputType.model)).isInstanceOf(Pocket.class);
    }

    @Test
    void anEventListingDeliversTheEventInsideEachItem() throws Exception {
        ItemBodies bodies = new ItemBodies(OperationCatalog.require("listEvents"));
        JsonNode item = JikoJson.MAPPER.readTree("{\"event\":{\"event_id\":\"e-1\",\"event_type\":\"transfers.created\","
                + "\"timestamp\":\"2026-03-01T10:00:00Z\"},\"delivery\":\"x\"}");
        assertThat(bodies.body(fromTree(item), JikoOutputType.model)).isInstanceOf(Event.class);
        assertThat(JikoJson.MAPPER.readTree((String) bodies.body(fromTree(item), JikoOutputType.json))).isEqualTo(item.get("event"));
    }

    @Test
    void anItemReadStraightIntoItsModelIsTheBodyAsItIsAndConvertsForTheOtherOutputTypes() throws Exception {
        ItemBodies bodies = new ItemBodies(OperationCatalog.require("listTransactions"));
        Transaction model = JikoJson.MAPPER.readValue("{\"id\":\"t1\",\"amount\":{\"value\":1250,\"currency\":\"USD\"},"
                + "\"time_booked\":\"2026-03-01T10:00:00Z\",\"trace\":\"x\"}", Transaction.class);
        Candidate read = new Candidate("t1", model.timeBooked(), null, null, null, model);

        assertThat(bodies.body(read, JikoOutputType.model)).isSameAs(model);
        assertThat(bodies.body(read, JikoOutputType.map)).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("id", "t1").containsEntry("trace", "x").containsEntry("time_booked", "2026-03-01T10:00:00Z");
        assertThat(JikoJson.MAPPER.readTree((String) bodies.body(read, JikoOutputType.json)).path("amount").path("value").asLong())
                .isEqualTo(1250L);
    }

    private static Candidate fromTree(JsonNode item) {
        return new Candidate("id", null, null, null, item);
    }
}
