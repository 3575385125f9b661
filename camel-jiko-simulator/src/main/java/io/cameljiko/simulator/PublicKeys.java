package io.cameljiko.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** PEM files of the program: public keys it reads (clients to register), the demo private key it writes. */
final class PublicKeys {
    private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String END = "-----END PUBLIC KEY-----";

    private PublicKeys() {
    }

    /** An RSA or Ed25519 public key, PEM ("BEGIN PUBLIC KEY", what openssl pkey -pubout prints). */
    static PublicKey parse(String pem, String what) {
        int from = pem.indexOf(BEGIN);
        int to = pem.indexOf(END);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(what + " is not a PEM public key ('" + BEGIN + "'; make one with "
                                               + "openssl pkey -in key.pem -pubout -out public.pem)");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(pem.substring(from + BEGIN.length(), to).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not valid base64 PEM");
        }
        for (String algorithm : new String[] {"RSA", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException(what + " is neither an RSA nor an Ed25519 public key (Jiko accepts RSA for "
                                           + "PS256 and Ed25519 for EdDSA)");
    }

    static PublicKey read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the public key file " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Writes a private key readable by its owner only (0600 where the file system is POSIX). An existing file is
     * replaced, since the demo key of a seed is always the same.
     */
    static void writePrivate(Path file, String pem) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system (Windows): the directory's ACL applies
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another process created " + file + " meanwhile", e);
        }
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }
}
