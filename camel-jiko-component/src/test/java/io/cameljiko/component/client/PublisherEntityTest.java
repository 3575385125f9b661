package io.cameljiko.component.client;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A request body publisher written to Apache's connection: every byte in order, and each way it can fail. */
class PublisherEntityTest {

    @Test
    void aKnownLengthBodyIsWrittenWholeAndNotChunked() throws Exception {
        PublisherEntity entity = new PublisherEntity(HttpRequest.BodyPublishers.ofString("{\"amount_usdc\":10123}"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entity.writeTo(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"amount_usdc\":10123}");
        assertThat(entity.getContentLength()).isEqualTo(21);
        assertThat(entity.isChunked()).isFalse();
        assertThat(entity.isRepeatable()).isFalse();
        assertThat(entity.isStreaming()).isFalse();
        assertThatThrownBy(entity::getContent).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aStreamOfUnknownLengthIsSentChunked() throws Exception {
        byte[] data = new byte[70_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        PublisherEntity entity = new PublisherEntity(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(data)));
        assertThat(entity.getContentLength()).isEqualTo(-1);
        assertThat(entity.isChunked()).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entity.writeTo(out);
        assertThat(out.toByteArray()).isEqualTo(data);
    }

    @Test
    void buffersWithoutABackingArrayAreCopiedInOrder() throws Exception {
        ByteBuffer direct = ByteBuffer.allocateDirect(3).put("def".getBytes(StandardCharsets.US_ASCII)).flip();
        ByteBuffer sliced = ByteBuffer.wrap("xxabc".getBytes(StandardCharsets.US_ASCII), 2, 3).slice();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PublisherEntity(new Emitting(List.of(sliced, direct), null)).writeTo(out);
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("abcdef");
    }

    @Test
    void aConnectionThatFailsWhileWritingCancelsThePublisherAndThrowsItsError() {
        Emitting publisher = new Emitting(List.of(ByteBuffer.wrap(new byte[] {1}), ByteBuffer.wrap(new byte[] {2})), null);
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        assertThatThrownBy(() -> new PublisherEntity(publisher).writeTo(broken)).isInstanceOf(IOException.class)
                .hasMessage("Broken pipe");
        assertThat(publisher.cancelled).isTrue();
    }

    @Test
    void aPublisherErrorIsThrownAsAnIOExceptionNamingIt() {
        assertThatThrownBy(() -> write(new IOException("disk gone"))).isInstanceOf(IOException.class).hasMessage("disk gone");
        assertThatThrownBy(() -> write(new UncheckedIOException(new IOException("file vanished"))))
                .isInstanceOf(IOException.class).hasMessage("file vanished");
        assertThatThrownBy(() -> write(new IllegalStateException("no more data")))
                .isInstanceOf(IOException.class).hasMessage("The request body could not be produced: no more data")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInterruptedSenderStopsWaitingForTheBodyAndKeepsItsInterruptFlag() {
        Flow.Publisher<ByteBuffer> silent = subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new PublisherEntity(HttpRequest.BodyPublishers.fromPublisher(silent))
                    .writeTo(new ByteArrayOutputStream())).isInstanceOf(InterruptedIOException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    private static void write(Throwable failure) throws IOException {
        new PublisherEntity(new Emitting(List.of(ByteBuffer.wrap(new byte[] {1})), failure)).writeTo(new ByteArrayOutputStream());
    }

    /** Emits its buffers on request, then completes or fails; remembers a cancel. */
    private static final class Emitting implements HttpRequest.BodyPublisher {
        private final List<ByteBuffer> buffers;
        private final Throwable failure;
        volatile boolean cancelled;

        Emitting(List<ByteBuffer> buffers, Throwable failure) {
            this.buffers = buffers;
            this.failure = failure;
        }

        @Override
        public long contentLength() {
            return buffers.stream().mapToLong(ByteBuffer::remaining).sum();
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                    cancelled = true;
                }
            });
            for (ByteBuffer b : buffers) {
                if (cancelled) {
                    return;
                }
                subscriber.onNext(b);
            }
            if (failure != null) {
                subscriber.onError(failure);
            } else {
                subscriber.onComplete();
            }
        }
    }
}
