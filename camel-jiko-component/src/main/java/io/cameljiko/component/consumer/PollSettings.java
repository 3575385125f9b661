package io.cameljiko.component.consumer;

import io.cameljiko.component.client.JikoOutputType;
import org.apache.camel.spi.StateRepository;

/**
 * The endpoint options a consumer reads (see JikoConfiguration for what each means).
 *
 * @param operation the operation name of the endpoint URI
 * @param baseUrl   the API base URL in effect
 * @param limit     the limit option (page size), or null
 */
public record PollSettings(String operation, String baseUrl, StateRepository<String, String> stateRepository,
        String startFrom, long overlap, String eventTypes, JikoOutputType outputType, boolean splitItems, Integer limit,
        int maxMessagesPerPoll) {
}
