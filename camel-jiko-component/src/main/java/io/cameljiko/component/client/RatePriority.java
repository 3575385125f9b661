package io.cameljiko.component.client;

/**
 * Who is asking for rate-limit budget. Money movement (creating, approving, cancelling a transfer) is
 * recognised from the request itself and goes before everything else.
 */
public enum RatePriority {
    /** A producer's call: may use the whole budget and waits for it up to maxRateLimitWait. */
    PRODUCER,
    /** A later page (paginate=true, or of a consumer's poll): leaves the reserve to producers, waits up to maxRateLimitWait. */
    PAGING,
    /** The first page of a consumer's poll: leaves the reserve to producers and never waits; the consumer polls later. */
    POLL;

    /** Whether this kind leaves rateLimitReserve of the budget to producers. */
    public boolean background() {
        return this != PRODUCER;
    }
}
