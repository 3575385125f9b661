package io.cameljiko.component.catalog;

/** What an operation sends as its request body. */
public enum BodyKind {
    NONE,
    /** A JSON object: the operation's model, a Map, or JSON text/bytes. */
    JSON,
    /** Raw bytes streamed as they are (InputStream, File, Path, byte[], String), with their Content-Type. */
    RAW
}
