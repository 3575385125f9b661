package io.cameljiko.component.auth;

import io.cameljiko.component.client.AccessTokenProvider;

/** The accessToken option: one bearer token, never refreshed. */
public final class FixedAccessTokenProvider implements AccessTokenProvider {

    private final String token;

    public FixedAccessTokenProvider(String token) {
        this.token = token;
    }

    @Override
    public String token() {
        return token;
    }

    @Override
    public void invalidate(String token) {
        // nothing to refresh
    }

    @Override
    public boolean canRefresh() {
        return false;
    }

    @Override
    public String toString() {
        return "FixedAccessTokenProvider[******]";
    }
}
