package io.cameljiko.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthTest {
    static JikoSimulator sim;
    static SimClient client;
    static KeyPair rsa;
    static KeyPair ed;

    @BeforeAll
    static void start() throws Exception {
        sim = JikoSimulator.builder().port(0).seed(7L).rateLimits(false).build().start();
        client = new SimClient(sim);
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        rsa = g.generateKeyPair();
        ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        sim.registerClient("rsa-client", rsa.getPublic());
        sim.registerClient("ed-client", ed.getPublic());
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    private Instant now() {
        return sim.clock().now();
    }

    private HttpResponse<String> requestToken(String clientId, String assertion) {
        return client.tokenRequest(SimClient.tokenForm(clientId, assertion));
    }

    private void assertUsable(String token) {
        SimClient c = new SimClient(sim);
        c.token = token;
        JsonNode team = c.getOk("/api/v1/team/");
        assertNotNull(team.get("team_id").asText());
    }

    @Test
    void rsaPs256TokenFlow() {
        String a = SimClient.assertion(rsa.getPrivate(), "PS256", "rsa-client", sim.tokenUrl(), now(), now().plusSeconds(120), null);
        JsonNode body = SimClient.ok(requestToken("rsa-client", a), 200);
        assertEquals("Bearer", body.get("token_type").asText());
        assertEquals(900, body.get("expires_in").asInt());
        assertTrue(body.get("scope").asText().contains("pockets.read"));
        assertUsable(body.get("access_token").asText());
    }

    @Test
    void ed25519EdDsaTokenFlowWithScope() {
        String a = SimClient.assertion(ed.getPrivate(), "EdDSA", "ed-client", sim.tokenUrl(), now(), now().plusSeconds(60), null);
        Map<String, String> form = SimClient.tokenForm("ed-client", a);
        form.put("scope", "pockets.read transfers.read");
        JsonNode body = SimClient.ok(client.tokenRequest(form), 200);
        assertEquals("pockets.read transfers.read", body.get("scope").asText());
        assertUsable(body.get("access_token").asText());
    }

    @Test
    void demoKeyPemSignsAssertions() throws Exception {
        String pem = sim.demoPrivateKeyPem();
        assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
        String b64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(b64)));
        String a = SimClient.assertion(key, "EdDSA", sim.demoClientId(), sim.tokenUrl(), now(), now().plusSeconds(60), null);
        assertUsable(SimClient.ok(requestToken(sim.demoClientId(), a), 200).get("access_token").asText());
        // the same seed gives the same demo key
        try (JikoSimulator other = JikoSimulator.builder().seed(7L).build()) {
            assertEquals(pem, other.demoPrivateKeyPem());
        }
    }

    private void assertRejected(HttpResponse<String> r, int status, String error, String descriptionPart) {
        JsonNode body = SimClient.ok(r, status);
        assertEquals(error, body.get("error").asText());
        assertTrue(body.get("error_description").asText().contains(descriptionPart), body.toString());
    }

    @Test
    void badSignatureIsRejected() throws Exception {
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String a = SimClient.assertion(other.getPrivate(), "EdDSA", "ed-client", sim.tokenUrl(), now(), now().plusSeconds(60), null);
        HttpResponse<String> r = requestToken("ed-client", a);
        assertRejected(r, 401, "invalid_client", "rejected");
        // the assertion is a credential for its lifetime: not one of its segments comes back
        assertFalse(r.body().contains("eyJ"), r.body());
        for (String segment : a.split("\\.")) {
            assertFalse(r.body().contains(segment), "echoed a segment of the assertion: " + r.body());
        }
        assertTrue(r.body().contains("[assertion omitted]"), r.body());
    }

    @Test
    void wrongAudienceIsRejected() {
        String a = SimClient.assertion(ed.getPrivate(), "EdDSA", "ed-client", "https://auth.jiko.io/api/oauth2/token", now(), now().plusSeconds(60), null);
        assertRejected(requestToken("ed-client", a), 401, "invalid_client", "Audience");
    }

    @Test
    void expiredAssertionIsRejected() {
        String a = SimClient.assertion(ed.getPrivate(), "EdDSA", "ed-client", sim.tokenUrl(), now().minusSeconds(200), now().minusSeconds(100), null);
        assertRejected(requestToken("ed-client", a), 401, "invalid_client", "rejected");
    }

    @Test
    void tooLongLivedAssertionIsRejected() {
        String a = SimClient.assertion(ed.getPrivate(), "EdDSA", "ed-client", sim.tokenUrl(), now(), now().plusSeconds(600), null);
        assertRejected(requestToken("ed-client", a), 401, "invalid_client", "5 minutes");
    }

    @Test
    void reusedJtiIsRejected() {
        String jti = "jti-" + System.nanoTime();
        String a1 = SimClient.assertion(ed.getPrivate(), "EdDSA", "ed-client", sim.tokenUrl(), now(), now().plusSeconds(60), jti);
        SimClient.ok(requestToken("ed-client", a1), 200);
        String a2 = SimClient.assertion(ed.getPrivate(), "EdDSA", "ed-client", sim.tokenUrl(), now(), now().plusSeconds(60), jti);
        assertRejected(requestToken("ed-client", a2), 401, "invalid_client", "jti");
    }

    @Test
    void unknownClientIsRejected() {
        String a = SimClient.assertion(ed.getPrivate(), "EdDSA", "nobody", sim.tokenUrl(), now(), now().plusSeconds(60), null);
        assertRejected(requestToken("nobody", a), 401, "invalid_client", "unknown client");
    }

    @Test
    void issuerMismatchIsRejected() {
        String a = SimClient.assertion(ed.getPrivate(), "EdDSA", "someone-else", sim.tokenUrl(), now(), now().plusSeconds(60), null);
        assertRejected(requestToken("ed-client", a), 401, "invalid_client", "rejected");
    }

    @Test
    void wrongGrantTypeAndMissingParameters() {
        String a = SimClient.assertion(ed.getPrivate(), "EdDSA", "ed-client", sim.tokenUrl(), now(), now().plusSeconds(60), null);
        Map<String, String> form = SimClient.tokenForm("ed-client", a);
        form.put("grant_type", "password");
        assertRejected(client.tokenRequest(form), 400, "unsupported_grant_type", "client_credentials");
        Map<String, String> missing = SimClient.tokenForm("ed-client", a);
        missing.remove("client_assertion");
        assertRejected(client.tokenRequest(missing), 400, "invalid_request", "missing");
    }

    @Test
    void missingUnknownAndExpiredTokensGet401() {
        SimClient c = new SimClient(sim);
        c.token = null;
        HttpResponse<String> r = c.get("/api/v1/customer/");
        assertEquals("Not authenticated", SimClient.ok(r, 401).get("detail").asText());
        c.token = "nonsense";
        SimClient.ok(c.get("/api/v1/customer/"), 401);

        try (JikoSimulator shortLived = JikoSimulator.builder().tokenTtl(Duration.ofSeconds(30)).rateLimits(false).build().start()) {
            SimClient s = new SimClient(shortLived);
            s.getOk("/api/v1/customer/");
            shortLived.advanceClock(Duration.ofSeconds(29));
            s.getOk("/api/v1/customer/");
            shortLived.advanceClock(Duration.ofSeconds(2));
            assertEquals("Not authenticated", SimClient.ok(s.get("/api/v1/customer/"), 401).get("detail").asText());
        }
    }

    @Test
    void requestsAreRecorded() {
        sim.clearRequests();
        client.get("/api/v1/customer/?x=1");
        RecordedRequest r = sim.receivedRequests().get(0);
        assertEquals("GET", r.method());
        assertEquals("/api/v1/customer/", r.path());
        assertEquals("x=1", r.query());
        assertTrue(r.header("Authorization").startsWith("Bearer "));
        assertFalse(r.time().isAfter(sim.clock().now()));
    }
}
