package io.cameljiko.component.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.cameljiko.component.catalog.EventTypes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signature scheme and the event-type patterns, without a server. */
class SignatureVerifierTest {

    static final String SECRET = "0123456789abcdef-secret";

    @Test
    void acceptsTheBase64HmacSha256OfTheRawBytesUnderEitherSecret() throws Exception {
        byte[] body = "{\"event_id\":\"e-1\",\"note\":\"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        // computed independently with the JDK, as Jiko's example receiver does
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = java.util.Base64.getEncoder().encodeToString(mac.doFinal(body));
        assertThat(SignatureVerifier.sign(body, SECRET)).isEqualTo(expected);

        SignatureVerifier v = new SignatureVerifier(SECRET, "the-previous-secret-000");
        assertThat(v.verify(body, expected)).isTrue();
        assertThat(v.verify(body, " " + expected + " ")).isTrue();
        assertThat(v.verify(body, SignatureVerifier.sign(body, "the-previous-secret-000"))).isTrue();
        assertThat(v.verify(body, SignatureVerifier.sign(body, "another-secret-0000000"))).isFalse();
        assertThat(v.verify("{}".getBytes(StandardCharsets.UTF_8), expected)).isFalse();
        assertThat(v.verify(body, null)).isFalse();
        assertThat(v.verify(body, "")).isFalse();
        assertThat(v.verify(body, "%%%")).isFalse();
        assertThat(new SignatureVerifier(SECRET, null).verify(body, SignatureVerifier.sign(body, "the-previous-secret-000")))
                .isFalse();
        assertThat(v.toString()).isEqualTo("SignatureVerifier[2 secret(s), ******]");
    }

    @Test
    void secretsShorterThanJikosMinimumAreRefusedByOptionName() {
        assertThatThrownBy(() -> new SignatureVerifier(null, null)).hasMessageContaining("Option sharedSecret is required");
        assertThatThrownBy(() -> new SignatureVerifier("fifteen-chars-x", null))
                .hasMessage("Option sharedSecret is too short: Jiko requires at least 16 characters (got 15)");
        assertThat(new SignatureVerifier("sixteen-chars-xx", null).toString()).isEqualTo("SignatureVerifier[1 secret(s), ******]");
        assertThatThrownBy(() -> new SignatureVerifier(SECRET, "short-previous"))
                .hasMessageStartingWith("Option previousSharedSecret is too short").hasMessageNotContaining("short-previous");
    }

    @Test
    void eventTypePatternsExpandToTheDocumentedTypesAndFilterOnReceipt() {
        assertThat(EventTypes.expand("transfers.*.rejected")).containsExactly("transfers.wire.out.rejected",
                "transfers.wire.in.rejected", "transfers.on-us.rejected");
        assertThat(EventTypes.expand(" transfers.wire.in.* , card.status.changed")).containsExactly(
                "transfers.wire.in.success", "transfers.wire.in.rejected", "card.status.changed");
        assertThat(EventTypes.expand(null)).isEqualTo(EventTypes.DOCUMENTED).hasSize(9);
        assertThatThrownBy(() -> EventTypes.expand("cards.*")).hasMessageStartingWith("Option eventTypes: 'cards.*' matches none");
        assertThat(List.of("transfers.on-us.rejected", "transfers.on-us.success", "transfers.wire.out.rejected"))
                .filteredOn(EventTypes.matcher("transfers.*.rejected")).hasSize(2);
        assertThat(EventTypes.matcher("").test("anything")).isTrue();
        assertThat(EventTypes.matcher("transfers.*").test(null)).isFalse();
    }
}
