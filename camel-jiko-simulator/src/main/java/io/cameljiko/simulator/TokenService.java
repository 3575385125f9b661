package io.cameljiko.simulator;

import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/** OAuth client-credentials with private_key_jwt client assertions, and the opaque access tokens it issues. */
final class TokenService {
    static final Set<String> SCOPES = new LinkedHashSet<>(List.of("openid", "profile", "email", "phone",
            "pockets.read", "pockets.write", "transfers.read", "transfers.write", "customer.read", "customer.write",
            "team.read", "team.write", "onboarding.read", "onboarding.write", "agreements.read",
            "subscriptions.read", "subscriptions.write", "notifications.read", "notifications.write",
            "reports.read", "reports.write", "approval_rules.read", "approval_rules.write",
            "authorization_requests.read", "authorization_requests.write"));
    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    /** A JWS/JWE or one of its segments (base64url of JSON starts with "eyJ"), possibly after "->" or "{". */
    private static final java.util.regex.Pattern JWT = java.util.regex.Pattern.compile("eyJ[A-Za-z0-9_\\-=]*(?:\\.[A-Za-z0-9_\\-=]*)*");

    record Token(String clientId, Instant expiresAt, String scope) { }

    private final Map<String, PublicKey> clients = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> usedJti = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final SimulatorClock clock;
    private final Duration ttl;

    TokenService(SimulatorClock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    void register(String clientId, PublicKey key) {
        String alg = key.getAlgorithm();
        if (!alg.equals("RSA") && !alg.equals("EdDSA") && !alg.equals("Ed25519")) {
            throw new IllegalArgumentException("only RSA (PS256) and Ed25519 (EdDSA) keys are supported, not " + alg);
        }
        clients.put(clientId, key);
    }

    boolean isRegistered(String clientId) {
        return clients.containsKey(clientId);
    }

    String issue(String clientId, String scope) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        String token = "sim_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        tokens.put(token, new Token(clientId, clock.now().plus(ttl), scope));
        return token;
    }

    long ttlSeconds() {
        return ttl.getSeconds();
    }

    /** The token if known and not expired per the simulator clock, else null. */
    Token lookup(String token) {
        Token t = token == null ? null : tokens.get(token);
        if (t == null || !clock.now().isBefore(t.expiresAt())) {
            return null;
        }
        return t;
    }

    void expireAll() {
        Instant past = Instant.EPOCH;
        tokens.replaceAll((k, t) -> new Token(t.clientId(), past, t.scope()));
    }

    /** Handles a token request; throws ApiError with an OAuth error body on failure. */
    Map<String, Object> tokenRequest(Map<String, List<String>> form, String tokenUrl) {
        String grant = first(form, "grant_type");
        String clientId = first(form, "client_id");
        String assertionType = first(form, "client_assertion_type");
        String assertion = first(form, "client_assertion");
        String scope = first(form, "scope");
        if (grant == null || assertionType == null || assertion == null) {
            throw oauth(400, "invalid_request", "missing parameter: grant_type, client_assertion_type and client_assertion are required");
        }
        if (!grant.equals("client_credentials")) {
            throw oauth(400, "unsupported_grant_type", "only client_credentials is supported by the simulator");
        }
        if (!assertionType.equals(ASSERTION_TYPE)) {
            throw oauth(400, "invalid_request", "client_assertion_type must be " + ASSERTION_TYPE);
        }
        if (clientId == null) {
            // RFC 7523: client_id is optional; take it from the assertion's iss without trusting it yet
            clientId = unverifiedIssuer(assertion);
            if (clientId == null) {
                throw oauth(400, "invalid_request", "missing parameter: client_id");
            }
        }
        PublicKey key = clients.get(clientId);
        if (key == null) {
            throw oauth(401, "invalid_client", "unknown client");
        }
        String alg = key.getAlgorithm().equals("RSA") ? AlgorithmIdentifiers.RSA_PSS_USING_SHA256 : AlgorithmIdentifiers.EDDSA;
        // assertions are signed with the client's real clock, so they are checked against real time even when a
        // test has moved the simulator clock forward (tokens, by contrast, expire on the simulator clock)
        Instant now = Instant.now();
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, alg)
                .setExpectedAudience(tokenUrl)
                .setExpectedIssuer(clientId)
                .setExpectedSubject(clientId)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireJwtId()
                .setAllowedClockSkewInSeconds(5)
                .setEvaluationTime(NumericDate.fromMilliseconds(now.toEpochMilli()))
                .build();
        JwtClaims claims;
        try {
            claims = consumer.processToClaims(assertion);
        } catch (InvalidJwtException e) {
            throw oauth(401, "invalid_client", "client assertion rejected: " + describe(e));
        }
        try {
            long iat = claims.getIssuedAt().getValue();
            long exp = claims.getExpirationTime().getValue();
            if (exp - iat > 300) {
                throw oauth(401, "invalid_client", "client assertion rejected: exp is more than 5 minutes after iat");
            }
            String jti = clientId + "\u0000" + claims.getJwtId();
            purgeJti(now);
            if (usedJti.putIfAbsent(jti, Instant.ofEpochSecond(exp).plusSeconds(60)) != null) {
                throw oauth(401, "invalid_client", "client assertion rejected: jti already used");
            }
        } catch (org.jose4j.jwt.MalformedClaimException e) {
            throw oauth(401, "invalid_client", "client assertion rejected: " + withoutJwt(e.getMessage()));
        }
        String granted;
        if (scope == null || scope.isBlank()) {
            granted = String.join(" ", SCOPES);
        } else {
            for (String s : scope.trim().split("\\s+")) {
                if (!SCOPES.contains(s)) {
                    throw oauth(400, "invalid_scope", "unknown scope: " + s);
                }
            }
            granted = String.join(" ", new LinkedHashSet<>(List.of(scope.trim().split("\\s+"))));
        }
        String token = issue(clientId, granted);
        return Json.map("access_token", token, "token_type", "Bearer", "expires_in", ttl.getSeconds(), "scope", granted);
    }

    private void purgeJti(Instant now) {
        usedJti.values().removeIf(until -> until.isBefore(now));
    }

    /**
     * jose4j's messages quote the whole JWS ("Invalid JWS Signature: JsonWebSignature{...}->eyJhbGci..."); an
     * assertion is a credential for its lifetime, so it is never echoed: anything JWT-like is cut out.
     */
    private static String describe(InvalidJwtException e) {
        if (e.getErrorDetails() != null && !e.getErrorDetails().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            e.getErrorDetails().forEach(d -> sb.append(sb.length() == 0 ? "" : "; ").append(d.getErrorMessage()));
            return withoutJwt(sb.toString());
        }
        return withoutJwt(e.getMessage());
    }

    static String withoutJwt(String text) {
        return text == null ? null : JWT.matcher(text).replaceAll("[assertion omitted]");
    }

    private static String unverifiedIssuer(String assertion) {
        try {
            JwtConsumer c = new JwtConsumerBuilder().setSkipAllValidators().setDisableRequireSignature()
                    .setSkipSignatureVerification().build();
            return c.processToClaims(assertion).getIssuer();
        } catch (Exception e) {
            return null;
        }
    }

    static ApiError oauth(int status, String error, String description) {
        return new ApiError(status, Json.map("error", error, "error_description", description));
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() || v.get(0).isEmpty() ? null : v.get(0);
    }
}
