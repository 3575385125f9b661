package io.cameljiko.component.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Key pairs made per test run, as the PEM PKCS#8 text users give the component. */
public final class TestKeys {

    public static final KeyPair RSA = generate("RSA", 2048);
    public static final KeyPair ED25519 = generate("Ed25519", 0);

    private TestKeys() {
    }

    private static KeyPair generate(String algorithm, int size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (size > 0) {
                generator.initialize(size);
            }
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n"
               + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
               + "\n-----END PRIVATE KEY-----\n";
    }

    /** The base64 body of the PEM: the part of a key that must never show up anywhere. */
    public static String keyMaterial(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()).substring(20, 60);
    }
}
