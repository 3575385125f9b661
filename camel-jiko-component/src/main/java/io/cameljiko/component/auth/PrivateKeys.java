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
 * Reads the privateKey option: PEM PKCS#8 text, or a file:/classpath: resource holding it.
 * Messages name the option and the problem, never the key material.
 */
public final class PrivateKeys {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private PrivateKeys() {
    }

    public static PrivateKey load(String spec, CamelContext context) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("privateKey is empty");
        }
        String trimmed = spec.trim();
        String pem = isResource(trimmed) ? readResource(trimmed, context) : trimmed;
        return parse(pem, isResource(trimmed) ? " (" + trimmed + ")" : "");
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

    static PrivateKey parse(String pem, String where) {
        if (pem.contains("BEGIN RSA PRIVATE KEY") || pem.contains("BEGIN EC PRIVATE KEY")) {
            throw new IllegalArgumentException("privateKey" + where + " is a PKCS#1/SEC1 key; camel-jiko needs PKCS#8 "
                                               + "('BEGIN PRIVATE KEY'): convert it with openssl pkcs8 -topk8 -nocrypt -in key.pem");
        }
        if (pem.contains("BEGIN ENCRYPTED PRIVATE KEY")) {
            throw new IllegalArgumentException("privateKey" + where + " is encrypted; give the unencrypted PKCS#8 key "
                                               + "(keep it in a vault and reference it with a property placeholder)");
        }
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("privateKey" + where + " is not a PEM PKCS#8 key: expected text between '"
                                               + BEGIN + "' and '" + END + "', or file:/classpath: pointing at such a file");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("privateKey" + where + " is not valid PEM: its base64 content cannot be "
                                               + "decoded (if it is in an endpoint URI, wrap it in RAW(...))");
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
            throw new IllegalArgumentException("privateKey" + where + " is an EC key; Jiko's token endpoint accepts "
                                               + "PS256 (RSA) or EdDSA (Ed25519) client assertions");
        } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("privateKey" + where + " is not an RSA or Ed25519 PKCS#8 key");
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
