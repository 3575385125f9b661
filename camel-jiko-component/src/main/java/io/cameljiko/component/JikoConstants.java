package io.cameljiko.component;

import org.apache.camel.spi.Metadata;

/**
 * Every header camel-jiko reads or sets. API parameter headers follow one rule:
 * {@code CamelJiko} + the option name in UpperCamelCase; a header wins over the option.
 */
public final class JikoConstants {

    public static final String HEADER_PREFIX = "CamelJiko";

    @Metadata(label = "producer", description = "The operation to invoke; overrides the endpoint's operation for this message.",
              javaType = "String")
    public static final String OPERATION = "CamelJikoOperation";
    @Metadata(label = "producer", description = "The HTTP status code Jiko answered with.", javaType = "Integer")
    public static final String STATUS_CODE = "CamelJikoStatusCode";
    @Metadata(label = "producer", description = "The Content-Type of Jiko's response.", javaType = "String")
    public static final String CONTENT_TYPE = "CamelJikoContentType";
    @Metadata(description = "The cursor of the next page of a list operation, absent on the last page. "
                            + "Pass it back as the cursor option or the CamelJikoCursor header.",
              javaType = "String")
    public static final String NEXT_PAGE = "CamelJikoNextPage";
    @Metadata(description = "The cursor of the previous page of a list operation, absent on the first page.",
              javaType = "String")
    public static final String PREV_PAGE = "CamelJikoPrevPage";
    @Metadata(description = "Requests left in the current rate-limit window (Jiko's X-RateLimit-Remaining).",
              javaType = "Long")
    public static final String RATE_LIMIT_REMAINING = "CamelJikoRateLimitRemaining";
    @Metadata(description = "When the rate-limit window resets, as Unix seconds (Jiko's X-RateLimit-Reset).",
              javaType = "Long")
    public static final String RATE_LIMIT_RESET = "CamelJikoRateLimitReset";
    @Metadata(label = "consumer", description = "The id of the item carried by this exchange.", javaType = "String")
    public static final String ITEM_ID = "CamelJikoItemId";
    @Metadata(label = "consumer", description = "The event_id of the Jiko event carried by this exchange.",
              javaType = "String")
    public static final String EVENT_ID = "CamelJikoEventId";
    @Metadata(label = "consumer", description = "The event_type of the Jiko event carried by this exchange.",
              javaType = "String")
    public static final String EVENT_TYPE = "CamelJikoEventType";
    @Metadata(description = "The client-supplied transfer id of a transfer request (the API's de-duplication key).",
              javaType = "String")
    public static final String TRANSFER_ID = "CamelJikoTransferId";
    @Metadata(label = "consumer", description = "CREATED or UPDATED, for items of listings without a time filter.",
              javaType = "String")
    public static final String CHANGE = "CamelJikoChange";

    // API parameters (option name in UpperCamelCase)
    @Metadata(label = "producer", description = "Overrides the memberId option: the team member's id (UUID).",
              javaType = "String")
    public static final String MEMBER_ID = "CamelJikoMemberId";
    @Metadata(label = "producer", description = "Overrides the timestampFrom option (ISO-8601 instant).",
              javaType = "String")
    public static final String TIMESTAMP_FROM = "CamelJikoTimestampFrom";
    @Metadata(label = "producer", description = "Overrides the timestampTo option (ISO-8601 instant).",
              javaType = "String")
    public static final String TIMESTAMP_TO = "CamelJikoTimestampTo";
    @Metadata(label = "producer", description = "Overrides the cursor option: the page to read of a list operation.",
              javaType = "String")
    public static final String CURSOR = "CamelJikoCursor";
    @Metadata(label = "producer", description = "Overrides the limit option: page size of a list operation (1..100).",
              javaType = "Integer")
    public static final String LIMIT = "CamelJikoLimit";
    @Metadata(label = "producer", description = "Overrides the method option of the request operation (GET, POST, PATCH, PUT, DELETE).",
              javaType = "String")
    public static final String METHOD = "CamelJikoMethod";
    @Metadata(label = "producer", description = "Overrides the path option of the request operation, e.g. /api/v2/business-applications/.",
              javaType = "String")
    public static final String PATH = "CamelJikoPath";

    private JikoConstants() {
    }

    /** The header that carries an API parameter: {@code memberId} becomes {@code CamelJikoMemberId}. */
    public static String headerFor(String optionName) {
        return HEADER_PREFIX + Character.toUpperCase(optionName.charAt(0)) + optionName.substring(1);
    }
}
