package io.cameljiko.component.catalog;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cameljiko.component.json.JikoJson;
import io.cameljiko.component.json.JsonPaths;

/**
 * Request bodies: JSON bodies become a tree that is checked against the operation's rules before
 * anything is sent; raw bodies are streamed as they are.
 */
public final class RequestBodies {

    private static final String MODEL_PACKAGE = "io.cameljiko.component.model";

    private RequestBodies() {
    }

    /** The body as a JSON object: a model, a Map, or JSON text/bytes/stream; anything else is refused by name. */
    public static ObjectNode toJsonObject(Operation operation, Object body) {
        String expected = (operation.bodyModel() != null ? "a " + operation.bodyModel().getSimpleName() + ", " : "")
                          + "a Map or JSON text";
        if (body == null) {
            throw new IllegalArgumentException("Operation " + operation.name() + " needs a request body: " + expected);
        }
        JsonNode tree;
        try {
            if (body instanceof String s) {
                tree = JikoJson.MAPPER.readTree(s);
            } else if (body instanceof byte[] b) {
                tree = JikoJson.MAPPER.readTree(b);
            } else if (body instanceof InputStream in) {
                tree = JikoJson.MAPPER.readTree(in);
            } else if (body instanceof Map<?, ?> || body instanceof JsonNode || isExpectedModel(operation, body)) {
                tree = JikoJson.MAPPER.valueToTree(body);
            } else {
                throw new IllegalArgumentException("Operation " + operation.name() + " cannot send a body of type "
                                                   + body.getClass().getName() + ": give " + expected);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body of operation " + operation.name() + " is not valid JSON: "
                                               + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("The body of operation " + operation.name() + " could not be read: "
                                               + e.getClass().getSimpleName());
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalArgumentException("The body of operation " + operation.name() + " must be a JSON object, not "
                                               + (tree == null ? "empty" : tree.getNodeType().name().toLowerCase()));
        }
        return object;
    }

    private static boolean isExpectedModel(Operation operation, Object body) {
        if (operation.bodyModel() != null && operation.bodyModel().isInstance(body)) {
            return true;
        }
        // a model of another operation, or a number or list, is a mistake worth naming; other beans are converted
        String type = body.getClass().getName();
        return !type.startsWith("java.") && (operation.bodyModel() == null || !type.startsWith(MODEL_PACKAGE));
    }

    /** Checks the operation's rules; the message names the field and what it must be. */
    public static void validate(Operation operation, ObjectNode body) {
        for (BodyRule rule : operation.bodyRules()) {
            JsonNode value = JsonPaths.at(body, rule.path());
            boolean present = value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank());
            if (rule.check() == BodyRule.Check.REQUIRED) {
                if (!present) {
                    throw bad(operation, rule, "is required");
                }
                continue;
            }
            if (!present) {
                continue;
            }
            switch (rule.check()) {
                case NON_EMPTY_ARRAY -> {
                    if (!value.isArray() || value.isEmpty()) {
                        throw bad(operation, rule, "must be a non-empty list");
                    }
                }
                case MIN_LENGTH -> {
                    if (!value.isTextual() || value.asText().length() < rule.number()) {
                        // the value itself is not shown: this rule guards secrets
                        throw bad(operation, rule, "must be text of at least " + rule.number() + " characters");
                    }
                }
                case URL -> {
                    String text = value.asText();
                    if (!value.isTextual() || text.length() > rule.number() || !isHttpUrl(text)) {
                        throw bad(operation, rule, "must be an http(s) URL of at most " + rule.number() + " characters");
                    }
                }
                case UUID -> {
                    if (!value.isTextual() || !ParameterValues.isUuid(value.asText())) {
                        throw bad(operation, rule, "must be a UUID, got '" + shorten(value.asText()) + "'");
                    }
                }
                case POSITIVE_INTEGER -> {
                    if (!value.isIntegralNumber() || value.asLong() <= 0) {
                        throw bad(operation, rule, "must be a positive whole number of cents, got " + shorten(value.toString())
                                                   + " (amounts are integer cents: 101.23 USD is 10123)");
                    }
                }
                case ONE_OF -> {
                    if (!rule.allowed().contains(value.asText())) {
                        throw bad(operation, rule, "must be one of " + String.join(", ", rule.allowed()) + ", got '"
                                                   + shorten(value.asText()) + "'");
                    }
                }
                default -> throw new IllegalStateException(rule.check().name());
            }
        }
    }

    public static byte[] bytes(ObjectNode body) {
        try {
            return JikoJson.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = URI.create(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static IllegalArgumentException bad(Operation operation, BodyRule rule, String problem) {
        return new IllegalArgumentException("Body field " + rule.path() + " of operation " + operation.name() + " " + problem);
    }

    /** A raw body (uploadDocument) as a publisher, with whether it can be sent twice. */
    public record Raw(Supplier<HttpRequest.BodyPublisher> publisher, boolean replayable, String contentType) {
    }

    public static Raw raw(Operation operation, Object body, String contentType, Long contentLength) {
        String problem = "Operation " + operation.name() + " needs the document as its body: an InputStream, File, Path, "
                         + "byte[] or String";
        if (body == null) {
            throw new IllegalArgumentException(problem);
        }
        if (body instanceof byte[] bytes) {
            if (bytes.length == 0) {
                throw new IllegalArgumentException(problem + " (it is empty)");
            }
            return new Raw(() -> HttpRequest.BodyPublishers.ofByteArray(bytes), true, orDefault(contentType, null));
        }
        if (body instanceof String text) {
            return raw(operation, text.getBytes(StandardCharsets.UTF_8), contentType == null ? "text/plain" : contentType,
                    contentLength);
        }
        if (body instanceof File file) {
            return raw(operation, file.toPath(), contentType, contentLength);
        }
        if (body instanceof Path path) {
            if (!Files.isReadable(path)) {
                throw new IllegalArgumentException("Operation " + operation.name() + ": cannot read file " + path);
            }
            String type = contentType != null ? contentType : URLConnection.guessContentTypeFromName(path.toString());
            return new Raw(() -> {
                try {
                    return HttpRequest.BodyPublishers.ofFile(path);
                } catch (IOException e) {
                    throw new IllegalArgumentException("Operation " + operation.name() + ": cannot read file " + path);
                }
            }, true, orDefault(type, null));
        }
        if (body instanceof InputStream in) {
            if (contentLength != null && contentLength == 0) {
                throw new IllegalArgumentException(problem + " (its Content-Length is 0)");
            }
            // streamed as it comes; with a known length Jiko gets Content-Length instead of chunks
            Supplier<HttpRequest.BodyPublisher> publisher = contentLength != null && contentLength >= 0
                    ? () -> HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> in),
                            contentLength)
                    : () -> HttpRequest.BodyPublishers.ofInputStream(() -> in);
            return new Raw(publisher, false, orDefault(contentType, null));
        }
        throw new IllegalArgumentException(problem + ", not " + body.getClass().getName());
    }

    private static String orDefault(String contentType, String fallback) {
        return contentType != null ? contentType : fallback != null ? fallback : "application/octet-stream";
    }
}
