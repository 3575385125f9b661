package io.cameljiko.component.consumer;

import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.PollSpec;
import io.cameljiko.component.client.JikoOutputType;
import io.cameljiko.component.client.ResponseMapper;
import io.cameljiko.component.json.JikoJson;
import io.cameljiko.component.json.JsonPaths;

/**
 * The message body of a polled item as the outputType asks. The conversion (Jackson's reader for the model) is
 * built once per outputType rather than looked up for every item.
 */
final class ItemBodies {

    private record Conversion(JikoOutputType outputType, Function<JsonNode, Object> convert) {
    }

    private final Operation operation;
    private final PollSpec spec;
    private volatile Conversion current;

    ItemBodies(Operation operation) {
        this.operation = operation;
        this.spec = operation.poll();
    }

    Object body(Candidate candidate, JikoOutputType outputType) {
        if (candidate.model() != null && outputType == JikoOutputType.model) {
            return candidate.model(); // the page was read straight into models
        }
        JsonNode item = candidate.item() != null ? candidate.item() : JikoJson.MAPPER.valueToTree(candidate.model());
        Conversion c = current;
        if (c == null || c.outputType() != outputType) {
            c = new Conversion(outputType, spec.unwrapPath() == null
                    ? ResponseMapper.itemConverter(operation, outputType)
                    : ResponseMapper.converter(operation, spec.unwrapModel(), outputType));
            current = c;
        }
        return c.convert().apply(spec.unwrapPath() == null ? item : JsonPaths.at(item, spec.unwrapPath()));
    }
}
