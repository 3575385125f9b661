package io.cameljiko.component.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules are remembered per method and path, but never more than a bounded number: paths carry ids. */
class RateLimitRuleMemoryTest {

    @Test
    void theRememberedRulesStayBoundedAndEachPathStillGetsItsOwnRule() {
        for (int i = 0; i < 3 * RateLimitGroups.MAX_RESOLVED; i++) {
            assertThat(RateLimitGroups.resolve("GET", "/api/v2/pockets/p-" + i + "/portals/").group())
                    .isEqualTo(RateLimitGroups.PORTALS);
            assertThat(RateLimitGroups.remembered()).isBetween(1, RateLimitGroups.MAX_RESOLVED);
        }
        RateLimitGroups.Rule first = RateLimitGroups.resolve("POST", "/api/v1/transfer-requests/");
        assertThat(RateLimitGroups.resolve("POST", "/api/v1/transfer-requests/")).isSameAs(first);
        assertThat(first.group()).isEqualTo(RateLimitGroups.TRANSFER_REQUESTS_CREATE);
    }
}
