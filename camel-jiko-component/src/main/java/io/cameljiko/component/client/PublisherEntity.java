package io.cameljiko.component.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;

import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

/**
 * A request body given as a {@link HttpRequest.BodyPublisher}, written to Apache's connection as the publisher emits
 * it (nothing is collected in memory first). Its length is the publisher's (-1: sent chunked). One use only: a retry
 * builds a new request with a new publisher. The Content-Type travels as a request header.
 */
final class PublisherEntity extends AbstractHttpEntity {

    private final HttpRequest.BodyPublisher publisher;

    PublisherEntity(HttpRequest.BodyPublisher publisher) {
        super((String) null, null, publisher.contentLength() < 0);
        this.publisher = publisher;
    }

    @Override
    public long getContentLength() {
        return publisher.contentLength();
    }

    @Override
    public boolean isRepeatable() {
        return false;
    }

    @Override
    public boolean isStreaming() {
        return false;
    }

    @Override
    public InputStream getContent() {
        throw new UnsupportedOperationException("A request body is written, not read");
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer buffer) {
                try {
                    write(buffer, out);
                } catch (IOException e) {
                    subscription.cancel();
                    done.completeExceptionally(e);
                }
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        try {
            done.get(); // the JDK's publishers emit on this thread; another publisher may emit elsewhere
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while sending the request body");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException("The request body could not be produced: " + cause.getMessage(), cause);
        }
    }

    private static void write(ByteBuffer buffer, OutputStream out) throws IOException {
        if (buffer.hasArray()) {
            out.write(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
            buffer.position(buffer.limit());
        } else {
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            out.write(chunk);
        }
    }

    @Override
    public void close() {
        // nothing held: the publisher is subscribed only while writing
    }
}
