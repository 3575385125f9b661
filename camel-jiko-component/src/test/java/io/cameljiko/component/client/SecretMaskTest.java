package io.cameljiko.component.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each masking rule of docs/security.md, and what is left alone. */
class SecretMaskTest {

    static final String JWT = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJjIn0.m3icwq54xwBpXxckDW5SbWJj_-MTdo";

    @Test
    void aJwtAndEachOfItsSegmentsAreMasked() {
        assertThat(SecretMask.mask("Invalid JWS Signature: JsonWebSignature{\"alg\":\"EdDSA\"}->" + JWT + " (x)"))
                .isEqualTo("Invalid JWS Signature: JsonWebSignature{\"alg\":\"EdDSA\"}->****** (x)");
        assertThat(SecretMask.mask("header eyJhbGciOiJSUzI1NiJ9 only")).isEqualTo("header ****** only");
        assertThat(SecretMask.mask("jwe " + JWT + ".c2Vn.dGFn end")).isEqualTo("jwe ****** end");
    }

    @Test
    void bearerTokensAndTokenFieldsAreMasked() {
        assertThat(SecretMask.mask("Authorization: Bearer sim_AbC-12.x~y+z/== rejected"))
                .isEqualTo("Authorization: Bearer ****** rejected");
        assertThat(SecretMask.mask("{\"access_token\":\"opaque-1\",\"refresh_token\": \"r-2\",\"n\":1}"))
                .isEqualTo("{\"access_token\":\"******\",\"refresh_token\": \"******\",\"n\":1}");
        assertThat(SecretMask.mask("grant_type=client_credentials&client_assertion=abc.def&client_assertion_type=urn:x"))
                .isEqualTo("grant_type=client_credentials&client_assertion=******&client_assertion_type=urn:x");
    }

    @Test
    void theCredentialsJustSentAreMaskedHoweverTheyAppear() {
        assertThat(SecretMask.mask("token opaque-abcdef12 expired; again: opaque-abcdef12", "opaque-abcdef12", null))
                .isEqualTo("token ****** expired; again: ******");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "client assertion rejected: exp is more than 5 minutes after iat; bearer of bad news; eye";
        assertThat(SecretMask.mask(text)).isEqualTo(text);
        assertThat(SecretMask.mask(null)).isNull();
        assertThat(SecretMask.mask("short secret", "short")).as("known values under 8 characters are not searched")
                .isEqualTo("short secret");
    }
}
