package io.cameljiko.simulator;

/**
 * Misbehaving webhook deliveries, so a receiver's defences can be tested: a delivery sent twice (what a retry after
 * a lost answer or a replay looks like) and a delivery signed with a wrong secret.
 */
public final class WebhookFaults {
    private int duplicateNext;
    private int badSignatureNext;

    WebhookFaults() {
    }

    /** The next n deliveries are each sent twice, with the same body and signature. */
    public synchronized WebhookFaults duplicateNext(int n) {
        this.duplicateNext = n;
        return this;
    }

    /** The next n deliveries are signed with a wrong secret (their retries too, as new attempts of a bad sender). */
    public synchronized WebhookFaults badSignatureNext(int n) {
        this.badSignatureNext = n;
        return this;
    }

    /** Removes every configured webhook fault. */
    public synchronized WebhookFaults clear() {
        duplicateNext = 0;
        badSignatureNext = 0;
        return this;
    }

    synchronized boolean takeDuplicate() {
        if (duplicateNext > 0) {
            duplicateNext--;
            return true;
        }
        return false;
    }

    synchronized boolean takeBadSignature() {
        if (badSignatureNext > 0) {
            badSignatureNext--;
            return true;
        }
        return false;
    }
}
