package io.cameljiko.component.openapi;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What camel-jiko reads from an OpenAPI description, free of any parser type: the check, the dynamic operations and
 * the report work on this, and only {@link SpecParser} knows swagger-parser.
 *
 * @param location   where it was read from, as the user wrote it
 * @param specVersion the OpenAPI version the file declares (3.0.x or 3.1.x)
 */
public record ApiDescription(String location, String specVersion, String title, String version,
        List<ApiOperation> operations) {

    public ApiDescription {
        operations = List.copyOf(operations);
    }

    public Optional<ApiOperation> byId(String operationId) {
        return operations.stream().filter(o -> o.operationId().equals(operationId)).findFirst();
    }

    /** The operation at this method and path; path parameter names do not matter ({x} matches {y}). */
    public Optional<ApiOperation> at(String method, String path) {
        String shape = shape(path);
        return operations.stream().filter(o -> o.method().equals(method) && shape(o.path()).equals(shape)).findFirst();
    }

    static String shape(String path) {
        return path.replaceAll("\\{[^}/]+}", "{}");
    }

    /**
     * One operation of the description.
     *
     * @param response       what a 2xx answer carries
     * @param responseFields top-level fields of the answer's schema, or of one item when the answer is a cursor list
     */
    public record ApiOperation(String operationId, String method, String path, String summary, List<ApiParam> params,
            ApiBody body, ResponseShape response, Set<String> responseFields) {

        public ApiOperation {
            params = List.copyOf(params);
            responseFields = Set.copyOf(responseFields);
        }

        public Optional<ApiParam> param(String in, String name) {
            return params.stream().filter(p -> p.in().equals(in) && p.name().equals(name)).findFirst();
        }
    }

    /**
     * A path or query parameter.
     *
     * @param in     path or query (header and cookie parameters are not read)
     * @param type   JSON schema type of the value (of each value when {@code array})
     * @param format JSON schema format (uuid, date-time, date, ...), or null
     */
    public record ApiParam(String name, String in, boolean required, String type, String format, List<String> enums,
            Integer minimum, Integer maximum, boolean array) {

        public ApiParam {
            enums = enums == null ? List.of() : List.copyOf(enums);
        }
    }

    /**
     * A request body.
     *
     * @param mediaType      the first media type the description lists
     * @param requiredFields top-level fields the schema requires
     * @param fields         top-level fields the schema names
     */
    public record ApiBody(boolean required, String mediaType, Set<String> requiredFields, Set<String> fields) {

        public ApiBody {
            requiredFields = Set.copyOf(requiredFields);
            fields = Set.copyOf(fields);
        }

        public boolean json() {
            return mediaType == null || mediaType.contains("json");
        }
    }

    /** The shape of a 2xx answer. */
    public enum ResponseShape {
        /** {prev_page, next_page, items}: pages are read with the cursor parameter. */
        CURSOR_LIST,
        OBJECT,
        /** 204, or a 2xx without content. */
        NONE,
        /** Not JSON (a CSV or PDF download). */
        OTHER
    }
}
