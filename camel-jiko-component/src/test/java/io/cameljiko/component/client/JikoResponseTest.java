package io.cameljiko.component.client;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A body read whole: by its Content-Length when it has one, else to its end; closed either way. */
class JikoResponseTest {

    static final byte[] TEAM = "{\"team_id\":\"t-1\",\"legal_name\":\"Acme\"}".getBytes(StandardCharsets.UTF_8);

    /** Counts how many bytes each read asked for, and whether it was closed. */
    static final class Recording extends FilterInputStream {
        final AtomicInteger largestAsk = new AtomicInteger();
        final AtomicBoolean closed = new AtomicBoolean();
        final AtomicBoolean endSeenBeforeClose = new AtomicBoolean();

        Recording(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            largestAsk.accumulateAndGet(len, Math::max);
            int n = super.read(b, off, len);
            if (n < 0 && !closed.get()) {
                endSeenBeforeClose.set(true);
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0 && !closed.get()) {
                endSeenBeforeClose.set(true);
            }
            return b;
        }

        @Override
        public void close() throws IOException {
            closed.set(true);
        }
    }

    private static JikoResponse response(Map<String, List<String>> headers, InputStream body) {
        return new JikoResponse(200, ResponseHeaders.of(headers), body);
    }

    @Test
    void withAContentLengthTheBodyIsReadIntoOneArrayOfThatSize() {
        Recording body = new Recording(TEAM);
        byte[] read = response(Map.of("Content-Length", List.of(String.valueOf(TEAM.length))), body).readAllBytes();
        assertThat(read).isEqualTo(TEAM);
        assertThat(body.largestAsk.get()).as("asked for the announced length at most").isLessThanOrEqualTo(TEAM.length);
        assertThat(body.endSeenBeforeClose).as("read to its end before it is closed (the JDK client needs it)").isTrue();
        assertThat(body.closed).isTrue();
    }

    @Test
    void withoutOneOrWithOneTooLargeToTrustTheBodyIsReadToItsEnd() {
        Recording chunked = new Recording(TEAM);
        assertThat(response(Map.of(), chunked).readAllBytes()).isEqualTo(TEAM);
        assertThat(chunked.largestAsk.get()).isGreaterThan(TEAM.length);
        assertThat(chunked.closed).isTrue();

        Recording huge = new Recording(TEAM);
        assertThat(response(Map.of("Content-Length", List.of(String.valueOf(JikoResponse.MAX_ANNOUNCED + 1))), huge)
                .readAllBytes()).isEqualTo(TEAM);
        assertThat(huge.largestAsk.get()).as("not allocated up front").isLessThan(1 << 20);
    }

    @Test
    void aBodyLongerThanAnnouncedIsReadWhole() {
        Recording body = new Recording(TEAM);
        assertThat(response(Map.of("Content-Length", List.of("10")), body).readAllBytes()).isEqualTo(TEAM);
        assertThat(body.endSeenBeforeClose).isTrue();
    }

    @Test
    void aBodyShorterThanAnnouncedGivesWhatCameAndAnEmptyOneNothing() {
        assertThat(response(Map.of("Content-Length", List.of("1000")), new Recording(TEAM)).readAllBytes()).isEqualTo(TEAM);
        assertThat(response(Map.of("Content-Length", List.of("0")), new Recording(new byte[0])).readAllBytes()).isEmpty();
        assertThat(response(Map.of("Content-Length", List.of("oops")), new Recording(TEAM)).readAllBytes()).isEqualTo(TEAM);
    }
}
