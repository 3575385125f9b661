package io.cameljiko.component.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.cameljiko.component.catalog.BodyKind;
import io.cameljiko.component.catalog.BodyRule;
import io.cameljiko.component.catalog.Evidence;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.catalog.Param;
import io.cameljiko.component.catalog.ParamLocation;
import io.cameljiko.component.catalog.ParamType;
import io.cameljiko.component.catalog.ResultKind;
import io.cameljiko.component.openapi.ApiDescription.ApiBody;
import io.cameljiko.component.openapi.ApiDescription.ApiOperation;
import io.cameljiko.component.openapi.ApiDescription.ApiParam;
import io.cameljiko.component.openapi.ApiDescription.ResponseShape;

/**
 * Compares every catalog entry with a description: method and path, path and query parameters (names, required,
 * enums, formats), request body presence and required fields, the answer's shape and the fields its model knows.
 */
public final class CatalogCheck {

    /**
     * The operationIds Jiko's reference pages show for catalog entries: an entry whose path changed is still found
     * by its id, and reported as a changed path rather than as missing.
     */
    static final Map<String, String> KNOWN_OPERATION_IDS = Map.ofEntries(
            Map.entry("listAgreements", "list_agreements_api_v1_agreements__get"),
            Map.entry("listEvents", "get_events_api_v1_events__get"),
            Map.entry("createSubscription", "create_subscription_api_v1_subscriptions__post"),
            Map.entry("createReportRequest", "create_customer_report_request_api_v1_report_requests__post"),
            Map.entry("getTeam", "get_team_api_v1_team__get"),
            Map.entry("listTrades", "list_trades_api_v1_trades__get"),
            Map.entry("listPocketPortals", "list-pocket-portals-v2"),
            Map.entry("createPortal", "create-pocket-portal"),
            Map.entry("listPortals", "list-customer-portals-v2"),
            Map.entry("getFundingInstructions", "get-funding-instructions"),
            Map.entry("updatePortal", "update-pocket-portal"),
            Map.entry("createTransferRequest", "create_transfer_request_api_v1_transfer_requests__post"),
            Map.entry("getTransferRequest", "get_transfer_request_api_v1_transfer_requests__transfer_id___get"),
            Map.entry("getCustomer", "get_customer_api_v1_customer__get"),
            Map.entry("getUserMemberships", "get-user-memberships"),
            Map.entry("listPockets", "list_customer_pockets_api_v2_pockets__get"),
            Map.entry("createPocket", "create_customer_pocket_api_v2_pockets__post"),
            Map.entry("getPocket", "get_customer_pocket_api_v2_pockets__pocket_id___get"),
            Map.entry("updatePocket", "update_pocket_api_v2_pockets__pocket_id___patch"),
            Map.entry("getPocketEarnings", "get_single_pocket_earnings_api_v2_pockets__pocket_id__earnings__get"),
            Map.entry("listTransactions", "list-transactions-v2"),
            Map.entry("listCounterparties", "list-counterparties-v2"),
            Map.entry("createCounterparty", "create-counterparty-v2"),
            Map.entry("getCounterparty", "get-counterparty-v2"),
            Map.entry("updateCounterparty", "update-counterparty-v2"),
            Map.entry("listWires", "list-wires-v1"),
            Map.entry("getWire", "get-wire-v1"));

    private CatalogCheck() {
    }

    public static CheckReport check(ApiDescription description) {
        List<CheckReport.Result> results = new ArrayList<>();
        Set<ApiOperation> used = new HashSet<>();
        for (Operation op : OperationCatalog.all()) {
            if (op.evidence() == Evidence.GENERIC) {
                continue; // request and download are not API operations
            }
            Optional<ApiOperation> match = find(description, op);
            match.ifPresent(used::add);
            results.add(match.map(m -> compare(op, m)).orElseGet(() -> new CheckReport.Result(op, null, List.of(), List.of())));
        }
        List<ApiOperation> onlyInFile = description.operations().stream().filter(o -> !used.contains(o)).toList();
        return new CheckReport(description, results, onlyInFile);
    }

    /** By method and path, else by the operationId Jiko uses for it. */
    static Optional<ApiOperation> find(ApiDescription description, Operation op) {
        Optional<ApiOperation> byPath = description.at(op.method(), op.pathTemplate());
        if (byPath.isPresent()) {
            return byPath;
        }
        String id = KNOWN_OPERATION_IDS.get(op.name());
        return id == null ? Optional.empty() : description.byId(id);
    }

    static CheckReport.Result compare(Operation op, ApiOperation file) {
        List<String> mismatches = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!op.method().equals(file.method()) || !ApiDescription.shape(op.pathTemplate()).equals(ApiDescription.shape(file.path()))) {
            mismatches.add("the description has " + file.operationId() + " at " + file.method() + " " + file.path()
                           + ", the catalog calls " + op.method() + " " + op.pathTemplate());
        }
        compareParams(op, file, mismatches);
        compareBody(op, file.body(), mismatches);
        compareAnswer(op, file, mismatches, notes);
        return new CheckReport.Result(op, file, mismatches, notes);
    }

    private static void compareParams(Operation op, ApiOperation file, List<String> out) {
        Set<String> seen = new HashSet<>();
        for (Param p : op.params()) {
            String in = p.location() == ParamLocation.PATH ? "path" : "query";
            Optional<ApiParam> found = file.param(in, p.apiName());
            if (found.isEmpty()) {
                out.add(in + " parameter " + p.apiName() + " (option " + p.optionName() + ") is not in the description");
                continue;
            }
            ApiParam f = found.get();
            seen.add(in + ":" + f.name());
            if (p.location() == ParamLocation.QUERY && p.required() != f.required()) {
                out.add("query parameter " + p.apiName() + " is " + (f.required() ? "required" : "optional")
                        + " in the description, " + (p.required() ? "required" : "optional") + " in the catalog");
            }
            String expected = expectedFormat(p.type());
            String actual = "integer".equals(f.type()) ? "integer" : f.format() == null ? "string" : f.format();
            if (p.type() != ParamType.ENUM && f.enums().isEmpty() && !expected.equals(actual)) {
                out.add(in + " parameter " + p.apiName() + " is " + actual + " in the description, " + expected
                        + " in the catalog");
            }
            if (p.type() == ParamType.ENUM || !f.enums().isEmpty()) {
                Set<String> catalogValues = new TreeSet<>(p.allowed());
                Set<String> fileValues = new TreeSet<>(f.enums());
                if (!catalogValues.equals(fileValues)) {
                    out.add(in + " parameter " + p.apiName() + " allows " + describe(fileValues) + " in the description, "
                            + describe(catalogValues) + " in the catalog");
                }
            }
            if (p.multiValued() != f.array()) {
                out.add(in + " parameter " + p.apiName() + " takes " + (f.array() ? "several values" : "one value")
                        + " in the description, " + (p.multiValued() ? "several" : "one") + " in the catalog");
            }
            if (p.type() == ParamType.INTEGER && ((f.minimum() != null && !f.minimum().equals(p.min()))
                                                  || (f.maximum() != null && !f.maximum().equals(p.max())))) {
                out.add("query parameter " + p.apiName() + " ranges " + f.minimum() + ".." + f.maximum()
                        + " in the description, " + p.min() + ".." + p.max() + " in the catalog");
            }
        }
        for (ApiParam f : file.params()) {
            if (!seen.contains(f.in() + ":" + f.name())) {
                out.add("the description has " + (f.required() ? "required " : "") + f.in() + " parameter " + f.name()
                        + " that the catalog lacks");
            }
        }
    }

    private static String expectedFormat(ParamType type) {
        return switch (type) {
            case UUID -> "uuid";
            case DATE_TIME -> "date-time";
            case DATE -> "date";
            case INTEGER -> "integer";
            case STRING, ENUM -> "string";
        };
    }

    private static String describe(Set<String> values) {
        return values.isEmpty() ? "any value" : String.join("|", values);
    }

    private static void compareBody(Operation op, ApiBody body, List<String> out) {
        if (op.bodyKind() == BodyKind.NONE) {
            if (body != null) {
                out.add("the description takes a request body (" + body.mediaType() + "), the catalog sends none");
            }
            return;
        }
        if (body == null) {
            out.add("the catalog sends a " + op.bodyKind().name().toLowerCase(java.util.Locale.ROOT)
                    + " body, the description takes none");
            return;
        }
        if ((op.bodyKind() == BodyKind.JSON) != body.json()) {
            out.add("the description takes " + body.mediaType() + ", the catalog sends "
                    + (op.bodyKind() == BodyKind.JSON ? "JSON" : "raw bytes"));
            return;
        }
        Set<String> catalogRequired = new LinkedHashSet<>();
        for (BodyRule rule : op.bodyRules()) {
            if (rule.check() == BodyRule.Check.REQUIRED && !rule.path().contains(".")) {
                catalogRequired.add(rule.path());
            }
        }
        for (String field : body.requiredFields()) {
            if (!catalogRequired.contains(field)) {
                out.add("the description requires body field " + field + ", the catalog does not check it");
            }
        }
        for (String field : catalogRequired) {
            if (!body.requiredFields().contains(field)) {
                out.add("the catalog requires body field " + field + ", the description does not");
            }
        }
    }

    private static void compareAnswer(Operation op, ApiOperation file, List<String> mismatches, List<String> notes) {
        ResponseShape shape = file.response();
        boolean fits = switch (op.resultKind()) {
            case PAGE -> shape == ResponseShape.CURSOR_LIST;
            case OBJECT -> shape == ResponseShape.OBJECT;
            case NONE -> shape == ResponseShape.NONE;
            case STREAM, JSON -> true;
        };
        if (!fits) {
            mismatches.add("the description answers " + shape + ", the catalog expects " + op.resultKind());
            return;
        }
        if (op.resultKind() == ResultKind.STREAM || file.responseFields().isEmpty()) {
            return; // no schema to compare with
        }
        Set<String> model = ModelFields.of(op.resultModel());
        if (model.isEmpty()) {
            return;
        }
        String name = op.resultModel().getSimpleName();
        for (String field : model) {
            if (!file.responseFields().contains(field)) {
                mismatches.add("model " + name + " reads field " + field + ", the description's answer has no such field");
            }
        }
        for (String field : new TreeSet<>(file.responseFields())) {
            if (!model.contains(field)) {
                notes.add("the description's answer has field " + field + " that model " + name
                          + " does not name (kept in otherFields)");
            }
        }
    }
}
