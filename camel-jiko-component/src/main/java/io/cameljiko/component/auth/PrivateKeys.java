package io.cameljiko.component.auth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;

/**
 * Reads the privateKey option: PEM PKCS#8 text (encrypted with privateKeyPassword, or not), or a file:/classpath:
 * resource holding it.
 * Messages name the option and the problem, never the key material.
 */
public final class PrivateKeys {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";
    private static final String ENCRYPTED_BEGIN = "-----BEGIN ENCRYPTED PRIVATE KEY-----";
    private static final String ENCRYPTED_END = "-----END ENCRYPTED PRIVATE KEY-----";
    private static final String EC_REFUSED = "; Jiko's token endpoint accepts PS256 (RSA) or EdDSA (Ed25519) client "
                                             + "assertions, so use an RSA or an Ed25519 key, e.g. "
                                             + "openssl genpkey -algorithm ed25519 -out jiko-key.pem, and register its public key";

    private PrivateKeys() {
    }

    /** Reads an unencrypted key, or an encrypted one with its {@code password} (the privateKeyPassword option). */
    public static PrivateKey load(String spec, String password, CamelContext context) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("privateKey is empty");
        }
        String trimmed = spec.trim();
        String pem = isResource(trimmed) ? readResource(trimmed, context) : trimmed;
        return parse(pem, password, isResource(trimmed) ? " (" + trimmed + ")" : "");
    }

    static boolean isResource(String spec) {
        return spec.startsWith("file:") || spec.startsWith("classpath:") || spec.startsWith("ref:")
               || spec.startsWith("http:") || spec.startsWith("https:");
    }

    private static String readResource(String uri, CamelContext context) {
        try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(context, uri)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("privateKey: cannot read the key resource " + uri + " ("
                                               + e.getClass().getSimpleName() + ")");
        }
    }

    static PrivateKey parse(String pem, String password, String where) {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalArgumentException("privateKey" + where + " is a PKCS#1 RSA key ('BEGIN RSA PRIVATE KEY'); "
                                               + "camel-jiko needs PKCS#8 ('BEGIN PRIVATE KEY'): convert it with "
                                               + "openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem");
        }
        if (pem.contains("BEGIN EC PRIVATE KEY")) {
            throw new IllegalArgumentException("privateKey" + where + " is an EC (SEC1) key" + EC_REFUSED);
        }
        boolean encrypted = pem.contains(ENCRYPTED_BEGIN);
        if (!encrypted && password != null && !password.isEmpty()) {
            throw new IllegalArgumentException("privateKeyPassword is set but privateKey" + where
                                               + " is not encrypted ('BEGIN PRIVATE KEY'): remove privateKeyPassword");
        }
        byte[] der = base64(pem, encrypted ? ENCRYPTED_BEGIN : BEGIN, encrypted ? ENCRYPTED_END : END, where);
        if (encrypted) {
            der = EncryptedKeys.decrypt(der, password, where);
        }
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : new String[] { "RSA", "Ed25519" }) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException e) {
                // try the next algorithm
            }
        }
        try {
            KeyFactory.getInstance("EC").generatePrivate(spec);
            throw new IllegalArgumentException("privateKey" + where + " is an EC key" + EC_REFUSED);
        } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("privateKey" + where + " is not an RSA or Ed25519 PKCS#8 key");
        }
    }

    private static byte[] base64(String pem, String begin, String end, String where) {
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("privateKey" + where + " is not a PEM PKCS#8 key: expected text between '"
                                               + begin + "' and '" + end + "', or file:/classpath: pointing at such a file");
        }
        try {
            return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("privateKey" + where + " is not valid PEM: its base64 content cannot be "
                                               + "decoded (if it is in an endpoint URI, wrap it in RAW(...))");
        }
    }

    /** The JWS algorithm for a key: PS256 for RSA, EdDSA for Ed25519. */
    public static String jwsAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "PS256";
            case "Ed25519", "EdDSA" -> "EdDSA";
            default -> throw new IllegalArgumentException("privateKey: unsupported key algorithm " + key.getAlgorithm());
        };
    }
}
