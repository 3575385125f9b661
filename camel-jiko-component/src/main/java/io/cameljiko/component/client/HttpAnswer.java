package io.cameljiko.component.client;

import java.io.InputStream;

/** An HTTP answer as a {@link HttpSender} returns it: the body is a stream the caller reads (or hands on) and closes. */
public record HttpAnswer(int statusCode, ResponseHeaders headers, InputStream body) {
}
