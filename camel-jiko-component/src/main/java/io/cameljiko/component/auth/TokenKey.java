package io.cameljiko.component.auth;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Everything that shapes a client-credentials token; endpoints with equal keys share one token. */
public record TokenKey(String tokenUrl, String clientId, String scopes) {

    /** Scopes normalised: comma or space separated in, sorted and space separated out. */
    public static TokenKey of(String tokenUrl, String clientId, String scopes) {
        String normalised = scopes == null ? "" : Arrays.stream(scopes.split("[\\s,]+"))
                .filter(s -> !s.isBlank()).sorted().distinct().collect(Collectors.joining(" "));
        return new TokenKey(tokenUrl, clientId, normalised);
    }
}
