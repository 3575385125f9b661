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
    @Metadata(label = "consumer", description = "webhook:jiko: how the event reached the route: push (a signed delivery "
                                                + "from Jiko) or reconcile (read from listEvents because push had not delivered it). "
                                                + "Jiko sends no delivery id header that we know of.", javaType = "String")
    public static final String DELIVERY = "CamelJikoDelivery";
    @Metadata(description = "The transfer request's id: set by createTransferRequest (the client-supplied transfer.id, "
                            + "generated once per exchange when the body has none, the API's de-duplication key) and read as "
                            + "the transferId parameter by getTransferRequest, approveTransferRequest and cancelTransferRequest.",
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

    @Metadata(label = "producer", description = "Overrides the subscriptionId option. API parameter subscription_id: a webhook subscription's id (UUID).", javaType = "String")
    public static final String SUBSCRIPTION_ID = "CamelJikoSubscriptionId";
    @Metadata(label = "producer", description = "Overrides the after option. API parameter after (listEvents): an ISO-8601 instant; only events after it.", javaType = "String")
    public static final String AFTER = "CamelJikoAfter";
    @Metadata(label = "producer", description = "Overrides the status option. API parameter status: READ or UNREAD for listNotifications; a status filter for listCounterparties and listTransferRequests.", javaType = "String")
    public static final String STATUS = "CamelJikoStatus";
    @Metadata(label = "producer", description = "Overrides the type option. API parameter type or type[]: statement types (BANK, BROKERAGE), transaction types (ACH, WIRE, CARD, ON_US, ...) or a counterparty type (ach, wire, ...); comma-separated for several.", javaType = "String")
    public static final String TYPE = "CamelJikoType";
    @Metadata(label = "producer", description = "Overrides the key option. API parameter key (listStatements): a month such as 2026-01 or a year such as 2026.", javaType = "String")
    public static final String KEY = "CamelJikoKey";
    @Metadata(label = "producer", description = "Overrides the url option. The URL to fetch (download operation): a statement's pdf_download_url or a report file's download_url.", javaType = "String")
    public static final String URL = "CamelJikoUrl";
    @Metadata(label = "producer", description = "Overrides the bookDateFrom option. API parameter book_date_from (listTrades): ISO-8601 date, inclusive.", javaType = "String")
    public static final String BOOK_DATE_FROM = "CamelJikoBookDateFrom";
    @Metadata(label = "producer", description = "Overrides the bookDateTo option. API parameter book_date_to (listTrades): ISO-8601 date, inclusive.", javaType = "String")
    public static final String BOOK_DATE_TO = "CamelJikoBookDateTo";
    @Metadata(label = "producer", description = "Overrides the settlementDateFrom option. API parameter settlement_date_from (listTrades): ISO-8601 date, inclusive.", javaType = "String")
    public static final String SETTLEMENT_DATE_FROM = "CamelJikoSettlementDateFrom";
    @Metadata(label = "producer", description = "Overrides the settlementDateTo option. API parameter settlement_date_to (listTrades): ISO-8601 date, inclusive.", javaType = "String")
    public static final String SETTLEMENT_DATE_TO = "CamelJikoSettlementDateTo";
    @Metadata(label = "producer", description = "Overrides the account option. API parameter account[] (listTrades): pocket ids (UUIDs), comma-separated.", javaType = "String")
    public static final String ACCOUNT = "CamelJikoAccount";
    @Metadata(label = "producer", description = "Overrides the tradeDatetimeFrom option. API parameter trade_datetime_from (listTrades): ISO-8601 instant.", javaType = "String")
    public static final String TRADE_DATETIME_FROM = "CamelJikoTradeDatetimeFrom";
    @Metadata(label = "producer", description = "Overrides the tradeDatetimeTo option. API parameter trade_datetime_to (listTrades): ISO-8601 instant.", javaType = "String")
    public static final String TRADE_DATETIME_TO = "CamelJikoTradeDatetimeTo";
    @Metadata(label = "producer", description = "Overrides the pocketId option. API parameter pocket_id: a pocket's id (UUID).", javaType = "String")
    public static final String POCKET_ID = "CamelJikoPocketId";
    @Metadata(label = "producer", description = "Overrides the portalId option. API parameter portal_id: a portal's id (UUID).", javaType = "String")
    public static final String PORTAL_ID = "CamelJikoPortalId";
    @Metadata(label = "producer", description = "Overrides the documentType option. API parameter document_type (uploadDocument): the kind of document, e.g. passport.", javaType = "String")
    public static final String DOCUMENT_TYPE = "CamelJikoDocumentType";
    @Metadata(label = "producer", description = "Overrides the counterpartyId option. API parameter counterparty_id: a counterparty's id (UUID).", javaType = "String")
    public static final String COUNTERPARTY_ID = "CamelJikoCounterpartyId";
    @Metadata(label = "producer", description = "Overrides the period option. API parameter period (getPocketEarnings): ytd, mtd, wtd, all-time or range (range needs dateFrom and dateTo).", javaType = "String")
    public static final String PERIOD = "CamelJikoPeriod";
    @Metadata(label = "producer", description = "Overrides the dateFrom option. API parameter date_from (getPocketEarnings): ISO-8601 date, inclusive.", javaType = "String")
    public static final String DATE_FROM = "CamelJikoDateFrom";
    @Metadata(label = "producer", description = "Overrides the dateTo option. API parameter date_to (getPocketEarnings): ISO-8601 date, inclusive.", javaType = "String")
    public static final String DATE_TO = "CamelJikoDateTo";
    @Metadata(label = "producer", description = "Overrides the order option. API parameter order (listTransactions): desc (Jiko's default) or asc.", javaType = "String")
    public static final String ORDER = "CamelJikoOrder";
    @Metadata(label = "producer", description = "Overrides the pocket option. API parameter pocket[] (listTransactions): pocket ids (UUIDs), comma-separated.", javaType = "String")
    public static final String POCKET = "CamelJikoPocket";
    @Metadata(label = "producer", description = "Overrides the onUsTransfer option. API parameter on_us_transfer[] (listTransactions): on-us transfer ids (UUIDs), comma-separated.", javaType = "String")
    public static final String ON_US_TRANSFER = "CamelJikoOnUsTransfer";
    @Metadata(label = "producer", description = "Overrides the wire option. API parameter wire[] (listTransactions): wire ids (UUIDs), comma-separated.", javaType = "String")
    public static final String WIRE = "CamelJikoWire";
    @Metadata(label = "producer", description = "Overrides the card option. API parameter card[] (listTransactions; name inferred): card ids (UUIDs), comma-separated.", javaType = "String")
    public static final String CARD = "CamelJikoCard";
    @Metadata(label = "producer", description = "Overrides the portal option. API parameter portal[] (listTransactions; name inferred): portal ids (UUIDs), comma-separated.", javaType = "String")
    public static final String PORTAL = "CamelJikoPortal";
    @Metadata(label = "producer", description = "Overrides the timeBookedFrom option. API parameter time_booked_from (listTransactions): ISO-8601 instant.", javaType = "String")
    public static final String TIME_BOOKED_FROM = "CamelJikoTimeBookedFrom";
    @Metadata(label = "producer", description = "Overrides the timeBookedTo option. API parameter time_booked_to (listTransactions): ISO-8601 instant.", javaType = "String")
    public static final String TIME_BOOKED_TO = "CamelJikoTimeBookedTo";
    @Metadata(label = "producer", description = "Overrides the amountFrom option. API parameter amount_from (listTransactions): smallest amount, in integer cents.", javaType = "Long")
    public static final String AMOUNT_FROM = "CamelJikoAmountFrom";
    @Metadata(label = "producer", description = "Overrides the amountTo option. API parameter amount_to (listTransactions): largest amount, in integer cents.", javaType = "Long")
    public static final String AMOUNT_TO = "CamelJikoAmountTo";
    @Metadata(label = "producer", description = "Overrides the direction option. API parameter direction: DEBIT or CREDIT for listTransactions, INCOMING or OUTGOING for listWires.", javaType = "String")
    public static final String DIRECTION = "CamelJikoDirection";
    @Metadata(label = "producer", description = "Overrides the customerId option. API parameter customer_id (listWires): a customer's id (UUID).", javaType = "String")
    public static final String CUSTOMER_ID = "CamelJikoCustomerId";
    @Metadata(label = "producer", description = "Overrides the wireId option. API parameter wire_id (getWire): a wire's id (UUID).", javaType = "String")
    public static final String WIRE_ID = "CamelJikoWireId";

    private JikoConstants() {
    }

    /** The header that carries an API parameter: {@code memberId} becomes {@code CamelJikoMemberId}. */
    public static String headerFor(String optionName) {
        return HEADER_PREFIX + Character.toUpperCase(optionName.charAt(0)) + optionName.substring(1);
    }
}
