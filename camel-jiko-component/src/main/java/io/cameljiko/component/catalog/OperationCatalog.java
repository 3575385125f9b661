package io.cameljiko.component.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.cameljiko.component.model.Agreement;
import io.cameljiko.component.model.AuditLogEntry;
import io.cameljiko.component.model.Counterparty;
import io.cameljiko.component.model.CreateCounterpartyRequest;
import io.cameljiko.component.model.CreatePocketRequest;
import io.cameljiko.component.model.CreatePortalRequest;
import io.cameljiko.component.model.CreateReportRequest;
import io.cameljiko.component.model.CreateSubscriptionRequest;
import io.cameljiko.component.model.CreateTransferRequest;
import io.cameljiko.component.model.Customer;
import io.cameljiko.component.model.DocumentUploadResult;
import io.cameljiko.component.model.Event;
import io.cameljiko.component.model.EventWithDeliveryAttempts;
import io.cameljiko.component.model.FundingInstructions;
import io.cameljiko.component.model.Notification;
import io.cameljiko.component.model.Pocket;
import io.cameljiko.component.model.PocketEarnings;
import io.cameljiko.component.model.Portal;
import io.cameljiko.component.model.ReportRequest;
import io.cameljiko.component.model.Statement;
import io.cameljiko.component.model.Subscription;
import io.cameljiko.component.model.Team;
import io.cameljiko.component.model.TeamMember;
import io.cameljiko.component.model.Trade;
import io.cameljiko.component.model.TradingStrategyList;
import io.cameljiko.component.model.Transaction;
import io.cameljiko.component.model.TransferRequest;
import io.cameljiko.component.model.UpdateCounterpartyRequest;
import io.cameljiko.component.model.UpdatePocketRequest;
import io.cameljiko.component.model.UpdatePortalRequest;
import io.cameljiko.component.model.UpdateSubscriptionRequest;
import io.cameljiko.component.model.UserMemberships;
import io.cameljiko.component.model.Wire;

import static io.cameljiko.component.catalog.BodyRule.minLength;
import static io.cameljiko.component.catalog.BodyRule.nonEmptyArray;
import static io.cameljiko.component.catalog.BodyRule.oneOf;
import static io.cameljiko.component.catalog.BodyRule.positiveInteger;
import static io.cameljiko.component.catalog.BodyRule.required;
import static io.cameljiko.component.catalog.BodyRule.url;
import static io.cameljiko.component.catalog.BodyRule.uuid;
import static io.cameljiko.component.catalog.Evidence.DOCUMENTED;
import static io.cameljiko.component.catalog.Evidence.GENERIC;
import static io.cameljiko.component.catalog.Evidence.INFERRED;
import static io.cameljiko.component.catalog.Evidence.PARTLY_DOCUMENTED;
import static io.cameljiko.component.catalog.Operation.builder;
import static io.cameljiko.component.catalog.Param.path;
import static io.cameljiko.component.catalog.Param.query;
import static io.cameljiko.component.catalog.Param.queryEnum;
import static io.cameljiko.component.catalog.Param.queryInt;
import static io.cameljiko.component.catalog.PollSpec.incremental;
import static io.cameljiko.component.catalog.PollSpec.snapshot;
import static io.cameljiko.component.catalog.ParamType.DATE;
import static io.cameljiko.component.catalog.ParamType.DATE_TIME;
import static io.cameljiko.component.catalog.ParamType.STRING;
import static io.cameljiko.component.catalog.ParamType.UUID;

/**
 * Every operation camel-jiko knows, as data. Method, path, parameters and evidence come from the public
 * Jiko documentation as reconstructed in the project's API notes; docs/operations.md lists the same
 * entries and a test keeps the two in step.
 */
public final class OperationCatalog {

    /** The escape hatch: any method and path through the same pipeline. */
    public static final String REQUEST = "request";
    /** Fetches a download URL (statement PDF, report file) as a stream. */
    public static final String DOWNLOAD = "download";

    private static final Param CURSOR = query("cursor", STRING);
    private static final Param LIMIT = queryInt("limit", 1, 100);
    private static final Param POCKET_ID = path("pocket_id", UUID);
    private static final Param PORTAL_ID = path("portal_id", UUID);
    private static final Param SUBSCRIPTION_ID = path("subscription_id", UUID);
    private static final Param TRANSFER_ID = path("transfer_id", UUID);
    private static final Param COUNTERPARTY_ID = path("counterparty_id", UUID);

    private static final Map<String, Operation> OPERATIONS;

    static {
        Map<String, Operation> ops = new LinkedHashMap<>();
        // Agreements
        add(ops, builder("listAgreements", "GET", "/api/v1/agreements/").returns(Agreement.class)
                .summary("The agreements in force and their documents.").evidence(DOCUMENTED));
        // Events and notifications
        add(ops, builder("listEvents", "GET", "/api/v1/events/")
                .params(query("subscription_id", UUID), query("after", DATE_TIME), CURSOR, LIMIT)
                .page(EventWithDeliveryAttempts.class)
                
                .polled(incremental("after", "event.timestamp", "event.event_id").unwrap("event", Event.class)
                        .events("event.event_type")).summary("Events with their webhook delivery attempts, after an instant.").evidence(DOCUMENTED));
        add(ops, builder("listNotifications", "GET", "/api/v1/notifications/")
                .params(queryEnum("status", "READ", "UNREAD"), CURSOR, LIMIT).page(Notification.class)
                
                .polled(snapshot("id")).summary("Customer notifications, optionally only READ or UNREAD.").evidence(DOCUMENTED));
        // Subscriptions (webhooks)
        add(ops, builder("createSubscription", "POST", "/api/v1/subscriptions/")
                .jsonBody(CreateSubscriptionRequest.class, required("events"), nonEmptyArray("events"), required("url"), url("url"),
                        required("shared_secret"), minLength("shared_secret", 16))
                .returns(Subscription.class)
                .summary("Subscribes a URL to event types; Jiko signs deliveries with the shared secret.")
                .evidence(DOCUMENTED));
        add(ops, builder("listSubscriptions", "GET", "/api/v1/subscriptions/").params(CURSOR, LIMIT)
                .page(Subscription.class)
                .polled(snapshot("id")).summary("The webhook subscriptions.").evidence(DOCUMENTED));
        add(ops, builder("getSubscription", "GET", "/api/v1/subscriptions/{subscription_id}/").params(SUBSCRIPTION_ID)
                .returns(Subscription.class).summary("One subscription.").evidence(INFERRED));
        add(ops, builder("updateSubscription", "PATCH", "/api/v1/subscriptions/{subscription_id}/").params(SUBSCRIPTION_ID)
                .jsonBody(UpdateSubscriptionRequest.class, nonEmptyArray("events"), url("url"),
                        minLength("shared_secret", 16))
                .returns(Subscription.class).summary("Changes a subscription's events, URL, secret or retry policy.")
                .evidence(INFERRED));
        add(ops, builder("deleteSubscription", "DELETE", "/api/v1/subscriptions/{subscription_id}/")
                .params(SUBSCRIPTION_ID).noContent().summary("Deletes a subscription.").evidence(INFERRED));
        // Reports and statements
        add(ops, builder("createReportRequest", "POST", "/api/v1/report-requests/")
                .jsonBody(CreateReportRequest.class, required("report_type"),
                        oneOf("report_type", "BANK_STATEMENT_REPORT", "BROKERAGE_STATEMENT_REPORT", "TRADE_REPORT"))
                .returns(ReportRequest.class)
                .summary("Asks for a report (asynchronous; experimental in Jiko's docs).").evidence(PARTLY_DOCUMENTED));
        add(ops, builder("listReportRequests", "GET", "/api/v1/report-requests/").params(CURSOR, LIMIT)
                .page(ReportRequest.class)
                .polled(snapshot("id")).summary("Report requests with their status and files.").evidence(INFERRED));
        add(ops, builder("listStatements", "GET", "/api/v1/statements/")
                .params(queryEnum("type[]", "BANK", "BROKERAGE"), query("key", STRING), CURSOR, LIMIT)
                .page(Statement.class)
                .polled(snapshot("id")).summary("Monthly bank and brokerage statements (key 2026-01 or 2026).")
                .evidence(INFERRED));
        add(ops, builder(DOWNLOAD, "GET", "{url}").params(new Param("url", "url", ParamLocation.PATH, STRING, true,
                false, null, null, null))
                .stream(null).kind(Operation.Kind.DOWNLOAD).summary("Streams a download URL from a statement or report; the bearer token is sent "
                                      + "only to the API's own host.").evidence(GENERIC));
        // Team
        add(ops, builder("getTeam", "GET", "/api/v1/team/").returns(Team.class)
                .summary("The team: members by status, allowed authentication methods, service users.")
                .evidence(DOCUMENTED));
        add(ops, builder("getTeamMember", "GET", "/api/v1/team/{member_id}/").params(path("member_id", UUID))
                .returns(TeamMember.class).summary("One team member.").evidence(DOCUMENTED));
        add(ops, builder("exportTeamAuditLogs", "GET", "/api/v1/team/audit-logs.csv")
                .params(query("member_id", UUID), query("timestamp_from", DATE_TIME), query("timestamp_to", DATE_TIME),
                        CURSOR, LIMIT)
                .stream(AuditLogEntry.class)
                
                .polled(incremental("timestampFrom", "timestamp", "id").accept("application/json")).summary("The team's audit log: CSV streamed, or pages of entries when Jiko answers JSON.")
                .evidence(DOCUMENTED));
        // Trades
        add(ops, builder("listTrades", "GET", "/api/v1/trades/")
                .params(query("book_date_from", DATE), query("book_date_to", DATE), query("settlement_date_from", DATE),
                        query("settlement_date_to", DATE), query("account[]", UUID), query("trade_datetime_from", DATE_TIME),
                        query("trade_datetime_to", DATE_TIME), CURSOR, LIMIT)
                .page(Trade.class)
                .polled(incremental("tradeDatetimeFrom", "trade_datetime", "id")).summary("T-bill buys, sells and maturities.").evidence(DOCUMENTED));
        // Portals
        add(ops, builder("listPocketPortals", "GET", "/api/v2/pockets/{pocket_id}/portals/").params(POCKET_ID, CURSOR, LIMIT)
                .page(Portal.class)
                .polled(snapshot("id")).summary("The portals of one pocket.").evidence(DOCUMENTED));
        add(ops, builder("createPortal", "POST", "/api/v2/pockets/{pocket_id}/portals/").params(POCKET_ID)
                .jsonBody(CreatePortalRequest.class, required("name")).returns(Portal.class)
                .summary("Opens a payment portal on a pocket (body fields inferred: name).").evidence(DOCUMENTED));
        add(ops, builder("listPortals", "GET", "/api/v2/portals/").params(CURSOR, LIMIT).page(Portal.class)
                
                .polled(snapshot("id")).summary("All portals of the customer.").evidence(DOCUMENTED));
        add(ops, builder("getFundingInstructions", "GET",
                "/api/v2/pockets/{pocket_id}/portals/{portal_id}/funding-instructions/").params(POCKET_ID, PORTAL_ID)
                .returns(FundingInstructions.class).summary("Account and routing numbers to fund a portal.")
                .evidence(DOCUMENTED));
        add(ops, builder("updatePortal", "PATCH", "/api/v2/pockets/{pocket_id}/portals/{portal_id}/")
                .params(POCKET_ID, PORTAL_ID).jsonBody(UpdatePortalRequest.class, oneOf("status", "CLOSED"))
                .noContent().summary("Renames a portal or closes it (status CLOSED, irreversible).").evidence(DOCUMENTED));
        // Transfer requests (dual authorisation)
        add(ops, builder("createTransferRequest", "POST", "/api/v1/transfer-requests/")
                .jsonBody(CreateTransferRequest.class, required("transfer"), required("transfer.type"),
                        uuid("transfer.id"), required("transfer.origin_pocket_id"), uuid("transfer.origin_pocket_id"),
                        required("transfer.amount"), positiveInteger("transfer.amount.amount_usdc"))
                .clientId("transfer.id", Param.headerOf("transferId"))
                .returns(TransferRequest.class)
                .summary("Starts a transfer for approval; transfer.id (UUID) is the de-duplication key, generated "
                         + "once per exchange when absent.")
                .evidence(PARTLY_DOCUMENTED));
        add(ops, builder("getTransferRequest", "GET", "/api/v1/transfer-requests/{transfer_id}/").params(TRANSFER_ID)
                .returns(TransferRequest.class).summary("One transfer request (also by a webhook's wire_id or on_us_id).")
                .evidence(DOCUMENTED));
        add(ops, builder("listTransferRequests", "GET", "/api/v1/transfer-requests/")
                .params(query("status", STRING), CURSOR, LIMIT).page(TransferRequest.class)
                
                .polled(snapshot("id")).summary("Transfer requests.").evidence(INFERRED));
        add(ops, builder("approveTransferRequest", "POST", "/api/v1/transfer-requests/{transfer_id}/approve/")
                .params(TRANSFER_ID).returns(TransferRequest.class).summary("Approves a transfer request (second person).")
                .evidence(INFERRED));
        add(ops, builder("cancelTransferRequest", "POST", "/api/v1/transfer-requests/{transfer_id}/cancel/")
                .params(TRANSFER_ID).returns(TransferRequest.class).summary("Cancels a transfer request awaiting approval.")
                .evidence(INFERRED));
        // Customer, documents, user
        add(ops, builder("getCustomer", "GET", "/api/v1/customer/").returns(Customer.class)
                .summary("The customer: name, address, status, identification.").evidence(DOCUMENTED));
        add(ops, builder("uploadDocument", "POST", "/api/v1/documents/{document_type}/")
                .params(path("document_type", STRING)).rawBody().returns(DocumentUploadResult.class)
                .summary("Uploads a verification document as raw bytes (not multipart); method inferred.")
                .evidence(PARTLY_DOCUMENTED));
        add(ops, builder("getUserMemberships", "GET", "/api/v1/user/memberships/").returns(UserMemberships.class)
                .summary("The authenticated user's memberships (path inferred from the slug get-user-memberships).")
                .evidence(INFERRED));
        // Pockets
        add(ops, builder("listPockets", "GET", "/api/v2/pockets/").params(CURSOR, LIMIT).page(Pocket.class)
                
                .polled(snapshot("id")).summary("The customer's pockets with their portfolios.").evidence(DOCUMENTED));
        add(ops, builder("createPocket", "POST", "/api/v2/pockets/")
                .jsonBody(CreatePocketRequest.class, required("pocket_name"), required("trading_strategy_id"))
                .returns(Pocket.class).summary("Opens a pocket with a trading strategy.").evidence(DOCUMENTED));
        add(ops, builder("getPocket", "GET", "/api/v2/pockets/{pocket_id}/").params(POCKET_ID).returns(Pocket.class)
                .summary("One pocket with its portfolio.").evidence(DOCUMENTED));
        add(ops, builder("updatePocket", "PATCH", "/api/v2/pockets/{pocket_id}/").params(POCKET_ID)
                .jsonBody(UpdatePocketRequest.class).returns(Pocket.class)
                .summary("Renames a pocket, changes strategies or closes it (with closure_reason).").evidence(DOCUMENTED));
        add(ops, builder("getPocketEarnings", "GET", "/api/v2/pockets/{pocket_id}/earnings/")
                .params(POCKET_ID, queryEnum("period", "ytd", "mtd", "wtd", "all-time", "range"), query("date_from", DATE),
                        query("date_to", DATE))
                .when("period", "range", "dateFrom", "dateTo")
                .returns(PocketEarnings.class).summary("A pocket's earnings over a period, in cents.").evidence(DOCUMENTED));
        // Transactions
        add(ops, builder("listTransactions", "GET", "/api/v2/transactions/")
                .params(queryEnum("order", "desc", "asc"), query("pocket[]", UUID), query("type[]", STRING),
                        query("on_us_transfer[]", UUID), query("wire[]", UUID), query("card[]", UUID),
                        query("portal[]", UUID), query("time_booked_from", DATE_TIME), query("time_booked_to", DATE_TIME),
                        queryInt("amount_from", 0, null), queryInt("amount_to", 0, null),
                        queryEnum("direction", "DEBIT", "CREDIT"), CURSOR, LIMIT)
                .page(Transaction.class)
                
                .polled(incremental("timeBookedFrom", "time_booked", "id").oldestFirstWith("order", "asc")).summary("Transactions of all pockets, typed by their type (ACH, WIRE, CARD, ON_US, FEE, CREDIT, ...); "
                         + "the card and portal filters' names are inferred.")
                .evidence(PARTLY_DOCUMENTED));
        // Counterparties
        add(ops, builder("listCounterparties", "GET", "/api/v2/counterparties/")
                .params(query("type", STRING), query("status", STRING), CURSOR, LIMIT).page(Counterparty.class)
                
                .polled(snapshot("id")).summary("Counterparties, by type (ach, wire, international_wire, on_us, ...) and status.")
                .evidence(DOCUMENTED));
        add(ops, builder("createCounterparty", "POST", "/api/v2/counterparties/")
                .jsonBody(CreateCounterpartyRequest.class, required("type")).returns(Counterparty.class)
                .summary("Adds a counterparty (wire, ACH, on-us, international wire, ...).").evidence(PARTLY_DOCUMENTED));
        add(ops, builder("getCounterparty", "GET", "/api/v2/counterparties/{counterparty_id}/").params(COUNTERPARTY_ID)
                .returns(Counterparty.class).summary("One counterparty.").evidence(DOCUMENTED));
        add(ops, builder("updateCounterparty", "PATCH", "/api/v2/counterparties/{counterparty_id}/")
                .params(COUNTERPARTY_ID).jsonBody(UpdateCounterpartyRequest.class, required("status"))
                .returns(Counterparty.class).summary("Changes a counterparty's status.").evidence(DOCUMENTED));
        // Trading strategies, wires
        add(ops, builder("listTradingStrategies", "GET", "/api/v2/trading-strategies/").returns(TradingStrategyList.class)
                .summary("T-bill strategies (UST-4W, UST-13W, ...) with their yields.").evidence(INFERRED));
        add(ops, builder("listWires", "GET", "/api/v1/wires/")
                .params(query("pocket_id", UUID), query("customer_id", UUID), queryEnum("direction", "INCOMING", "OUTGOING"),
                        CURSOR, LIMIT)
                .page(Wire.class)
                .polled(snapshot("id")).summary("Incoming and outgoing wires.").evidence(INFERRED));
        add(ops, builder("getWire", "GET", "/api/v1/wires/{wire_id}/").params(path("wire_id", UUID)).returns(Wire.class)
                .summary("One wire.").evidence(INFERRED));
        // Anything else
        add(ops, new Operation(REQUEST, null, null, java.util.List.of(), java.util.List.of(), BodyKind.JSON, null,
                java.util.List.of(), ResultKind.JSON, null, null, null, GENERIC,
                "Any method and path (options method, path) through the same pipeline: for what the catalog lacks, "
                                                                     + "e.g. Business Applications V2 and Documents V2.", Operation.Kind.REQUEST));
        OPERATIONS = Collections.unmodifiableMap(ops);
    }

    private OperationCatalog() {
    }

    private static void add(Map<String, Operation> ops, Operation op) {
        if (ops.put(op.name(), op) != null) {
            throw new IllegalStateException("Duplicate operation " + op.name());
        }
    }

    public static Optional<Operation> find(String name) {
        return Optional.ofNullable(name == null ? null : OPERATIONS.get(name.trim()));
    }

    /** The operation, or an IllegalArgumentException that lists the valid names. */
    public static Operation require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "Unknown Jiko operation '" + name + "'. Valid operations: " + String.join(", ", names())));
    }

    /** In catalog order (as in the API reference). */
    public static Collection<Operation> all() {
        return OPERATIONS.values();
    }

    /** Operations a consumer can poll. */
    public static Collection<String> pollable() {
        TreeSet<String> names = new TreeSet<>();
        OPERATIONS.values().stream().filter(Operation::pollable).forEach(op -> names.add(op.name()));
        return names;
    }

    public static Collection<String> names() {
        return new TreeSet<>(OPERATIONS.keySet());
    }
}
