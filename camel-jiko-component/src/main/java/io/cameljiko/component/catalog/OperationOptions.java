package io.cameljiko.component.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which options belong to which operations, and the one text that documents each of them. Every API
 * parameter of the catalog is an option of the operations that take it, and of no other; method and path
 * belong to the request operation. The option annotations, the header annotations and the generated
 * per-operation metadata all say what this class says (tests compare them).
 */
public final class OperationOptions {

    /** Options of the generic request operation, which has no catalog parameters. */
    private static final List<String> REQUEST_OPTIONS = List.of("method", "path");

    // What each option means, without the operations (they are appended from the catalog). Generated
    // metadata drops * [ ] < > from descriptions, hence "%5B%5D" for the brackets the API names end in.
    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("memberId", "a team member's id (UUID)."),
            Map.entry("timestampFrom", "ISO-8601 instant, start of a time range."),
            Map.entry("timestampTo", "ISO-8601 instant, end of a time range."),
            Map.entry("cursor", "the page of a list operation to read (a CamelJikoNextPage value)."),
            Map.entry("limit", "page size of a list operation, 1 to 100."),
            Map.entry("subscriptionId", "a webhook subscription's id (UUID)."),
            Map.entry("after", "an ISO-8601 instant; only events after it."),
            Map.entry("status", "READ or UNREAD for listNotifications; a status filter for listCounterparties and "
                                + "listTransferRequests."),
            Map.entry("type", "statement types (BANK, BROKERAGE), transaction types (ACH, WIRE, CARD, ON_US, ...) or a "
                              + "counterparty type (ach, wire, ...); comma-separated for several."),
            Map.entry("key", "a month such as 2026-01 or a year such as 2026."),
            Map.entry("url", "The URL to fetch: a statement's pdf_download_url or a report file's download_url."),
            Map.entry("bookDateFrom", "ISO-8601 date, inclusive."),
            Map.entry("bookDateTo", "ISO-8601 date, inclusive."),
            Map.entry("settlementDateFrom", "ISO-8601 date, inclusive."),
            Map.entry("settlementDateTo", "ISO-8601 date, inclusive."),
            Map.entry("account", "pocket ids (UUIDs), comma-separated."),
            Map.entry("tradeDatetimeFrom", "ISO-8601 instant."),
            Map.entry("tradeDatetimeTo", "ISO-8601 instant."),
            Map.entry("pocketId", "a pocket's id (UUID)."),
            Map.entry("portalId", "a portal's id (UUID)."),
            Map.entry("transferId", "a transfer request's id (UUID), also a webhook payload's wire_id or on_us_id. "
                                    + "createTransferRequest sets header CamelJikoTransferId, so a following "
                                    + "approveTransferRequest finds it."),
            Map.entry("documentType", "the kind of document, e.g. passport."),
            Map.entry("counterpartyId", "a counterparty's id (UUID)."),
            Map.entry("period", "ytd, mtd, wtd, all-time or range (range needs dateFrom and dateTo)."),
            Map.entry("dateFrom", "ISO-8601 date, inclusive."),
            Map.entry("dateTo", "ISO-8601 date, inclusive."),
            Map.entry("order", "desc (Jiko's default) or asc."),
            Map.entry("pocket", "pocket ids (UUIDs), comma-separated."),
            Map.entry("onUsTransfer", "on-us transfer ids (UUIDs), comma-separated."),
            Map.entry("wire", "wire ids (UUIDs), comma-separated."),
            Map.entry("card", "card ids (UUIDs), comma-separated; the parameter name is inferred."),
            Map.entry("portal", "portal ids (UUIDs), comma-separated; the parameter name is inferred."),
            Map.entry("timeBookedFrom", "ISO-8601 instant."),
            Map.entry("timeBookedTo", "ISO-8601 instant."),
            Map.entry("amountFrom", "smallest amount, in integer cents."),
            Map.entry("amountTo", "largest amount, in integer cents."),
            Map.entry("direction", "DEBIT or CREDIT for listTransactions, INCOMING or OUTGOING for listWires."),
            Map.entry("customerId", "a customer's id (UUID)."),
            Map.entry("wireId", "a wire's id (UUID)."),
            Map.entry("method", "HTTP method of the request operation."),
            Map.entry("path", "Path of the request operation, e.g. /api/v2/business-applications/ (appended to the "
                              + "base URL; a query string is allowed)."),
            Map.entry("paginate", "false returns one page (a CursorPage, with CamelJikoNextPage/CamelJikoPrevPage "
                                  + "headers); true returns a lazy Iterator over the items of every page, fetching a page "
                                  + "only when needed and holding one in memory (use with split().streaming())."),
            Map.entry("eventTypes", "Only these event types, comma-separated; an asterisk matches any text, so "
                                    + "transfers.{asterisk}.rejected (written with an asterisk) matches "
                                    + "transfers.wire.out.rejected and transfers.on-us.rejected."));

    /** Options that are not API parameters (no header) but still belong to some operations, with their group. */
    private static final Map<String, String> GROUP_OF_NON_PARAMETERS = Map.of("paginate", "producer",
            "eventTypes", "consumer");

    private static final Map<String, Set<String>> OPERATIONS_BY_OPTION;

    static {
        Map<String, Set<String>> byOption = new LinkedHashMap<>();
        for (Operation operation : OperationCatalog.all()) {
            for (Param param : operation.params()) {
                byOption.computeIfAbsent(param.optionName(), k -> new LinkedHashSet<>()).add(operation.name());
            }
        }
        REQUEST_OPTIONS.forEach(o -> byOption.computeIfAbsent(o, k -> new LinkedHashSet<>()).add(OperationCatalog.REQUEST));
        // paging walks the cursor of list operations; the event filter reads the type of polled events
        byOption.put("paginate", new LinkedHashSet<>(byOption.get("cursor")));
        OperationCatalog.all().stream().filter(op -> op.pollable() && op.poll().eventTypePath() != null)
                .forEach(op -> byOption.computeIfAbsent("eventTypes", k -> new LinkedHashSet<>()).add(op.name()));
        byOption.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        OPERATIONS_BY_OPTION = Collections.unmodifiableMap(byOption);
    }

    private OperationOptions() {
    }

    /** The options that only some operations take, each with those operations in catalog order. */
    public static Map<String, Set<String>> all() {
        return OPERATIONS_BY_OPTION;
    }

    /** Whether the option belongs to some operations only (false for connection, consumer and output options). */
    public static boolean isOperationSpecific(String option) {
        return OPERATIONS_BY_OPTION.containsKey(option);
    }

    public static Set<String> operationsOf(String option) {
        return OPERATIONS_BY_OPTION.getOrDefault(option, Set.of());
    }

    /** Whether the option is an API parameter or request's method/path, which a CamelJiko header can override. */
    public static boolean hasHeader(String option) {
        return isOperationSpecific(option) && !GROUP_OF_NON_PARAMETERS.containsKey(option);
    }

    /** The option's group on one operation: common where a consumer can use it, else producer. */
    public static String group(String option, Operation operation) {
        return GROUP_OF_NON_PARAMETERS.getOrDefault(option, operation.pollable() ? "common" : "producer");
    }

    /** Whether a consumer can use the option: it filters at least one pollable listing. */
    public static boolean usableByConsumers(String option) {
        return operationsOf(option).stream().map(OperationCatalog::find)
                .anyMatch(op -> op.isPresent() && op.get().pollable());
    }

    /**
     * Fails when an option set on a {@code jiko:} URI belongs to other operations: names the option, the operation
     * and the operations that take it. Options this class does not know (connection, consumer, ...) pass.
     */
    public static void requireApplicable(Operation operation, Collection<String> optionNames) {
        for (String name : optionNames) {
            // option names are case-insensitive in a URI, as for Camel's configurer
            String option = OPERATIONS_BY_OPTION.keySet().stream().filter(o -> o.equalsIgnoreCase(name)).findFirst()
                    .orElse(name);
            Set<String> operations = operationsOf(option);
            if (!operations.isEmpty() && !operations.contains(operation.name())) {
                throw new IllegalArgumentException("Option " + option + " does not apply to operation " + operation.name()
                                                   + ": it applies to " + String.join(", ", operations)
                                                   + ". Remove it from the jiko:" + operation.name() + " URI.");
            }
        }
    }

    /**
     * Fails when an option of the operation has a malformed value (pocketId=not-a-uuid, a bad date, limit=500),
     * naming the option and what is allowed. Absent options pass: a header may still supply them per message.
     */
    public static void requireValidValues(Operation operation, Function<String, Object> options) {
        for (Param param : operation.params()) {
            ParameterValues.format(operation, param, options.apply(param.optionName()));
        }
        if (operation.kind() == Operation.Kind.REQUEST) {
            Object method = options.apply("method");
            if (!RequestFactory.isBlank(method)
                && !RequestFactory.METHODS.contains(method.toString().trim().toUpperCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("Option method of operation request must be one of GET, POST, PUT, "
                                                   + "PATCH, DELETE; got '" + method + "'");
            }
        }
    }

    /** The option's description in the metadata: what it means, then the operations that take it. */
    public static String description(String option) {
        String text = TEXT.get(option);
        if (text == null || !isOperationSpecific(option)) {
            throw new IllegalArgumentException("No operation-specific option " + option);
        }
        String apiNames = OperationCatalog.all().stream().flatMap(op -> op.params().stream())
                .filter(p -> p.optionName().equals(option)).map(p -> p.apiName().replace("[]", "%5B%5D"))
                .distinct().collect(Collectors.joining(" or "));
        String prefix = apiNames.isEmpty() || option.equals("url") ? "" : "API parameter " + apiNames + ": ";
        return prefix + text + " Operations: " + String.join(", ", operationsOf(option)) + ".";
    }

    /**
     * The option's label: the operations that take it, then its group, common when a consumer can use it
     * (catalog validation in consumer mode refuses options labelled producer).
     */
    public static String label(String option) {
        return String.join(",", operationsOf(option)) + ","
               + GROUP_OF_NON_PARAMETERS.getOrDefault(option, usableByConsumers(option) ? "common" : "producer");
    }

    /** The description of the header that overrides the option for one message. */
    public static String headerDescription(String option) {
        return "Overrides the " + option + " option for this message (same values; a header that does not apply "
               + "to the operation is ignored)." + (option.equals("transferId")
                       ? " createTransferRequest sets it to the transfer.id it sent (the API's de-duplication key, "
                         + "generated once per exchange when the body has none)." : "");
    }
}
