package io.cameljiko.component;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The API parameters of the operation catalog as Camel options: option name = lowerCamelCase of the API name, a
 * CamelJiko header of the same name (JikoConstants) wins over the option. Rendered from the catalog by
 * OptionAnnotationsTest (Camel's tooling needs literal annotations): do not edit, change the catalog and run
 * {@code mvn -B -q -pl camel-jiko-component -am test -Dtest=OptionAnnotationsTest -Dsurefire.failIfNoSpecifiedTests=false -Djiko.docs.write=true}.
 */
@UriParams
public class ApiParameterOptions extends RateLimitOptions {

    @UriParam(label = "getTeamMember,exportTeamAuditLogs,common",
              description = "API parameter member_id: a team member's id (UUID). Operations: getTeamMember, exportTeamAuditLogs.")
    private String memberId;
    @UriParam(label = "exportTeamAuditLogs,common",
              description = "API parameter timestamp_from: ISO-8601 instant, start of a time range. Operations: exportTeamAuditLogs.")
    private String timestampFrom;
    @UriParam(label = "exportTeamAuditLogs,common",
              description = "API parameter timestamp_to: ISO-8601 instant, end of a time range. Operations: exportTeamAuditLogs.")
    private String timestampTo;
    @UriParam(label = "listEvents,listNotifications,listSubscriptions,listReportRequests,listStatements,exportTeamAuditLogs,listTrades,listPocketPortals,listPortals,listTransferRequests,listPockets,listTransactions,listCounterparties,listWires,common",
              description = "API parameter cursor: the page of a list operation to read (a CamelJikoNextPage value). Operations: listEvents, listNotifications, listSubscriptions, listReportRequests, listStatements, exportTeamAuditLogs, listTrades, listPocketPortals, listPortals, listTransferRequests, listPockets, listTransactions, listCounterparties, listWires.")
    private String cursor;
    @UriParam(label = "listEvents,listNotifications,listSubscriptions,listReportRequests,listStatements,exportTeamAuditLogs,listTrades,listPocketPortals,listPortals,listTransferRequests,listPockets,listTransactions,listCounterparties,listWires,common",
              description = "API parameter limit: page size of a list operation, 1 to 100. Operations: listEvents, listNotifications, listSubscriptions, listReportRequests, listStatements, exportTeamAuditLogs, listTrades, listPocketPortals, listPortals, listTransferRequests, listPockets, listTransactions, listCounterparties, listWires.")
    private Integer limit;
    @UriParam(label = "listEvents,getSubscription,updateSubscription,deleteSubscription,common",
              description = "API parameter subscription_id: a webhook subscription's id (UUID). Operations: listEvents, getSubscription, updateSubscription, deleteSubscription.")
    private String subscriptionId;
    @UriParam(label = "listEvents,common",
              description = "API parameter after: an ISO-8601 instant; only events after it. Operations: listEvents.")
    private String after;
    @UriParam(label = "listNotifications,listTransferRequests,listCounterparties,common",
              description = "API parameter status: READ or UNREAD for listNotifications; a status filter for listCounterparties and listTransferRequests. Operations: listNotifications, listTransferRequests, listCounterparties.")
    private String status;
    @UriParam(label = "listStatements,listTransactions,listCounterparties,common",
              description = "API parameter type%5B%5D or type: statement types (BANK, BROKERAGE), transaction types (ACH, WIRE, CARD, ON_US, ...) or a counterparty type (ach, wire, ...); comma-separated for several. Operations: listStatements, listTransactions, listCounterparties.")
    private String type;
    @UriParam(label = "listStatements,common",
              description = "API parameter key: a month such as 2026-01 or a year such as 2026. Operations: listStatements.")
    private String key;
    @UriParam(label = "download,producer",
              description = "The URL to fetch: a statement's pdf_download_url or a report file's download_url. Operations: download.")
    private String url;
    @UriParam(label = "listTrades,common",
              description = "API parameter book_date_from: ISO-8601 date, inclusive. Operations: listTrades.")
    private String bookDateFrom;
    @UriParam(label = "listTrades,common",
              description = "API parameter book_date_to: ISO-8601 date, inclusive. Operations: listTrades.")
    private String bookDateTo;
    @UriParam(label = "listTrades,common",
              description = "API parameter settlement_date_from: ISO-8601 date, inclusive. Operations: listTrades.")
    private String settlementDateFrom;
    @UriParam(label = "listTrades,common",
              description = "API parameter settlement_date_to: ISO-8601 date, inclusive. Operations: listTrades.")
    private String settlementDateTo;
    @UriParam(label = "listTrades,common",
              description = "API parameter account%5B%5D: pocket ids (UUIDs), comma-separated. Operations: listTrades.")
    private String account;
    @UriParam(label = "listTrades,common",
              description = "API parameter trade_datetime_from: ISO-8601 instant. Operations: listTrades.")
    private String tradeDatetimeFrom;
    @UriParam(label = "listTrades,common",
              description = "API parameter trade_datetime_to: ISO-8601 instant. Operations: listTrades.")
    private String tradeDatetimeTo;
    @UriParam(label = "listPocketPortals,createPortal,getFundingInstructions,updatePortal,getPocket,updatePocket,getPocketEarnings,listWires,common",
              description = "API parameter pocket_id: a pocket's id (UUID). Operations: listPocketPortals, createPortal, getFundingInstructions, updatePortal, getPocket, updatePocket, getPocketEarnings, listWires.")
    private String pocketId;
    @UriParam(label = "getFundingInstructions,updatePortal,producer",
              description = "API parameter portal_id: a portal's id (UUID). Operations: getFundingInstructions, updatePortal.")
    private String portalId;
    @UriParam(label = "getTransferRequest,approveTransferRequest,cancelTransferRequest,producer",
              description = "API parameter transfer_id: a transfer request's id (UUID), also a webhook payload's wire_id or on_us_id. createTransferRequest sets header CamelJikoTransferId, so a following approveTransferRequest finds it. Operations: getTransferRequest, approveTransferRequest, cancelTransferRequest.")
    private String transferId;
    @UriParam(label = "uploadDocument,producer",
              description = "API parameter document_type: the kind of document, e.g. passport. Operations: uploadDocument.")
    private String documentType;
    @UriParam(label = "getCounterparty,updateCounterparty,producer",
              description = "API parameter counterparty_id: a counterparty's id (UUID). Operations: getCounterparty, updateCounterparty.")
    private String counterpartyId;
    @UriParam(label = "getPocketEarnings,producer",
              description = "API parameter period: ytd, mtd, wtd, all-time or range (range needs dateFrom and dateTo). Operations: getPocketEarnings.")
    private String period;
    @UriParam(label = "getPocketEarnings,producer",
              description = "API parameter date_from: ISO-8601 date, inclusive. Operations: getPocketEarnings.")
    private String dateFrom;
    @UriParam(label = "getPocketEarnings,producer",
              description = "API parameter date_to: ISO-8601 date, inclusive. Operations: getPocketEarnings.")
    private String dateTo;
    @UriParam(label = "listTransactions,common",
              description = "API parameter order: desc (Jiko's default) or asc. Operations: listTransactions.")
    private String order;
    @UriParam(label = "listTransactions,common",
              description = "API parameter pocket%5B%5D: pocket ids (UUIDs), comma-separated. Operations: listTransactions.")
    private String pocket;
    @UriParam(label = "listTransactions,common",
              description = "API parameter on_us_transfer%5B%5D: on-us transfer ids (UUIDs), comma-separated. Operations: listTransactions.")
    private String onUsTransfer;
    @UriParam(label = "listTransactions,common",
              description = "API parameter wire%5B%5D: wire ids (UUIDs), comma-separated. Operations: listTransactions.")
    private String wire;
    @UriParam(label = "listTransactions,common",
              description = "API parameter card%5B%5D: card ids (UUIDs), comma-separated; the parameter name is inferred. Operations: listTransactions.")
    private String card;
    @UriParam(label = "listTransactions,common",
              description = "API parameter portal%5B%5D: portal ids (UUIDs), comma-separated; the parameter name is inferred. Operations: listTransactions.")
    private String portal;
    @UriParam(label = "listTransactions,common",
              description = "API parameter time_booked_from: ISO-8601 instant. Operations: listTransactions.")
    private String timeBookedFrom;
    @UriParam(label = "listTransactions,common",
              description = "API parameter time_booked_to: ISO-8601 instant. Operations: listTransactions.")
    private String timeBookedTo;
    @UriParam(label = "listTransactions,common",
              description = "API parameter amount_from: smallest amount, in integer cents. Operations: listTransactions.")
    private Long amountFrom;
    @UriParam(label = "listTransactions,common",
              description = "API parameter amount_to: largest amount, in integer cents. Operations: listTransactions.")
    private Long amountTo;
    @UriParam(label = "listTransactions,listWires,common",
              description = "API parameter direction: DEBIT or CREDIT for listTransactions, INCOMING or OUTGOING for listWires. Operations: listTransactions, listWires.")
    private String direction;
    @UriParam(label = "listWires,common",
              description = "API parameter customer_id: a customer's id (UUID). Operations: listWires.")
    private String customerId;
    @UriParam(label = "getWire,producer",
              description = "API parameter wire_id: a wire's id (UUID). Operations: getWire.")
    private String wireId;

    public String getMemberId() { return memberId; }
    public void setMemberId(String memberId) { this.memberId = memberId; }
    public String getTimestampFrom() { return timestampFrom; }
    public void setTimestampFrom(String timestampFrom) { this.timestampFrom = timestampFrom; }
    public String getTimestampTo() { return timestampTo; }
    public void setTimestampTo(String timestampTo) { this.timestampTo = timestampTo; }
    public String getCursor() { return cursor; }
    public void setCursor(String cursor) { this.cursor = cursor; }
    public Integer getLimit() { return limit; }
    public void setLimit(Integer limit) { this.limit = limit; }
    public String getSubscriptionId() { return subscriptionId; }
    public void setSubscriptionId(String subscriptionId) { this.subscriptionId = subscriptionId; }
    public String getAfter() { return after; }
    public void setAfter(String after) { this.after = after; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getBookDateFrom() { return bookDateFrom; }
    public void setBookDateFrom(String bookDateFrom) { this.bookDateFrom = bookDateFrom; }
    public String getBookDateTo() { return bookDateTo; }
    public void setBookDateTo(String bookDateTo) { this.bookDateTo = bookDateTo; }
    public String getSettlementDateFrom() { return settlementDateFrom; }
    public void setSettlementDateFrom(String settlementDateFrom) { this.settlementDateFrom = settlementDateFrom; }
    public String getSettlementDateTo() { return settlementDateTo; }
    public void setSettlementDateTo(String settlementDateTo) { this.settlementDateTo = settlementDateTo; }
    public String getAccount() { return account; }
    public void setAccount(String account) { this.account = account; }
    public String getTradeDatetimeFrom() { return tradeDatetimeFrom; }
    public void setTradeDatetimeFrom(String tradeDatetimeFrom) { this.tradeDatetimeFrom = tradeDatetimeFrom; }
    public String getTradeDatetimeTo() { return tradeDatetimeTo; }
    public void setTradeDatetimeTo(String tradeDatetimeTo) { this.tradeDatetimeTo = tradeDatetimeTo; }
    public String getPocketId() { return pocketId; }
    public void setPocketId(String pocketId) { this.pocketId = pocketId; }
    public String getPortalId() { return portalId; }
    public void setPortalId(String portalId) { this.portalId = portalId; }
    public String getTransferId() { return transferId; }
    public void setTransferId(String transferId) { this.transferId = transferId; }
    public String getDocumentType() { return documentType; }
    public void setDocumentType(String documentType) { this.documentType = documentType; }
    public String getCounterpartyId() { return counterpartyId; }
    public void setCounterpartyId(String counterpartyId) { this.counterpartyId = counterpartyId; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getDateFrom() { return dateFrom; }
    public void setDateFrom(String dateFrom) { this.dateFrom = dateFrom; }
    public String getDateTo() { return dateTo; }
    public void setDateTo(String dateTo) { this.dateTo = dateTo; }
    public String getOrder() { return order; }
    public void setOrder(String order) { this.order = order; }
    public String getPocket() { return pocket; }
    public void setPocket(String pocket) { this.pocket = pocket; }
    public String getOnUsTransfer() { return onUsTransfer; }
    public void setOnUsTransfer(String onUsTransfer) { this.onUsTransfer = onUsTransfer; }
    public String getWire() { return wire; }
    public void setWire(String wire) { this.wire = wire; }
    public String getCard() { return card; }
    public void setCard(String card) { this.card = card; }
    public String getPortal() { return portal; }
    public void setPortal(String portal) { this.portal = portal; }
    public String getTimeBookedFrom() { return timeBookedFrom; }
    public void setTimeBookedFrom(String timeBookedFrom) { this.timeBookedFrom = timeBookedFrom; }
    public String getTimeBookedTo() { return timeBookedTo; }
    public void setTimeBookedTo(String timeBookedTo) { this.timeBookedTo = timeBookedTo; }
    public Long getAmountFrom() { return amountFrom; }
    public void setAmountFrom(Long amountFrom) { this.amountFrom = amountFrom; }
    public Long getAmountTo() { return amountTo; }
    public void setAmountTo(Long amountTo) { this.amountTo = amountTo; }
    public String getDirection() { return direction; }
    public void setDirection(String direction) { this.direction = direction; }
    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = customerId; }
    public String getWireId() { return wireId; }
    public void setWireId(String wireId) { this.wireId = wireId; }
}
