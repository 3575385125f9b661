package io.cameljiko.component.client;

/** Hands out the bearer token for API calls. */
public interface AccessTokenProvider {

    /** A token valid for the next call; fetches one when none is cached or it is about to expire. */
    String token();

    /** The API rejected this token (401): forget it so the next {@link #token()} fetches a new one. */
    void invalidate(String token);

    /** Whether {@link #invalidate(String)} can lead to a different token (false for a fixed token). */
    boolean canRefresh();
}
