package io.cameljiko.component.client;

/** What a producer puts in the message body. */
public enum JikoOutputType {
    /** The typed model (a record) of the operation's result. */
    model,
    /** The response body as a JSON String, untouched. */
    json,
    /** The response as java.util.Map / java.util.List. */
    map
}
