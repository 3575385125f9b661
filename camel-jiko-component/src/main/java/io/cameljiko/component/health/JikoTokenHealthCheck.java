package io.cameljiko.component.health;

import java.util.Map;

import io.cameljiko.component.error.JikoApiException;
import io.cameljiko.component.client.AccessTokenProvider;
import io.cameljiko.component.auth.TokenKey;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of the {@code jiko} component: DOWN while an access token cannot be obtained for one of the
 * clients its endpoints use, with the reason (token URL, client id, error) but never a token or key.
 * A token still cached counts as obtained; otherwise the check asks the token endpoint, as the next call
 * would. A fixed accessToken is not checked here (a rejected one shows in the producer and consumer checks).
 */
public final class JikoTokenHealthCheck implements HealthCheck {

    public static final String ID = "jiko";

    private final JikoComponentView component;
    private volatile boolean enabled = true;

    public JikoTokenHealthCheck(JikoComponentView component) {
        this.component = component;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        return false; // an unreachable token endpoint is not cured by restarting the application
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        check(builder);
        return builder.build();
    }

    private void check(HealthCheckResultBuilder builder) {
        Map<TokenKey, AccessTokenProvider> providers = component.getTokenProviders();
        builder.detail("jiko.clients", providers.size());
        for (Map.Entry<TokenKey, AccessTokenProvider> entry : providers.entrySet()) {
            TokenKey key = entry.getKey();
            try {
                entry.getValue().token();
            } catch (RuntimeException e) {
                builder.detail("jiko.client_id", key.clientId());
                builder.detail("jiko.token_url", key.tokenUrl());
                if (e instanceof JikoApiException api && api.getStatusCode() > 0) {
                    builder.detail(HTTP_RESPONSE_CODE, api.getStatusCode());
                }
                builder.message("No Jiko access token for client " + key.clientId() + ": " + e.getMessage());
                builder.down();
                return;
            }
        }
        builder.up();
    }
}
