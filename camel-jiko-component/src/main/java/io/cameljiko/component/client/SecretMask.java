package io.cameljiko.component.client;

import java.util.regex.Pattern;

/**
 * Masks credentials in text that came from a server (error bodies, headers, exception messages) before it goes
 * into a log line or an exception: a token endpoint may echo the client assertion, an API may echo the bearer
 * token. Used wherever server text enters a message (ErrorMapper, ResponseMapper, the transport's causes).
 */
public final class SecretMask {

    /** What replaces a secret. */
    public static final String MASK = "******";

    /** A JWT or any of its segments: base64url of JSON starts with "eyJ" ('{"'); JWS has 3 segments, JWE 5. */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_\\-+/=]*(?:\\.[A-Za-z0-9_\\-+/=]*)*");
    /**
     * "Bearer xyz" in an echoed Authorization or WWW-Authenticate header (RFC 6750 token68 characters); 8 characters
     * at least, so that "bearer of" in prose stays readable (a real token is far longer).
     */
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9\\-._~+/]{8,}=*");
    /** JSON or form fields that hold a token or an assertion, whatever their value looks like. */
    private static final Pattern FIELD = Pattern.compile(
            "(?i)(\"?(?:access_token|refresh_token|id_token|client_assertion)\"?\\s*[:=]\\s*\"?)[^\"&\\s,}]+");

    private SecretMask() {
    }

    /**
     * The text with every JWT, bearer token, token field and each of the given known secrets (the token or
     * assertion that was sent) replaced by {@value #MASK}. Null stays null.
     */
    public static String mask(String text, String... known) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : known) {
            if (secret != null && secret.length() >= 8) {
                out = out.replace(secret, MASK);
            }
        }
        out = JWT.matcher(out).replaceAll(MASK);
        out = BEARER.matcher(out).replaceAll("$1" + MASK);
        return FIELD.matcher(out).replaceAll("$1" + MASK);
    }
}
