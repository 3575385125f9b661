package io.cameljiko.component.webhook;

import io.cameljiko.component.consumer.PollSource;

/** What the push side needs of its endpoint besides what a poll needs: JikoEndpoint implements it. */
public interface WebhookSource extends PollSource {

    /** The webhook options (secrets, de-duplication, reconciliation) as they are now. */
    WebhookOptions webhookOptions();
}
