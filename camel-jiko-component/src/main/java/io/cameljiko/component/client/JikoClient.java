package io.cameljiko.component.client;

/**
 * The seam between Camel and Jiko: producers and consumers call this, tests and users may replace it.
 * Implementations authenticate, send, retry and map errors; they return only 2xx answers.
 */
public interface JikoClient {

    JikoResponse send(JikoRequest request);
}
