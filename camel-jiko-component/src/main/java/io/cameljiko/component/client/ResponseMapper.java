package io.cameljiko.component.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.cameljiko.component.JikoApiException;
import io.cameljiko.component.JikoOutputType;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.ResultKind;

/** Turns a 2xx answer into the message body the outputType asks for. */
public final class ResponseMapper {

    private ResponseMapper() {
    }

    public static Object map(Operation operation, JikoResponse response, JikoOutputType outputType) {
        ResultKind kind = operation.resultKind();
        if (kind == ResultKind.STREAM || (kind == ResultKind.JSON && !response.isJson() && response.statusCode() != 204)) {
            // handed on unread: the caller streams it (and closing it frees the connection)
            return response.body();
        }
        byte[] bytes = response.readAllBytes();
        if (kind == ResultKind.NONE || bytes.length == 0) {
            return null;
        }
        try {
            return switch (outputType) {
                case json -> new String(bytes, StandardCharsets.UTF_8);
                case map -> JikoJson.MAPPER.readValue(bytes, Object.class);
                case model -> operation.resultModel() != null
                        ? JikoJson.MAPPER.readValue(bytes, operation.resultModel())
                        : JikoJson.MAPPER.readValue(bytes, Object.class);
            };
        } catch (IOException e) {
            throw new JikoApiException("Jiko's answer to " + operation.name() + " could not be read as "
                                       + (operation.resultModel() != null ? operation.resultModel().getSimpleName() : "JSON")
                                       + ": " + e.getClass().getSimpleName(), response.statusCode(), operation.name(), e);
        }
    }
}
