package io.cameljiko.component.catalog;

import java.util.List;
import java.util.Locale;

/**
 * One API parameter of an operation. The Camel option is the lowerCamelCase of the API name
 * ({@code time_booked_from} is {@code timeBookedFrom}, {@code pocket[]} is {@code pocket}).
 */
public record Param(String apiName, String optionName, ParamLocation location, ParamType type, boolean required,
        boolean multiValued, List<String> allowed, Integer min, Integer max) {

    public Param {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    public static Param path(String apiName, ParamType type) {
        return new Param(apiName, optionNameOf(apiName), ParamLocation.PATH, type, true, false, null, null, null);
    }

    public static Param query(String apiName, ParamType type) {
        return new Param(apiName, optionNameOf(apiName), ParamLocation.QUERY, type, false, apiName.endsWith("[]"), null,
                null, null);
    }

    public static Param queryEnum(String apiName, String... allowed) {
        return new Param(apiName, optionNameOf(apiName), ParamLocation.QUERY, ParamType.ENUM, false, apiName.endsWith("[]"),
                List.of(allowed), null, null);
    }

    public static Param queryInt(String apiName, Integer min, Integer max) {
        return new Param(apiName, optionNameOf(apiName), ParamLocation.QUERY, ParamType.INTEGER, false, false, null, min,
                max);
    }

    public Param asRequired() {
        return new Param(apiName, optionName, location, type, true, multiValued, allowed, min, max);
    }

    /** {@code time_booked_from} to {@code timeBookedFrom}; a trailing {@code []} is dropped. */
    public static String optionNameOf(String apiName) {
        String name = apiName.endsWith("[]") ? apiName.substring(0, apiName.length() - 2) : apiName;
        StringBuilder sb = new StringBuilder(name.length());
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_' || c == '-' || c == '.') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
                upper = false;
            }
        }
        return sb.toString();
    }

    /** The header that overrides an option for one message: {@code memberId} is read from {@code CamelJikoMemberId}. */
    public static String headerOf(String optionName) {
        return "CamelJiko" + Character.toUpperCase(optionName.charAt(0)) + optionName.substring(1);
    }

    /** This parameter's header, {@link #headerOf(String)}. */
    public String header() {
        return headerOf(optionName);
    }

    public String describeType() {
        return switch (type) {
            case UUID -> "a UUID";
            case DATE_TIME -> "an ISO-8601 date-time such as 2026-01-30T16:09:35Z";
            case DATE -> "an ISO-8601 date such as 2026-01-30";
            case INTEGER -> "an integer" + (min != null || max != null ? " from " + min + " to " + max : "");
            case ENUM -> "one of " + String.join(", ", allowed);
            case STRING -> "a string";
        } + (multiValued ? " (several allowed, comma-separated)" : "");
    }

    public String typeName() {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
