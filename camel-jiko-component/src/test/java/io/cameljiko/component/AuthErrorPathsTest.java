package io.cameljiko.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;

import javax.crypto.EncryptedPrivateKeyInfo;

import io.cameljiko.component.error.JikoAuthenticationException;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import io.cameljiko.component.support.TestKeys;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The error paths of authentication: token responses that cannot be used, and keys that cannot be read or decrypted.
 * Each is refused with a message naming the problem (and the option), never quoting the token, the key or its password.
 */
class AuthErrorPathsTest {

    static final String CUSTOMER = "/api/v1/customer/";
    static final String SECRET_BODY = "leaked-token-material-123";

    JikoWireMock wm;

    @BeforeEach
    void start() {
        wm = new JikoWireMock();
        wm.server().stubFor(get(urlPathEqualTo(CUSTOMER)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"name\":\"Acme\"}")));
    }

    @AfterEach
    void stop() {
        wm.close();
    }

    private void tokenAnswer(String body) {
        wm.server().stubFor(post(urlPathEqualTo(JikoWireMock.TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private Camel clientCredentials() {
        Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl());
        camel.config().setClientId("client-123");
        camel.config().setPrivateKey(TestKeys.pem(TestKeys.ED25519));
        return camel.start();
    }

    private Throwable failedCall(String tokenBody) {
        tokenAnswer(tokenBody);
        try (Camel camel = clientCredentials()) {
            Exchange ex = camel.send("jiko:getCustomer");
            assertThat(wm.server().findAll(getRequestedFor(urlPathEqualTo(CUSTOMER)))).as("API called without a token").isEmpty();
            return ex.getException();
        }
    }

    private int tokenRequests() {
        return wm.server().findAll(postRequestedFor(urlPathEqualTo(JikoWireMock.TOKEN_PATH))).size();
    }

    @Test
    void aTokenResponseThatIsNotJsonIsRefusedWithoutQuotingIt() {
        Throwable t = failedCall("access_token=" + SECRET_BODY + "&expires_in=900");
        assertThat(t).isInstanceOf(JikoAuthenticationException.class)
                .hasMessageContaining("Token response from").hasMessageContaining("is not JSON")
                .hasMessageNotContaining(SECRET_BODY);
    }

    @Test
    void aTokenResponseWithoutAccessTokenIsRefused() {
        for (String body : new String[] { "{\"token_type\":\"Bearer\",\"expires_in\":900}",
                "{\"access_token\":\"   \",\"expires_in\":900}", "", "null" }) {
            wm.server().resetRequests();
            Throwable t = failedCall(body);
            assertThat(t).as("token response '%s'", body).isInstanceOf(JikoAuthenticationException.class)
                    .hasMessageContaining("has no access_token");
            assertThat(((JikoAuthenticationException) t).getOperation()).isEqualTo("token");
        }
    }

    @Test
    void aTokenWithoutExpiresInIsKeptFifteenMinutes() {
        tokenAnswer("{\"access_token\":\"no-expiry-token\",\"token_type\":\"Bearer\"}");
        try (Camel camel = clientCredentials()) {
            for (int i = 0; i < 3; i++) {
                assertThat(camel.send("jiko:getCustomer").getException()).isNull();
            }
        }
        assertThat(tokenRequests()).as("one token for all calls (default life 900 s)").isEqualTo(1);
        assertThat(wm.server().findAll(getRequestedFor(urlPathEqualTo(CUSTOMER))))
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer no-expiry-token"));
    }

    @Test
    void aTokenThatExpiresAtOnceOrInThePastIsFetchedAgainForEachCall() {
        for (String expiresIn : new String[] { "0", "-30" }) {
            wm.server().resetRequests();
            tokenAnswer("{\"access_token\":\"short-token\",\"expires_in\":" + expiresIn + "}");
            try (Camel camel = clientCredentials()) {
                assertThat(camel.send("jiko:getCustomer").getException()).isNull();
                assertThat(camel.send("jiko:getCustomer").getException()).isNull();
            }
            assertThat(tokenRequests()).as("expires_in %s", expiresIn).isEqualTo(2);
        }
    }

    // ---- keys ----

    private static Throwable root(Throwable t) {
        while (t != null && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private Throwable refused(String key, String password) {
        try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
            camel.config().setClientId("c1");
            camel.config().setPrivateKey(key);
            camel.config().setPrivateKeyPassword(password);
            camel.start();
            Throwable t = root(catchThrowable(() -> camel.context().getEndpoint("jiko:getCustomer").createProducer()));
            assertThat(t).as("privateKey %s", key).isInstanceOf(IllegalArgumentException.class);
            assertThat(wm.server().findAll(anyRequestedFor(anyUrl()))).as("no call with a bad key").isEmpty();
            return t;
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
               + "\n-----END " + type + "-----\n";
    }

    @Test
    void anEcKeyInPkcs8IsRefusedNamingTheAcceptedKeyTypes() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        byte[] der = ec.generateKeyPair().getPrivate().getEncoded();
        String material = Base64.getEncoder().encodeToString(der).substring(20, 60);
        assertThat(refused(pem("PRIVATE KEY", der), null)).hasMessageContaining("privateKey is an EC key")
                .hasMessageContaining("RSA or an Ed25519 key").hasMessageNotContaining(material);
    }

    @Test
    void aPkcs8StructureOfNoKnownKeyIsRefused() {
        byte[] garbage = "not a key at all, but valid base64 once encoded".getBytes();
        assertThat(refused(pem("PRIVATE KEY", garbage), null))
                .hasMessage("privateKey is not an RSA or Ed25519 PKCS#8 key");
    }

    @Test
    void aPkcs1RsaKeyIsRefusedWithTheConversionCommand() {
        assertThat(refused("-----BEGIN RSA PRIVATE KEY-----\nc2VjcmV0Y29udGVudA==\n-----END RSA PRIVATE KEY-----", null))
                .hasMessageContaining("PKCS#1").hasMessageContaining("openssl pkcs8 -topk8")
                .hasMessageNotContaining("c2VjcmV0Y29udGVudA");
    }

    @Test
    void aKeyFileThatDoesNotExistIsNamedButNotRead(@TempDir Path dir) {
        String uri = "file:" + dir.resolve("missing-key.pem");
        assertThat(refused(uri, null)).hasMessageContaining("privateKey: cannot read the key resource " + uri);
    }

    @Test
    void aProblemInAKeyFileNamesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("key.pem");
        Files.writeString(file, "-----BEGIN EC PRIVATE KEY-----\nc2VjcmV0Y29udGVudA==\n-----END EC PRIVATE KEY-----\n");
        assertThat(refused("file:" + file, null)).hasMessageStartingWith("privateKey (file:" + file + ") is an EC (SEC1) key")
                .hasMessageNotContaining("c2VjcmV0Y29udGVudA");
    }

    @Test
    void anEncryptedKeyWithAWrongPassphraseIsRefusedWithoutShowingIt() {
        String key = TestKeys.encryptedPem(TestKeys.RSA, "right-passphrase");
        assertThat(refused(key, "wrong-passphrase")).hasMessage("privateKeyPassword does not decrypt privateKey (wrong passphrase?)");
        assertThat(refused(key, "")).hasMessageContaining("set privateKeyPassword to its passphrase");
    }

    @Test
    void aPassphraseTheJdkCannotUseIsNamedAsSuch() {
        String key = TestKeys.encryptedPem(TestKeys.RSA, "right-passphrase");
        Throwable t = refused(key, "pässwörd-secret");
        assertThat(t).hasMessageContaining("privateKeyPassword has characters other than printable ASCII")
                .hasMessageNotContaining("pässwörd-secret");
        assertThat(refused(key, "tab\tpassphrase")).hasMessageContaining("printable ASCII");
        assertThat(refused(key, "del\u007fpassphrase")).hasMessageContaining("printable ASCII");
    }

    @Test
    void anEncryptedKeyThatIsNoEncryptedPkcs8StructureIsRefused() {
        assertThat(refused("-----BEGIN ENCRYPTED PRIVATE KEY-----\nc2VjcmV0Y29udGVudA==\n-----END ENCRYPTED PRIVATE KEY-----",
                "a-passphrase")).hasMessage("privateKey is not a valid encrypted PKCS#8 key");
    }

    @Test
    void aKeyEncryptedWithASchemeThisJvmLacksSaysHowToReEncryptIt() throws Exception {
        // an encryption algorithm OID that no JCE provider knows (under the private-use arc 1.3.6.1.4.1.99999)
        byte[] der = new EncryptedPrivateKeyInfo("1.3.6.1.4.1.99999.1.1", new byte[32]).getEncoded();
        assertThat(refused(pem("ENCRYPTED PRIVATE KEY", der), "a-passphrase"))
                .hasMessageContaining("privateKey is encrypted with 1.3.6.1.4.1.99999.1.1, which this JVM cannot decrypt")
                .hasMessageContaining("openssl pkcs8 -topk8 -v2 aes-256-cbc").hasMessageNotContaining("a-passphrase");
    }

    @Test
    void tokenResponseErrorsNameTheTokenUrl() {
        Throwable t = failedCall("{\"token_type\":\"Bearer\"}");
        assertThat(t).hasMessage("Token response from " + wm.tokenUrl() + " has no access_token");
    }

    @Test
    void aPassphraseWithSpacesDecryptsTheKey() {
        try (Camel camel = new Camel(wm.baseUrl(), wm.tokenUrl())) {
            camel.config().setClientId("c1");
            camel.config().setPrivateKey(TestKeys.encryptedPem(TestKeys.ED25519, "a pass phrase with spaces"));
            camel.config().setPrivateKeyPassword("a pass phrase with spaces");
            camel.start();
            assertThat(camel.send("jiko:getCustomer").getException()).isNull();
        }
    }
}
