package io.cameljiko.component.auth;

import java.security.PrivateKey;
import java.util.UUID;

import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/** The private-key JWT that authenticates the client at the token endpoint (RFC 7523). */
public final class ClientAssertion {

    /** Jiko recommends at most 5 minutes; a short life limits what a leaked assertion is worth. */
    static final long LIFETIME_SECONDS = 120;

    private ClientAssertion() {
    }

    public static String sign(String clientId, String audience, PrivateKey key, String keyId) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(clientId);
        claims.setSubject(clientId);
        claims.setAudience(audience);
        NumericDate now = NumericDate.now();
        claims.setIssuedAt(now);
        NumericDate exp = NumericDate.fromSeconds(now.getValue() + LIFETIME_SECONDS);
        claims.setExpirationTime(exp);
        claims.setJwtId(UUID.randomUUID().toString());

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(PrivateKeys.jwsAlgorithm(key));
        jws.setHeader("typ", "JWT");
        if (keyId != null && !keyId.isBlank()) {
            jws.setKeyIdHeaderValue(keyId);
        }
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            // the message of a JoseException never holds key material, but keep only the class to be sure
            throw new IllegalStateException("Signing the client assertion failed (" + e.getClass().getSimpleName() + ")");
        }
    }
}
