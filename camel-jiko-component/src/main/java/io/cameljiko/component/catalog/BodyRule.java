package io.cameljiko.component.catalog;

import java.util.List;

/**
 * One check on a JSON request body, made before sending. {@code path} is dotted snake_case
 * ({@code transfer.amount.amount_usdc}); a rule other than REQUIRED applies only when the field is present.
 */
public record BodyRule(String path, Check check, int number, List<String> allowed) {

    public enum Check {
        REQUIRED,
        NON_EMPTY_ARRAY,
        MIN_LENGTH,
        URL,
        UUID,
        POSITIVE_INTEGER,
        ONE_OF
    }

    public BodyRule {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    public static BodyRule required(String path) {
        return new BodyRule(path, Check.REQUIRED, 0, null);
    }

    public static BodyRule nonEmptyArray(String path) {
        return new BodyRule(path, Check.NON_EMPTY_ARRAY, 0, null);
    }

    public static BodyRule minLength(String path, int length) {
        return new BodyRule(path, Check.MIN_LENGTH, length, null);
    }

    public static BodyRule url(String path) {
        return new BodyRule(path, Check.URL, 2083, null);
    }

    public static BodyRule uuid(String path) {
        return new BodyRule(path, Check.UUID, 0, null);
    }

    public static BodyRule positiveInteger(String path) {
        return new BodyRule(path, Check.POSITIVE_INTEGER, 0, null);
    }

    public static BodyRule oneOf(String path, String... values) {
        return new BodyRule(path, Check.ONE_OF, 0, List.of(values));
    }
}
