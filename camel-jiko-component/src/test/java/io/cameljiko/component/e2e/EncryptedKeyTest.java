package io.cameljiko.component.e2e;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import io.cameljiko.component.model.Team;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.LogCapture;
import io.cameljiko.component.support.TestKeys;
import io.cameljiko.simulator.JikoSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Encrypted PKCS#8 keys with privateKeyPassword: the right one authenticates, a wrong one fails before any call. */
class EncryptedKeyTest {

    static final String PASSWORD = "correct horse battery staple";
    static JikoSimulator sim;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = JikoSimulator.builder().port(0).seed(11).rateLimits(false).build().start();
        sim.registerClient("enc-ed25519", TestKeys.ED25519.getPublic());
        sim.registerClient("enc-rsa", TestKeys.RSA.getPublic());
        sim.registerClient("enc-openssl", publicKey("/keys/openssl-ed25519-public.pem"));
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    /** The public half of the fixture made with openssl 3.0 (see the test below). */
    private static PublicKey publicKey(String resource) throws Exception {
        try (InputStream in = EncryptedKeyTest.class.getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        }
    }

    private static Exchange getTeam(String clientId, String key, String password) {
        Camel camel = new Camel(sim.baseUrl(), sim.tokenUrl());
        camel.config().setClientId(clientId);
        camel.config().setPrivateKey(key);
        camel.config().setPrivateKeyPassword(password);
        try (camel) {
            return camel.start().send("jiko:getTeam");
        }
    }

    @Test
    void encryptedEd25519AndRsaKeysAuthenticateWithTheRightPassword() {
        for (var client : new String[][] { { "enc-ed25519", TestKeys.encryptedPem(TestKeys.ED25519, PASSWORD) },
                                           { "enc-rsa", TestKeys.encryptedPem(TestKeys.RSA, PASSWORD) } }) {
            sim.clearRequests();
            Exchange ex = getTeam(client[0], client[1], PASSWORD);
            assertThat(ex.getException()).as(client[0]).isNull();
            assertThat(ex.getMessage().getBody(Team.class).teamId()).isEqualTo(sim.state().teamId());
            assertThat(sim.receivedRequests()).extracting(r -> r.method() + " " + r.path())
                    .containsExactly("POST /api/oauth2/token", "GET /api/v1/team/");
        }
    }

    @Test
    void aKeyEncryptedByOpensslWithItsDefaultsAuthenticates() {
        // made once with: openssl genpkey -algorithm ed25519 -out k.pem;
        // openssl pkcs8 -topk8 -in k.pem -passout pass:jiko-test-passphrase -out openssl-ed25519-encrypted.pem
        // (OpenSSL 3.0: PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC); a throwaway key known only to this test
        Exchange ex = getTeam("enc-openssl", "classpath:keys/openssl-ed25519-encrypted.pem", "jiko-test-passphrase");
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody(Team.class).teamId()).isEqualTo(sim.state().teamId());
    }

    @Test
    void aWrongOrMissingPasswordFailsNamingPrivateKeyPasswordBeforeAnyCall() {
        String pem = TestKeys.encryptedPem(TestKeys.ED25519, PASSWORD);
        sim.clearRequests();
        String logs;
        try (LogCapture capture = new LogCapture()) {
            assertThat(failure("enc-ed25519", pem, "wrong password"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("privateKeyPassword does not decrypt privateKey (wrong passphrase?)");
            assertThat(failure("enc-ed25519", pem, null))
                    .hasMessageContaining("encrypted PKCS#8 key").hasMessageContaining("set privateKeyPassword");
            assertThat(failure("enc-ed25519", TestKeys.pem(TestKeys.ED25519), PASSWORD))
                    .hasMessageContaining("privateKeyPassword is set but privateKey").hasMessageContaining("not encrypted");
            logs = capture.text();
        }
        assertThat(sim.receivedRequests()).isEmpty();
        assertThat(logs).doesNotContain(PASSWORD, "wrong password", TestKeys.keyMaterial(TestKeys.ED25519));
    }

    /** The root cause of the failure, whether the endpoint's start threw or the exchange failed. */
    private static Throwable failure(String clientId, String key, String password) {
        Throwable t = catchThrowable(() -> {
            throw getTeam(clientId, key, password).getException();
        });
        assertThat(t).isNotNull();
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}
