package io.cameljiko.component;

import io.cameljiko.component.webhook.WebhookOptions;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of the rate-limit budget every endpoint of a component shares (docs/rate-limits.md). JikoConfiguration
 * inherits them, so they are ordinary jiko options (component or endpoint level) and copied with the rest.
 */
@UriParams
public class RateLimitOptions extends WebhookOptions {

    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The most one producer call waits in total, for rate-limit budget and for Retry-After retries; "
                            + "past it the call fails with JikoRateLimitException saying when to try again. "
                            + "Consumers never wait for budget: they poll later.")
    private long maxRateLimitWait = 60_000;
    @UriParam(label = "advanced", defaultValue = "20",
              description = "Percent of each rate-limit group's budget that background reads (consumer polls, later pages "
                            + "of paginate=true) leave to producers; 0 to 100.")
    private int rateLimitReserve = 20;
    @UriParam(label = "advanced", defaultValue = "0",
              description = "Requests per minute per rate-limit group when Jiko's answers carry no X-RateLimit headers: "
                            + "at most this many in any 60 s (a sixth at once, the rest evenly paced). 0 uses the limit "
                            + "Jiko documents for the group (60 to 300). Endpoints sharing a budget use the smallest value.")
    private int rateLimitFallback;

    public long getMaxRateLimitWait() { return maxRateLimitWait; }
    public void setMaxRateLimitWait(long maxRateLimitWait) { this.maxRateLimitWait = maxRateLimitWait; }
    public int getRateLimitReserve() { return rateLimitReserve; }
    public void setRateLimitReserve(int rateLimitReserve) { this.rateLimitReserve = rateLimitReserve; }
    public int getRateLimitFallback() { return rateLimitFallback; }
    public void setRateLimitFallback(int rateLimitFallback) { this.rateLimitFallback = rateLimitFallback; }
}
