package io.cameljiko.component.client;

import io.cameljiko.component.json.JikoJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.cameljiko.component.error.JikoApiException;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.ResultKind;
import io.cameljiko.component.model.CursorPage;

/** Turns a 2xx answer into the message body the outputType asks for. */
public final class ResponseMapper {

    /** The body and, for a page, its cursors. */
    public record Mapped(Object body, String nextPage, String prevPage) {
    }

    /**
     * Jackson's reader per body type and per page item type, made once: looking the root deserializer and the type
     * up again showed in every call's profile.
     */
    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return JikoJson.MAPPER.readerFor(type);
        }
    };
    private static final ClassValue<ObjectReader> PAGE_READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> item) {
            return JikoJson.MAPPER.readerFor(JikoJson.MAPPER.getTypeFactory().constructParametricType(CursorPage.class, item));
        }
    };

    private ResponseMapper() {
    }

    /** Whether this answer is a page of items (a list operation, or an export that answered JSON). */
    public static boolean isPage(Operation operation, JikoResponse response) {
        return operation.resultKind() == ResultKind.PAGE
               || (operation.resultKind() == ResultKind.STREAM && operation.resultModel() != null && response.isJson());
    }

    public static Mapped map(Operation operation, JikoResponse response, JikoOutputType outputType) {
        ResultKind kind = operation.resultKind();
        boolean page = isPage(operation, response);
        if (!page && (kind == ResultKind.STREAM || (kind == ResultKind.JSON && !response.isJson() && response.statusCode() != 204))) {
            // handed on unread: the caller streams it, and closing it frees the connection
            return new Mapped(response.body(), null, null);
        }
        byte[] bytes = response.readAllBytes();
        if (kind == ResultKind.NONE || bytes.length == 0) {
            return new Mapped(null, null, null);
        }
        try {
            if (page) {
                JsonNode tree = JikoJson.MAPPER.readTree(bytes);
                String next = PageReader.cursor(tree, PageReader.NEXT_PAGE);
                String prev = PageReader.cursor(tree, PageReader.PREV_PAGE);
                Object body = switch (outputType) {
                    case json -> new String(bytes, StandardCharsets.UTF_8);
                    case map -> JikoJson.MAPPER.treeToValue(tree, Map.class);
                    case model -> PAGE_READERS.get(modelOr(operation, Object.class)).readValue(tree);
                };
                return new Mapped(body, next, prev);
            }
            Object body = switch (outputType) {
                case json -> new String(bytes, StandardCharsets.UTF_8);
                case map -> READERS.get(Object.class).readValue(bytes);
                case model -> READERS.get(modelOr(operation, Object.class)).readValue(bytes);
            };
            return new Mapped(body, null, null);
        } catch (IOException e) {
            throw unreadable(operation, response.statusCode(), e);
        }
    }

    /** A page's JSON tree, for the paging iterator. */
    public static JsonNode tree(Operation operation, JikoResponse response) {
        return tree(operation, response.statusCode(), response.readAllBytes());
    }

    /** A page's JSON tree from the bytes of an answer with this status. */
    public static JsonNode tree(Operation operation, int status, byte[] bytes) {
        try {
            return JikoJson.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw unreadable(operation, status, e);
        }
    }

    /**
     * A page for the paging iterator, its items in the body type read in one pass: the model or Map straight from
     * the bytes (no tree first, then a second conversion per item); JSON text still goes through the tree.
     */
    public static PageIterator.Page page(Operation operation, JikoResponse response, JikoOutputType outputType) {
        return page(operation, response.statusCode(), response.readAllBytes(), outputType);
    }

    /** {@link #page(Operation, JikoResponse, JikoOutputType)} from the bytes of an answer with this status. */
    public static PageIterator.Page page(Operation operation, int status, byte[] bytes, JikoOutputType outputType) {
        try {
            if (outputType == JikoOutputType.json) {
                return JsonItemTexts.read(bytes);
            }
            Class<?> item = outputType == JikoOutputType.model ? modelOr(operation, Object.class) : Map.class;
            CursorPage<?> page = PAGE_READERS.get(item).readValue(bytes);
            return new PageIterator.Page(page.items(), page.nextPage());
        } catch (IOException e) {
            throw unreadable(operation, status, e);
        }
    }

    /** Turns items of a page of this operation into what the outputType asks: the model, its JSON text, or a Map. */
    public static Function<JsonNode, Object> itemConverter(Operation operation, JikoOutputType outputType) {
        return converter(operation, modelOr(operation, Map.class), outputType);
    }

    /** A JSON value as the outputType asks, with {@code model} for outputType=model. */
    public static Object convert(Operation operation, JsonNode value, Class<?> model, JikoOutputType outputType) {
        return converter(operation, model, outputType).apply(value);
    }

    /**
     * The conversion of {@link #convert} for many values of one kind (a consumer's items): Jackson's reader for the
     * target type is looked up once here, not once per value.
     */
    public static Function<JsonNode, Object> converter(Operation operation, Class<?> model, JikoOutputType outputType) {
        if (outputType == JikoOutputType.json) {
            return JsonNode::toString;
        }
        ObjectReader reader = READERS.get(outputType == JikoOutputType.model && model != null ? model : Map.class);
        return value -> {
            try {
                return value == null ? null : reader.readValue(value);
            } catch (IOException e) {
                throw unreadable(operation, 200, e);
            }
        };
    }

    /**
     * Makes the Jackson reader this operation's answers will be read with. Jackson introspects a type the first time
     * it is asked for a reader of it (~100 ms for the first model of a JVM), so an endpoint has this done in the
     * background at start rather than on its first answer. Returns the type prepared, or null when none is needed.
     */
    public static JavaType prepare(Operation operation, JikoOutputType outputType) {
        if (outputType == JikoOutputType.json) {
            return null;
        }
        boolean model = outputType == JikoOutputType.model;
        return switch (operation.resultKind()) {
            case OBJECT, JSON -> READERS.get(model ? modelOr(operation, Object.class) : Object.class).getValueType();
            case PAGE -> PAGE_READERS.get(model ? modelOr(operation, Object.class) : Map.class).getValueType();
            case STREAM -> operation.resultModel() == null ? null
                    : PAGE_READERS.get(model ? operation.resultModel() : Map.class).getValueType();
            case NONE -> null;
        };
    }

    private static Class<?> modelOr(Operation operation, Class<?> fallback) {
        return operation.resultModel() != null ? operation.resultModel() : fallback;
    }

    /** The parser's message quotes the answer, so it is masked, and the parser's exception is not chained. */
    private static JikoApiException unreadable(Operation operation, int status, Exception e) {
        return new JikoApiException("Jiko's answer to " + operation.name() + " could not be read as "
                                    + (operation.resultModel() != null ? operation.resultModel().getSimpleName() : "JSON")
                                    + ": " + SecretMask.mask(e.getMessage()), status, operation.name(), null, null);
    }
}
