package io.cameljiko.component.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/** A 2xx answer. The body is a stream the caller reads (or hands on) and closes. */
public record JikoResponse(int statusCode, ResponseHeaders headers, InputStream body) implements AutoCloseable {

    public String contentType() {
        return headers.first("Content-Type");
    }

    public boolean isJson() {
        String ct = contentType();
        return ct != null && ct.toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    public OptionalLong rateLimitRemaining() {
        return headers.firstLong("X-RateLimit-Remaining");
    }

    public OptionalLong rateLimitReset() {
        return headers.firstLong("X-RateLimit-Reset");
    }

    public byte[] readAllBytes() {
        try (InputStream in = body) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading Jiko's response failed", e);
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // nothing left to read
        }
    }
}
