package io.cameljiko.simulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** JSON request-body access with FastAPI-like 422 errors (collected, thrown by done()). */
final class Body {
    final Map<String, Object> root;
    private final List<Object> errors = new ArrayList<>();

    private Body(Map<String, Object> root) {
        this.root = root;
    }

    static Body parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw ApiError.validation(List.of("body"), "Field required", "missing", null);
        }
        Object o;
        try {
            o = Json.read(bytes);
        } catch (IOException e) {
            throw ApiError.validation(List.of("body", 0), "JSON decode error", "json_invalid", Json.map("error", "Invalid JSON"));
        }
        if (!(o instanceof Map)) {
            throw ApiError.validation(List.of("body"), "Input should be a valid dictionary or object to extract fields from",
                    "model_attributes_type", o);
        }
        return new Body(Json.asMap(o));
    }

    void err(List<Object> loc, String msg, String type, Object input) {
        List<Object> l = new ArrayList<>();
        l.add("body");
        l.addAll(loc);
        errors.add(ApiError.item(l, msg, type, input));
    }

    /** Nested object (optional unless required). */
    Map<String, Object> obj(Map<String, Object> in, List<Object> loc, String name, boolean required) {
        Object v = in == null ? null : in.get(name);
        if (v == null) {
            if (required) {
                err(append(loc, name), "Field required", "missing", in);
            }
            return null;
        }
        if (!(v instanceof Map)) {
            err(append(loc, name), "Input should be a valid dictionary or object to extract fields from", "model_attributes_type", v);
            return null;
        }
        return Json.asMap(v);
    }

    String str(Map<String, Object> in, List<Object> loc, String name, boolean required) {
        Object v = in == null ? null : in.get(name);
        if (v == null) {
            if (required) {
                err(append(loc, name), "Field required", "missing", in);
            }
            return null;
        }
        if (!(v instanceof String)) {
            err(append(loc, name), "Input should be a valid string", "string_type", v);
            return null;
        }
        return (String) v;
    }

    String nonEmpty(Map<String, Object> in, List<Object> loc, String name, boolean required) {
        String s = str(in, loc, name, required);
        if (s != null && s.isBlank()) {
            err(append(loc, name), "String should have at least 1 character", "string_too_short", s);
            return null;
        }
        return s;
    }

    String uuid(Map<String, Object> in, List<Object> loc, String name, boolean required) {
        String s = str(in, loc, name, required);
        if (s == null) {
            return null;
        }
        if (!Params.isUuid(s)) {
            err(append(loc, name), "Input should be a valid UUID, invalid character or length", "uuid_parsing", s);
            return null;
        }
        return Params.normalizeUuid(s);
    }

    String enumValue(Map<String, Object> in, List<Object> loc, String name, boolean required, Set<String> allowed) {
        String s = str(in, loc, name, required);
        if (s != null && !allowed.contains(s)) {
            err(append(loc, name), "Input should be " + String.join(", ", new java.util.TreeSet<>(allowed)), "enum", s);
            return null;
        }
        return s;
    }

    Long integer(Map<String, Object> in, List<Object> loc, String name, boolean required) {
        Object v = in == null ? null : in.get(name);
        if (v == null) {
            if (required) {
                err(append(loc, name), "Field required", "missing", in);
            }
            return null;
        }
        if (!(v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger)) {
            err(append(loc, name), "Input should be a valid integer", "int_type", v);
            return null;
        }
        return ((Number) v).longValue();
    }

    Double number(Map<String, Object> in, List<Object> loc, String name) {
        Object v = in == null ? null : in.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number)) {
            err(append(loc, name), "Input should be a valid number", "float_type", v);
            return null;
        }
        return ((Number) v).doubleValue();
    }

    List<Object> list(Map<String, Object> in, List<Object> loc, String name, boolean required) {
        Object v = in == null ? null : in.get(name);
        if (v == null) {
            if (required) {
                err(append(loc, name), "Field required", "missing", in);
            }
            return null;
        }
        if (!(v instanceof List)) {
            err(append(loc, name), "Input should be a valid list", "list_type", v);
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object> l = (List<Object>) v;
        return l;
    }

    static List<Object> append(List<Object> loc, Object name) {
        List<Object> l = new ArrayList<>(loc);
        l.add(name);
        return l;
    }

    void done() {
        if (!errors.isEmpty()) {
            throw new ApiError(422, Json.map("detail", errors));
        }
    }
}
