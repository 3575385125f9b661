package io.cameljiko.component.webhook;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of {@code from("webhook:jiko:listEvents?...")}: the push side. JikoConfiguration inherits them, so
 * they are ordinary jiko options (component or endpoint level) and copied with the rest.
 */
@UriParams
public class WebhookOptions {

    @UriParam(label = "consumer,webhook", secret = true,
              description = "Webhook: the subscription's shared secret, at least 16 characters. Jiko signs each delivery with "
                            + "it (header x-jiko-signature: base64 HMAC-SHA256 of the raw body, an inferred scheme); a delivery "
                            + "without a valid signature is answered 401 and never reaches the route.")
    private String sharedSecret;
    @UriParam(label = "consumer,webhook", secret = true,
              description = "Webhook: the secret being rotated out. Signatures made with it are still accepted, so deliveries "
                            + "signed before the subscription took the new sharedSecret are not refused.")
    private String previousSharedSecret;
    @UriParam(label = "consumer,webhook", defaultValue = "false",
              description = "Webhook: keep the Jiko subscription when the endpoint stops (by default it is deleted). The next "
                            + "start finds it by its URL and updates it instead of creating a second one.")
    private boolean keepSubscription;
    @UriParam(label = "consumer,webhook",
              description = "Webhook: the org.apache.camel.spi.IdempotentRepository that drops deliveries of an event id already "
                            + "processed (Jiko retries, replays, reconciliation). Default: in memory (1000 ids), lost on "
                            + "restart; use a shared one (JDBC, Kafka, file) with several replicas.")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer,webhook", defaultValue = "300000", javaType = "java.time.Duration",
              description = "Webhook: how often listEvents is read for events push did not deliver (sent while the route was "
                            + "down, or given up by Jiko). It also runs when the route starts; 0 = only then; -1 (any "
                            + "negative value) = never: on several replicas the receivers set -1 and one leader-elected "
                            + "master: route reconciles into the same shared idempotentRepository (docs/production.md).")
    private long reconcileInterval = 300_000;
    @UriParam(label = "consumer,webhook", defaultValue = "1048576",
              description = "Webhook: the largest delivery body accepted, in bytes; a larger one is answered 413.")
    private long maxBodySize = 1_048_576;

    public String getSharedSecret() {
        return sharedSecret;
    }

    public void setSharedSecret(String sharedSecret) {
        this.sharedSecret = sharedSecret;
    }

    public String getPreviousSharedSecret() {
        return previousSharedSecret;
    }

    public void setPreviousSharedSecret(String previousSharedSecret) {
        this.previousSharedSecret = previousSharedSecret;
    }

    public boolean isKeepSubscription() {
        return keepSubscription;
    }

    public void setKeepSubscription(boolean keepSubscription) {
        this.keepSubscription = keepSubscription;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public long getReconcileInterval() {
        return reconcileInterval;
    }

    public void setReconcileInterval(long reconcileInterval) {
        this.reconcileInterval = reconcileInterval;
    }

    public long getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(long maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    /** For toString: which webhook secrets are set, never their values. */
    protected String maskedSecrets() {
        return "sharedSecret=" + (sharedSecret == null ? "none" : "******") + ", previousSharedSecret="
               + (previousSharedSecret == null ? "none" : "******");
    }
}
