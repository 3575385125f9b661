package io.cameljiko.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.1 description of what the simulator implements, served at {@code GET /openapi.json}. Methods and paths
 * come from the route table; the names the routes do not carry (operationIds, path parameter names, the query
 * parameters and required body fields their handlers read, the answer's shape) come from the table below, one row
 * per route. A route without a row is still described, with generic names, and a test fails on it.
 */
final class OpenApiDocument {

    static final String PATH = "/openapi.json";

    /** What a route answers: a cursor page, an object, nothing (204), or CSV (JSON pages when asked). */
    enum Answer { PAGE, OBJECT, CREATED, NONE, CSV }

    /**
     * @param pathParams names of the template's {id}s, in order
     * @param query      name:type with type uuid, date-time, date, int, string or A|B|C; name[] takes several values
     * @param body       required top-level body fields; null = no body; "raw" alone = raw bytes
     */
    record Row(String operationId, List<String> pathParams, List<String> query, List<String> body, Answer answer) { }

    private static final List<String> PAGING = List.of("cursor:string", "limit:int");
    static final Map<String, Row> ROWS = new LinkedHashMap<>();

    static {
        row("GET /api/v1/agreements/", "list_agreements_api_v1_agreements__get", "", q(), null, Answer.OBJECT);
        row("GET /api/v1/events/", "get_events_api_v1_events__get", "", q("subscription_id:uuid", "after:date-time"), null, Answer.PAGE);
        row("GET /api/v1/notifications/", "list_notifications_api_v1_notifications__get", "", q("status:READ|UNREAD"), null, Answer.PAGE);
        row("POST /api/v1/subscriptions/", "create_subscription_api_v1_subscriptions__post", "", List.of(),
                List.of("events", "url", "shared_secret"), Answer.CREATED);
        row("GET /api/v1/subscriptions/", "list_subscriptions_api_v1_subscriptions__get", "", q(), null, Answer.PAGE);
        row("GET /api/v1/subscriptions/{id}/", "get_subscription_api_v1_subscriptions__subscription_id___get", "subscription_id", List.of(), null, Answer.OBJECT);
        row("PATCH /api/v1/subscriptions/{id}/", "update_subscription_api_v1_subscriptions__subscription_id___patch", "subscription_id", List.of(), List.of(), Answer.OBJECT);
        row("DELETE /api/v1/subscriptions/{id}/", "delete_subscription_api_v1_subscriptions__subscription_id___delete", "subscription_id", List.of(), null, Answer.NONE);
        row("POST /api/v1/report-requests/", "create_customer_report_request_api_v1_report_requests__post", "", List.of(),
                List.of("report_type", "output_formats"), Answer.CREATED);
        row("GET /api/v1/report-requests/", "list_report_requests_api_v1_report_requests__get", "", q(), null, Answer.PAGE);
        row("GET /api/v1/report-requests/{id}/", "get_report_request_api_v1_report_requests__report_request_id___get", "report_request_id", List.of(), null, Answer.OBJECT);
        row("GET /api/v1/statements/", "list_statements_api_v1_statements__get", "", q("type[]:BANK|BROKERAGE", "key:string", "pocket_id:uuid"), null, Answer.PAGE);
        row("GET /api/v1/team/", "get_team_api_v1_team__get", "", List.of(), null, Answer.OBJECT);
        row("GET /api/v1/team/audit-logs.csv", "team_audits_as_csv_api_v1_team_audit_logs_csv_get", "",
                q("member_id:uuid", "timestamp_from:date-time", "timestamp_to:date-time"), null, Answer.CSV);
        row("GET /api/v1/team/{id}/", "get_team_member_api_v1_team__member_id___get", "member_id", List.of(), null, Answer.OBJECT);
        row("GET /api/v1/trades/", "list_trades_api_v1_trades__get", "", q("book_date_from:date", "book_date_to:date",
                "settlement_date_from:date", "settlement_date_to:date", "account[]:uuid", "trade_datetime_from:date-time",
                "trade_datetime_to:date-time"), null, Answer.PAGE);
        row("GET /api/v2/pockets/{id}/portals/", "list-pocket-portals-v2", "pocket_id", q(), null, Answer.PAGE);
        row("POST /api/v2/pockets/{id}/portals/", "create-pocket-portal", "pocket_id", List.of(), List.of("name"), Answer.CREATED);
        row("GET /api/v2/portals/", "list-customer-portals-v2", "", q(), null, Answer.PAGE);
        row("GET /api/v2/pockets/{id}/portals/{id}/funding-instructions/", "get-funding-instructions", "pocket_id,portal_id", List.of(), null, Answer.OBJECT);
        row("PATCH /api/v2/pockets/{id}/portals/{id}/", "update-pocket-portal", "pocket_id,portal_id", List.of(), List.of(), Answer.NONE);
        row("POST /api/v1/transfer-requests/", "create_transfer_request_api_v1_transfer_requests__post", "", List.of(), List.of("transfer"), Answer.CREATED);
        row("GET /api/v1/transfer-requests/", "list_transfer_requests_api_v1_transfer_requests__get", "", q("status:" + String.join("|",
                new java.util.TreeSet<>(TransferHandlers.STATUSES))), null, Answer.PAGE);
        row("GET /api/v1/transfer-requests/{id}/", "get_transfer_request_api_v1_transfer_requests__transfer_id___get", "transfer_id", List.of(), null, Answer.OBJECT);
        row("POST /api/v1/transfer-requests/{id}/approve/", "approve_transfer_request_api_v1_transfer_requests__transfer_id__approve__post", "transfer_id", List.of(), null, Answer.OBJECT);
        row("POST /api/v1/transfer-requests/{id}/cancel/", "cancel_transfer_request_api_v1_transfer_requests__transfer_id__cancel__post", "transfer_id", List.of(), null, Answer.OBJECT);
        row("GET /api/v1/customer/", "get_customer_api_v1_customer__get", "", List.of(), null, Answer.OBJECT);
        row("POST /api/v1/documents/{id}/", "upload_document_api_v1_documents__document_type___post", "document_type", List.of(), List.of("raw"), Answer.CREATED);
        row("GET /api/v1/user/memberships/", "get-user-memberships", "", List.of(), null, Answer.OBJECT);
        row("GET /api/v2/pockets/", "list_customer_pockets_api_v2_pockets__get", "", q(), null, Answer.PAGE);
        row("POST /api/v2/pockets/", "create_customer_pocket_api_v2_pockets__post", "", List.of(), List.of("pocket_name", "trading_strategy_id"), Answer.CREATED);
        row("GET /api/v2/pockets/{id}/", "get_customer_pocket_api_v2_pockets__pocket_id___get", "pocket_id", List.of(), null, Answer.OBJECT);
        row("PATCH /api/v2/pockets/{id}/", "update_pocket_api_v2_pockets__pocket_id___patch", "pocket_id", List.of(), List.of(), Answer.OBJECT);
        row("GET /api/v2/pockets/{id}/earnings/", "get_single_pocket_earnings_api_v2_pockets__pocket_id__earnings__get", "pocket_id",
                List.of("period:ytd|mtd|wtd|all-time|range", "date_from:date", "date_to:date"), null, Answer.OBJECT);
        row("GET /api/v2/transactions/", "list-transactions-v2", "", q("order:desc|asc", "pocket[]:uuid", "type[]:string",
                "on_us_transfer[]:uuid", "wire[]:uuid", "time_booked_from:date-time", "time_booked_to:date-time",
                "amount_from:int", "amount_to:int", "direction:DEBIT|CREDIT"), null, Answer.PAGE);
        row("GET /api/v2/counterparties/", "list-counterparties-v2", "", q("type:ach|wire|international_wire|on_us",
                "status:PENDING|LINKED|UNLINKED"), null, Answer.PAGE);
        row("POST /api/v2/counterparties/", "create-counterparty-v2", "", List.of(), List.of("type", "counterparty_name"), Answer.CREATED);
        row("GET /api/v2/counterparties/{id}/", "get-counterparty-v2", "counterparty_id", List.of(), null, Answer.OBJECT);
        row("PATCH /api/v2/counterparties/{id}/", "update-counterparty-v2", "counterparty_id", List.of(), List.of("status"), Answer.OBJECT);
        row("GET /api/v2/trading-strategies/", "list_trading_strategies_api_v2_trading_strategies__get", "", List.of(), null, Answer.OBJECT);
        row("GET /api/v1/wires/", "list-wires-v1", "", q("pocket_id:uuid", "direction:INCOMING|OUTGOING"), null, Answer.PAGE);
        row("GET /api/v1/wires/{id}/", "get-wire-v1", "wire_id", List.of(), null, Answer.OBJECT);
    }

    private OpenApiDocument() {
    }

    private static List<String> q(String... params) {
        List<String> all = new ArrayList<>(Arrays.asList(params));
        all.addAll(PAGING);
        return all;
    }

    private static void row(String route, String id, String pathParams, List<String> query, List<String> body, Answer answer) {
        ROWS.put(route, new Row(id, pathParams.isEmpty() ? List.of() : List.of(pathParams.split(",")), query, body, answer));
    }

    /** The description of these routes, served from {@code baseUrl}. */
    static Map<String, Object> describe(List<Api.Route> routes, String baseUrl) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Api.Route route : routes) {
            Row row = ROWS.get(route.method() + " " + route.template());
            if (row == null) {
                row = new Row((route.method() + route.template()).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_"),
                        List.of(), List.of(), null, Answer.OBJECT);
            }
            String path = route.template();
            List<Object> params = new ArrayList<>();
            for (int i = 0; path.contains("{id}"); i++) {
                String name = i < row.pathParams().size() ? row.pathParams().get(i) : "id" + i;
                path = path.replaceFirst("\\{id}", "{" + name + "}");
                String format = name.equals("document_type") ? null : "uuid";
                params.add(Json.map("name", name, "in", "path", "required", true, "schema", schema("string", format)));
            }
            for (String q : row.query()) {
                params.add(queryParam(q));
            }
            Map<String, Object> op = Json.map("operationId", row.operationId(), "tags", List.of(route.group()),
                    "parameters", params, "responses", responses(row.answer()));
            if (row.body() != null) {
                op.put("requestBody", body(row.body()));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(path, p -> new LinkedHashMap<>());
            item.put(route.method().toLowerCase(java.util.Locale.ROOT), op);
        }
        return Json.map("openapi", "3.1.0",
                "info", Json.map("title", "Jiko Customer API (camel-jiko simulator)", "version", "simulator",
                        "description", "What the local simulator implements, generated from its route table. Not Jiko's file."),
                "servers", List.of(Json.map("url", baseUrl)), "paths", paths,
                "components", Json.map("schemas", Json.map("CursorList", Json.map("type", "object", "required", List.of("items"),
                        "properties", Json.map("prev_page", Json.map("type", List.of("string", "null")),
                                "next_page", Json.map("type", List.of("string", "null")),
                                "items", Json.map("type", "array", "items", Json.map("type", "object")),
                                "object_type", Json.map("type", "string"))))));
    }

    private static Map<String, Object> queryParam(String spec) {
        int colon = spec.indexOf(':');
        String name = spec.substring(0, colon);
        String type = spec.substring(colon + 1);
        Map<String, Object> value = switch (type) {
            case "uuid", "date-time", "date" -> schema("string", type);
            case "int" -> name.equals("limit") ? Json.map("type", "integer", "minimum", 1, "maximum", 100)
                    : name.startsWith("amount_") ? Json.map("type", "integer", "minimum", 0) : schema("integer", null);
            case "string" -> schema("string", null);
            default -> Json.map("type", "string", "enum", List.of(type.split("\\|")));
        };
        Object s = name.endsWith("[]") ? Json.map("type", "array", "items", value) : value;
        return Json.map("name", name, "in", "query", "required", false, "schema", s);
    }

    private static Map<String, Object> schema(String type, String format) {
        Map<String, Object> s = Json.map("type", type);
        if (format != null) {
            s.put("format", format);
        }
        return s;
    }

    private static Map<String, Object> body(List<String> required) {
        if (required.equals(List.of("raw"))) {
            return Json.map("required", true, "content", Json.map("application/octet-stream",
                    Json.map("schema", schema("string", "binary"))));
        }
        return Json.map("required", true, "content", Json.map("application/json",
                Json.map("schema", Json.map("type", "object", "required", required))));
    }

    private static Map<String, Object> responses(Answer answer) {
        Map<String, Object> page = Json.map("schema", Json.map("$ref", "#/components/schemas/CursorList"));
        Map<String, Object> object = Json.map("schema", Json.map("type", "object"));
        return switch (answer) {
            case PAGE -> Json.map("200", Json.map("description", "OK", "content", Json.map("application/json", page)));
            case OBJECT -> Json.map("200", Json.map("description", "OK", "content", Json.map("application/json", object)));
            case CREATED -> Json.map("201", Json.map("description", "Created", "content", Json.map("application/json", object)));
            case NONE -> Json.map("204", Json.map("description", "No Content"));
            case CSV -> Json.map("200", Json.map("description", "OK", "content", Json.map("application/json", page,
                    "text/csv", Json.map("schema", schema("string", null)))));
        };
    }
}
