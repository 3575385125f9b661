package io.cameljiko.component.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The metadata group of an option per operation, and the rate-limit table the docs and the dev console list. */
class OptionGroupsTest {

    @Test
    void anApiParameterIsCommonOnAListingAConsumerCanPollAndProducerElsewhere() {
        Operation listing = OperationCatalog.require("listPocketPortals");
        Operation single = OperationCatalog.require("getPocket");
        assertThat(listing.pollable()).isTrue();
        assertThat(single.pollable()).isFalse();
        assertThat(OperationOptions.group("pocketId", listing)).isEqualTo("common");
        assertThat(OperationOptions.group("pocketId", single)).isEqualTo("producer");
        // options that are no API parameter keep their own group whatever the operation
        assertThat(OperationOptions.group("paginate", listing)).isEqualTo("producer");
        assertThat(OperationOptions.group("eventTypes", single)).isEqualTo("consumer");
    }

    @Test
    void theRateLimitTableHasEveryRuleWithItsEvidence() {
        assertThat(RateLimitGroups.rules()).isNotEmpty()
                .anySatisfy(rule -> {
                    assertThat(rule.method()).isEqualTo("POST");
                    assertThat(rule.moneyMovement()).isTrue();
                    assertThat(rule.burstPerSecond()).isEqualTo(1);
                    assertThat(rule.inferred()).isFalse();
                })
                .anySatisfy(rule -> assertThat(rule.inferred()).isTrue());
        assertThat(RateLimitGroups.rules()).extracting(RateLimitGroups.Rule::group).doesNotContainNull();
    }
}
