package io.cameljiko.component.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Jiko's webhook signature: header {@code x-jiko-signature} = base64(HMAC-SHA256(raw body, shared secret)).
 * The scheme is INFERRED from Jiko's own example receiver (Partner API sandbox); the Customer API docs only say the
 * shared secret is "for verifying request signatures". Comparison is constant-time; during a rotation both the
 * current and the previous secret are accepted.
 */
public final class SignatureVerifier {

    public static final String HEADER = "x-jiko-signature";
    /** Jiko's minimum length of shared_secret. */
    public static final int MIN_SECRET_LENGTH = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final List<SecretKeySpec> keys = new ArrayList<>();

    /**
     * @param secret   the current shared secret (required, at least 16 characters)
     * @param previous the secret being rotated out, or null
     */
    public SignatureVerifier(String secret, String previous) {
        requireSecret("sharedSecret", secret, true);
        keys.add(key(secret));
        if (previous != null && !previous.isEmpty()) {
            requireSecret("previousSharedSecret", previous, false);
            keys.add(key(previous));
        }
    }

    /** Fails with the option's name and the rule, never the value. */
    static void requireSecret(String option, String secret, boolean required) {
        if (secret == null || secret.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException("Option " + option + " is required for webhook:jiko: the subscription's "
                                                   + "shared secret, at least " + MIN_SECRET_LENGTH + " characters");
            }
            return;
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("Option " + option + " is too short: Jiko requires at least "
                                               + MIN_SECRET_LENGTH + " characters (got " + secret.length() + ")");
        }
    }

    /** Whether the header is a valid signature of these exact bytes under one of the accepted secrets. */
    public boolean verify(byte[] body, String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        boolean ok = false;
        for (SecretKeySpec key : keys) {
            // every key is tried, so the time taken does not tell which one matched
            ok |= MessageDigest.isEqual(mac(key, body), given);
        }
        return ok;
    }

    /** The signature Jiko would send for this body with this secret (tests, the simulator's counterpart). */
    public static String sign(byte[] body, String secret) {
        return Base64.getEncoder().encodeToString(mac(key(secret), body));
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    private static byte[] mac(SecretKeySpec key, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e); // every JDK has it
        }
    }

    @Override
    public String toString() {
        return "SignatureVerifier[" + keys.size() + " secret(s), ******]";
    }
}
