package io.cameljiko.component.catalog;

import java.util.Map;

/**
 * How a consumer polls a list operation.
 * <ul>
 * <li>INCREMENTAL: the listing filters by time; the consumer keeps a watermark (the newest delivered instant)
 * and the ids delivered near it, queries from the watermark minus an overlap and drops what it delivered.</li>
 * <li>SNAPSHOT: no time filter; the consumer keeps a fingerprint per id and emits items that are new
 * (CREATED) or changed (UPDATED).</li>
 * </ul>
 *
 * @param fromOption    INCREMENTAL: the option that takes the lower time bound (after, timeBookedFrom, ...)
 * @param timestampPath dotted path of the item's instant
 * @param idPath        dotted path of the item's id
 * @param unwrapPath    the part of an item that becomes the message body, or null for the whole item
 * @param defaults      option values the consumer uses unless the endpoint sets them (order=asc)
 * @param ascending     whether the query returns oldest first, so a poll may stop after maxMessagesPerPoll items
 * @param accept        Accept header to send (exportTeamAuditLogs: JSON pages rather than CSV)
 * @param unwrapModel   the model of the unwrapped part (listEvents: the event envelope)
 * @param eventTypePath where an event's type is: enables the eventTypes filter and the CamelJikoEventId/Type headers
 */
public record PollSpec(Kind kind, String fromOption, String timestampPath, String idPath, String unwrapPath,
        Map<String, String> defaults, boolean ascending, String accept, Class<?> unwrapModel, String eventTypePath) {

    public enum Kind {
        INCREMENTAL,
        SNAPSHOT
    }

    public PollSpec {
        defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
    }

    public static PollSpec incremental(String fromOption, String timestampPath, String idPath) {
        return new PollSpec(Kind.INCREMENTAL, fromOption, timestampPath, idPath, null, Map.of(), false, null, null, null);
    }

    public static PollSpec snapshot(String idPath) {
        return new PollSpec(Kind.SNAPSHOT, null, null, idPath, null, Map.of(), false, null, null, null);
    }

    /** The message body is this part of each item, as {@code model}. */
    public PollSpec unwrap(String path, Class<?> model) {
        return new PollSpec(kind, fromOption, timestampPath, idPath, path, defaults, ascending, accept, model, eventTypePath);
    }

    /** Items are events whose type is at {@code path}. */
    public PollSpec events(String path) {
        return new PollSpec(kind, fromOption, timestampPath, idPath, unwrapPath, defaults, ascending, accept, unwrapModel, path);
    }

    public PollSpec oldestFirstWith(String option, String value) {
        return new PollSpec(kind, fromOption, timestampPath, idPath, unwrapPath, Map.of(option, value), true, accept,
                unwrapModel, eventTypePath);
    }

    public PollSpec accept(String mediaType) {
        return new PollSpec(kind, fromOption, timestampPath, idPath, unwrapPath, defaults, ascending, mediaType, unwrapModel,
                eventTypePath);
    }
}
