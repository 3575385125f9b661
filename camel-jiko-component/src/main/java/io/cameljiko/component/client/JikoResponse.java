package io.cameljiko.component.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.OptionalLong;

/** A 2xx answer. The body is a stream the caller reads (or hands on) and closes. */
public record JikoResponse(int statusCode, ResponseHeaders headers, InputStream body) implements AutoCloseable {

    /** A larger Content-Length is not allocated up front: the body is read as it comes. */
    static final long MAX_ANNOUNCED = 16 * 1024 * 1024;

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

    /**
     * The whole body. With a Content-Length (nearly always) it is read into one array of that size: the JDK's
     * readAllBytes reads into 8 KiB buffers and copies them into the result (5% of a getTeam call's profile).
     */
    public byte[] readAllBytes() {
        try (InputStream in = body) {
            long length = headers.firstLong("Content-Length").orElse(-1);
            if (length < 0 || length > MAX_ANNOUNCED) {
                return in.readAllBytes();
            }
            byte[] bytes = new byte[(int) length];
            int read = in.readNBytes(bytes, 0, bytes.length);
            if (read < bytes.length) {
                return Arrays.copyOf(bytes, read);
            }
            // read on to the end before closing: the JDK client cancels a body closed before its end and closes the
            // connection, which by then may already serve the next request (seen under load: "closed locally")
            int next = in.read();
            if (next < 0) {
                return bytes;
            }
            byte[] rest = in.readAllBytes(); // more than announced: kept, not cut
            byte[] all = Arrays.copyOf(bytes, bytes.length + 1 + rest.length);
            all[bytes.length] = (byte) next;
            System.arraycopy(rest, 0, all, bytes.length + 1, rest.length);
            return all;
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
