package io.cameljiko.component.catalog;

/** How much of an operation public Jiko documents show (jiko-api.md evidence levels). */
public enum Evidence {
    /** Method, path and shapes seen in Jiko's own documentation. */
    DOCUMENTED,
    /** Seen in Jiko's documentation, but only in part (truncated page, method or fields missing). */
    PARTLY_DOCUMENTED,
    /** Not seen: inferred from the Partner API or other hints; may differ from the real API. */
    INFERRED,
    /** Not an API operation: the generic request escape hatch. */
    GENERIC
}
