package io.cameljiko.component.auth;

import java.io.IOException;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.InvalidKeySpecException;

import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Decrypts an encrypted PKCS#8 key ('BEGIN ENCRYPTED PRIVATE KEY') with the JDK alone. openssl's default (PBES2:
 * PBKDF2 with HMAC-SHA256, AES-256-CBC) and the other PBES2 variants of SunJCE work on Java 17; the JDK names a
 * PBES2 scheme only through its parameters ("PBEWithHmacSHA256AndAES_256"), hence the lookup below.
 */
final class EncryptedKeys {

    private static final String PBES2_OID = "1.2.840.113549.1.5.13";

    private EncryptedKeys() {
    }

    /** The unencrypted PKCS#8 DER. Messages name privateKey/privateKeyPassword, never the password or the key. */
    static byte[] decrypt(byte[] der, String password, String where) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("privateKey" + where + " is an encrypted PKCS#8 key ('BEGIN ENCRYPTED "
                                               + "PRIVATE KEY'): set privateKeyPassword to its passphrase");
        }
        EncryptedPrivateKeyInfo info;
        try {
            info = new EncryptedPrivateKeyInfo(der);
        } catch (IOException e) {
            throw new IllegalArgumentException("privateKey" + where + " is not a valid encrypted PKCS#8 key");
        }
        AlgorithmParameters params = info.getAlgParameters();
        String scheme = params != null && ("PBES2".equalsIgnoreCase(info.getAlgName()) || PBES2_OID.equals(info.getAlgName()))
                ? params.toString() : info.getAlgName();
        if (!password.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            // SunJCE's PBE keys take printable ASCII only; saying so beats "wrong password"
            throw new IllegalArgumentException("privateKeyPassword has characters other than printable ASCII, which "
                                               + "the JDK cannot use to decrypt privateKey" + where);
        }
        SecretKey key;
        Cipher cipher;
        try {
            key = SecretKeyFactory.getInstance(scheme).generateSecret(new PBEKeySpec(password.toCharArray()));
            cipher = Cipher.getInstance(scheme);
            cipher.init(Cipher.DECRYPT_MODE, key, params);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("privateKey" + where + " is encrypted with " + scheme + ", which this "
                                               + "JVM cannot decrypt; re-encrypt it with openssl pkcs8 -topk8 -v2 "
                                               + "aes-256-cbc -in key.pem -out key-encrypted.pem");
        }
        try {
            return info.getKeySpec(cipher).getEncoded();
        } catch (InvalidKeySpecException e) {
            // a wrong password gives bad padding or garbage that is no PKCS#8 structure: both end here
            throw new IllegalArgumentException("privateKeyPassword does not decrypt privateKey" + where
                                               + " (wrong passphrase?)");
        }
    }
}
