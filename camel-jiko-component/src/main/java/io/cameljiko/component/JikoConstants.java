package io.cameljiko.component;

import io.cameljiko.component.consumer.ItemHeaders;
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
    @Metadata(description = "Requests left in the current rate-limit window (Jiko's X-RateLimit-Remaining); not set when the answer has none or one that is not a number.",
              javaType = "Long")
    public static final String RATE_LIMIT_REMAINING = "CamelJikoRateLimitRemaining";
    @Metadata(description = "When the rate-limit window resets, as Unix seconds (Jiko's X-RateLimit-Reset); not set when the answer has none or one that is not a number.",
              javaType = "Long")
    public static final String RATE_LIMIT_RESET = "CamelJikoRateLimitReset";
    @Metadata(label = "consumer", description = "The id of the item carried by this exchange.", javaType = "String")
    public static final String ITEM_ID = ItemHeaders.ITEM_ID;
    @Metadata(label = "consumer", description = "The event_id of the Jiko event carried by this exchange.",
              javaType = "String")
    public static final String EVENT_ID = ItemHeaders.EVENT_ID;
    @Metadata(label = "consumer", description = "The event_type of the Jiko event carried by this exchange.",
              javaType = "String")
    public static final String EVENT_TYPE = ItemHeaders.EVENT_TYPE;
    @Metadata(label = "consumer", description = "webhook:jiko: how the event reached the route: push (a signed delivery "
                                                + "from Jiko) or reconcile (read from listEvents because push had not delivered it). "
                                                + "Jiko sends no delivery id header that we know of.", javaType = "String")
    public static final String DELIVERY = ItemHeaders.DELIVERY;
    @Metadata(label = "producer", description = "Overrides the transferId option for this message (same values; a header that does not apply to the operation is ignored). createTransferRequest sets it to the transfer.id it sent (the API's de-duplication key, generated once per exchange when the body has none).", javaType = "String")
    public static final String TRANSFER_ID = "CamelJikoTransferId";
    @Metadata(label = "consumer", description = "CREATED or UPDATED, for items of listings without a time filter.",
              javaType = "String")
    public static final String CHANGE = ItemHeaders.CHANGE;

    // ---- API parameter headers: rendered from the catalog by OptionAnnotationsTest, do not edit ----
    @Metadata(label = "producer", description = "Overrides the memberId option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String MEMBER_ID = "CamelJikoMemberId";
    @Metadata(label = "producer", description = "Overrides the timestampFrom option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String TIMESTAMP_FROM = "CamelJikoTimestampFrom";
    @Metadata(label = "producer", description = "Overrides the timestampTo option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String TIMESTAMP_TO = "CamelJikoTimestampTo";
    @Metadata(label = "producer", description = "Overrides the cursor option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String CURSOR = "CamelJikoCursor";
    @Metadata(label = "producer", description = "Overrides the limit option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "Integer")
    public static final String LIMIT = "CamelJikoLimit";
    @Metadata(label = "producer", description = "Overrides the method option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String METHOD = "CamelJikoMethod";
    @Metadata(label = "producer", description = "Overrides the path option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String PATH = "CamelJikoPath";
    @Metadata(label = "producer", description = "Overrides the subscriptionId option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String SUBSCRIPTION_ID = "CamelJikoSubscriptionId";
    @Metadata(label = "producer", description = "Overrides the after option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String AFTER = "CamelJikoAfter";
    @Metadata(label = "producer", description = "Overrides the status option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String STATUS = "CamelJikoStatus";
    @Metadata(label = "producer", description = "Overrides the type option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String TYPE = "CamelJikoType";
    @Metadata(label = "producer", description = "Overrides the key option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String KEY = "CamelJikoKey";
    @Metadata(label = "producer", description = "Overrides the url option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String URL = "CamelJikoUrl";
    @Metadata(label = "producer", description = "Overrides the bookDateFrom option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String BOOK_DATE_FROM = "CamelJikoBookDateFrom";
    @Metadata(label = "producer", description = "Overrides the bookDateTo option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String BOOK_DATE_TO = "CamelJikoBookDateTo";
    @Metadata(label = "producer", description = "Overrides the settlementDateFrom option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String SETTLEMENT_DATE_FROM = "CamelJikoSettlementDateFrom";
    @Metadata(label = "producer", description = "Overrides the settlementDateTo option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String SETTLEMENT_DATE_TO = "CamelJikoSettlementDateTo";
    @Metadata(label = "producer", description = "Overrides the account option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String ACCOUNT = "CamelJikoAccount";
    @Metadata(label = "producer", description = "Overrides the tradeDatetimeFrom option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String TRADE_DATETIME_FROM = "CamelJikoTradeDatetimeFrom";
    @Metadata(label = "producer", description = "Overrides the tradeDatetimeTo option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String TRADE_DATETIME_TO = "CamelJikoTradeDatetimeTo";
    @Metadata(label = "producer", description = "Overrides the pocketId option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String POCKET_ID = "CamelJikoPocketId";
    @Metadata(label = "producer", description = "Overrides the portalId option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String PORTAL_ID = "CamelJikoPortalId";
    @Metadata(label = "producer", description = "Overrides the documentType option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String DOCUMENT_TYPE = "CamelJikoDocumentType";
    @Metadata(label = "producer", description = "Overrides the counterpartyId option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String COUNTERPARTY_ID = "CamelJikoCounterpartyId";
    @Metadata(label = "producer", description = "Overrides the period option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String PERIOD = "CamelJikoPeriod";
    @Metadata(label = "producer", description = "Overrides the dateFrom option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String DATE_FROM = "CamelJikoDateFrom";
    @Metadata(label = "producer", description = "Overrides the dateTo option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String DATE_TO = "CamelJikoDateTo";
    @Metadata(label = "producer", description = "Overrides the order option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String ORDER = "CamelJikoOrder";
    @Metadata(label = "producer", description = "Overrides the pocket option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String POCKET = "CamelJikoPocket";
    @Metadata(label = "producer", description = "Overrides the onUsTransfer option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String ON_US_TRANSFER = "CamelJikoOnUsTransfer";
    @Metadata(label = "producer", description = "Overrides the wire option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String WIRE = "CamelJikoWire";
    @Metadata(label = "producer", description = "Overrides the card option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String CARD = "CamelJikoCard";
    @Metadata(label = "producer", description = "Overrides the portal option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String PORTAL = "CamelJikoPortal";
    @Metadata(label = "producer", description = "Overrides the timeBookedFrom option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String TIME_BOOKED_FROM = "CamelJikoTimeBookedFrom";
    @Metadata(label = "producer", description = "Overrides the timeBookedTo option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String TIME_BOOKED_TO = "CamelJikoTimeBookedTo";
    @Metadata(label = "producer", description = "Overrides the amountFrom option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "Long")
    public static final String AMOUNT_FROM = "CamelJikoAmountFrom";
    @Metadata(label = "producer", description = "Overrides the amountTo option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "Long")
    public static final String AMOUNT_TO = "CamelJikoAmountTo";
    @Metadata(label = "producer", description = "Overrides the direction option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String DIRECTION = "CamelJikoDirection";
    @Metadata(label = "producer", description = "Overrides the customerId option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String CUSTOMER_ID = "CamelJikoCustomerId";
    @Metadata(label = "producer", description = "Overrides the wireId option for this message (same values; a header that does not apply to the operation is ignored).", javaType = "String")
    public static final String WIRE_ID = "CamelJikoWireId";
    // ---- end of API parameter headers ----

    private JikoConstants() {
    }

    /** The header that carries an API parameter: {@code memberId} becomes {@code CamelJikoMemberId}. */
    public static String headerFor(String optionName) {
        return io.cameljiko.component.catalog.Param.headerOf(optionName);
    }
}
