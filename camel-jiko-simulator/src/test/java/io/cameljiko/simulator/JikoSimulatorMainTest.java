package io.cameljiko.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line mistakes are named before anything starts (the end-to-end run is in the component's tests). */
class JikoSimulatorMainTest {

    private static IllegalArgumentException refused(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> JikoSimulatorMain.start(args, System.out));
    }

    @Test
    void helpPrintsTheOptionsAndStartsNothing() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertNull(JikoSimulatorMain.start(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8)));
        String usage = out.toString(StandardCharsets.UTF_8);
        assertTrue(usage.contains("--public-key CLIENT_ID=FILE") && usage.contains("--control-port N"), usage);
    }

    @Test
    void badArgumentsAreNamed(@TempDir Path dir) throws Exception {
        assertEquals("unknown option: --prot", refused("--prot", "8089").getMessage());
        assertEquals("--port needs a number, got 'x'", refused("--port", "x").getMessage());
        assertEquals("--public-key needs CLIENT_ID=FILE, e.g. --public-key my-client=public.pem",
                refused("--public-key", "public.pem").getMessage());
        assertTrue(refused("--public-key", "c=" + dir.resolve("missing.pem")).getMessage()
                .startsWith("cannot read the public key file "));
        var ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
        Path ecFile = Files.writeString(dir.resolve("ec.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(ec.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        assertTrue(refused("--public-key", "c=" + ecFile).getMessage().contains("neither an RSA nor an Ed25519 public key"));
    }
}
