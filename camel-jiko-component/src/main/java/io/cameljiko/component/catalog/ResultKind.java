package io.cameljiko.component.catalog;

/** The shape of an operation's response body. */
public enum ResultKind {
    /** One JSON object, mapped to the operation's model. */
    OBJECT,
    /** A cursor page ({prev_page, next_page, items}) of the operation's model. */
    PAGE,
    /** Bytes handed over as a stream, never read whole (CSV, PDF, downloads). */
    STREAM,
    /** No body (204). */
    NONE,
    /** Whatever JSON comes back, untyped (the request operation). */
    JSON
}
