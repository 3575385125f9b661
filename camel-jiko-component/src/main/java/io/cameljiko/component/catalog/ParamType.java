package io.cameljiko.component.catalog;

/** How an API parameter's value is validated and written. */
public enum ParamType {
    STRING,
    UUID,
    /** ISO-8601 instant or offset date-time. */
    DATE_TIME,
    /** ISO-8601 calendar date (yyyy-MM-dd). */
    DATE,
    INTEGER,
    /** One of {@link Param#allowed()}. */
    ENUM
}
