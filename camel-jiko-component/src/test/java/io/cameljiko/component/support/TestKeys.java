package io.cameljiko.component.support;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;

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

    /**
     * The key as encrypted PKCS#8 PEM, the way openssl pkcs8 -topk8 writes it by default: PBES2 with PBKDF2
     * (HMAC-SHA256, 2048 iterations) and AES-256-CBC.
     */
    public static String encryptedPem(KeyPair pair, String password) {
        try {
            String scheme = "PBEWithHmacSHA256AndAES_256";
            byte[] salt = new byte[16];
            byte[] iv = new byte[16];
            SecureRandom random = new SecureRandom();
            random.nextBytes(salt);
            random.nextBytes(iv);
            SecretKey key = SecretKeyFactory.getInstance(scheme).generateSecret(new PBEKeySpec(password.toCharArray()));
            Cipher cipher = Cipher.getInstance(scheme);
            cipher.init(Cipher.ENCRYPT_MODE, key, new PBEParameterSpec(salt, 2048, new IvParameterSpec(iv)));
            byte[] encrypted = cipher.doFinal(pair.getPrivate().getEncoded());
            // the JDK names the scheme by its parameters; re-read them as "PBES2" so they encode with PBES2's OID
            AlgorithmParameters pbes2 = AlgorithmParameters.getInstance("PBES2");
            pbes2.init(cipher.getParameters().getEncoded());
            byte[] der = new EncryptedPrivateKeyInfo(pbes2, encrypted).getEncoded();
            return "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                   + "\n-----END ENCRYPTED PRIVATE KEY-----\n";
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base64 body of the PEM: the part of a key that must never show up anywhere. */
    public static String keyMaterial(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()).substring(20, 60);
    }
}
