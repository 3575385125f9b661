package io.cameljiko.component.ops;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.model.*;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.requestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One case per catalog operation: the exact request that goes out (method, path, query, body, token) and
 * the mapped result. A catalog operation without a case fails {@link #everyOperationHasACase()}.
 */
class EveryOperationTest {

    static final String P = "11111111-1111-4111-8111-111111111111";
    static final String Q = "22222222-2222-4222-8222-222222222222";
    static final String T = "33333333-3333-4333-8333-333333333333";
    static JikoWireMock wm;
    static Camel camel;

    record Case(String operation, String uri, Map<String, Object> headers, Object body, String method, String url,
            String expectedBody, int status, String response, Consumer<Exchange> check) {
        @Override
        public String toString() {
            return operation;
        }
    }

    static Case get(String op, String uri, String url, String response, Consumer<Exchange> check) {
        return new Case(op, uri, Map.of(), null, "GET", url, null, 200, response, check);
    }

    static Case send(String op, String uri, String method, String url, Object body, String expectedBody, int status,
                     String response, Consumer<Exchange> check) {
        return new Case(op, uri, Map.of(), body, method, url, expectedBody, status, response, check);
    }

    static <T> T body(Exchange e, Class<T> type) {
        assertThat(e.getException()).isNull();
        return e.getMessage().getBody(type);
    }

    @SuppressWarnings("unchecked")
    static <T> CursorPage<T> page(Exchange e) {
        return body(e, CursorPage.class);
    }

    static String page(String items) {
        return "{\"prev_page\":null,\"next_page\":\"bmV4dA==\",\"items\":[" + items + "],\"object_type\":\"CursorList\"}";
    }

    static final String MONEY = "{\"value\":10123,\"currency\":\"USD\",\"formatted\":\"$101.23\"}";

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(get("listAgreements", "jiko:listAgreements", "/api/v1/agreements/",
                "{\"version\":\"3\",\"documents\":[{\"title\":\"Terms\"}]}",
                e -> assertThat(body(e, Agreement.class).documents().get(0).title()).isEqualTo("Terms")));
        c.add(get("listEvents", "jiko:listEvents?subscriptionId=" + P + "&after=2026-01-30T16:09:35Z&limit=50",
                "/api/v1/events/?subscription_id=" + P + "&after=2026-01-30T16%3A09%3A35Z&limit=50",
                page("{\"event\":{\"event_id\":\"94444752-cfa7-5d08-a2da-7f42ffdc649c\",\"event_type\":\"transfers.on-us.received\","
                     + "\"timestamp\":\"2026-01-30T16:09:35.775108Z\",\"payload\":{\"on_us_id\":\"x\"}},\"delivery_attempts\":"
                     + "[{\"success\":true,\"response_code\":202}],\"object_type\":\"EventWithDeliveryAttempts\"}"),
                e -> {
                    CursorPage<EventWithDeliveryAttempts> p = page(e);
                    assertThat(p.items().get(0).event().eventType()).isEqualTo("transfers.on-us.received");
                    assertThat(p.items().get(0).deliveryAttempts().get(0).responseCode()).isEqualTo(202);
                    assertThat(e.getMessage().getHeader(JikoConstants.NEXT_PAGE)).isEqualTo("bmV4dA==");
                }));
        c.add(get("listNotifications", "jiko:listNotifications?status=unread&cursor=abc", "/api/v1/notifications/?status=UNREAD&cursor=abc",
                page("{\"id\":\"" + P + "\",\"title\":\"Wire received\",\"status\":\"UNREAD\",\"type\":\"INFO\"}"),
                e -> assertThat(EveryOperationTest.<Notification>page(e).items().get(0).title()).isEqualTo("Wire received")));
        c.add(send("createSubscription", "jiko:createSubscription", "POST", "/api/v1/subscriptions/",
                Map.of("events", List.of("transfers.wire.in.success"), "url", "https://hooks.example.com/jiko",
                        "shared_secret", "0123456789abcdef-secret"),
                "{\"events\":[\"transfers.wire.in.success\"],\"url\":\"https://hooks.example.com/jiko\",\"shared_secret\":\"0123456789abcdef-secret\"}",
                201, "{\"id\":\"" + P + "\",\"status\":\"enabled\",\"events\":[\"transfers.wire.in.success\"]}",
                e -> assertThat(body(e, Subscription.class).status()).isEqualTo("enabled")));
        c.add(get("listSubscriptions", "jiko:listSubscriptions?limit=100", "/api/v1/subscriptions/?limit=100",
                page("{\"id\":\"" + P + "\",\"url\":\"https://h/\"}"),
                e -> assertThat(EveryOperationTest.<Subscription>page(e).items().get(0).url()).isEqualTo("https://h/")));
        c.add(get("getSubscription", "jiko:getSubscription?subscriptionId=" + P, "/api/v1/subscriptions/" + P + "/",
                "{\"id\":\"" + P + "\",\"description\":\"ops\"}",
                e -> assertThat(body(e, Subscription.class).description()).isEqualTo("ops")));
        c.add(send("updateSubscription", "jiko:updateSubscription?subscriptionId=" + P, "PATCH", "/api/v1/subscriptions/" + P + "/",
                "{\"description\":\"renamed\"}", "{\"description\":\"renamed\"}", 200, "{\"id\":\"" + P + "\",\"description\":\"renamed\"}",
                e -> assertThat(body(e, Subscription.class).description()).isEqualTo("renamed")));
        c.add(new Case("deleteSubscription", "jiko:deleteSubscription?subscriptionId=" + P, Map.of(), null, "DELETE",
                "/api/v1/subscriptions/" + P + "/", null, 204, "", e -> {
                    assertThat(e.getException()).isNull();
                    assertThat(e.getMessage().getBody()).isNull();
                    assertThat(e.getMessage().getHeader(JikoConstants.STATUS_CODE)).isEqualTo(204);
                }));
        c.add(send("createReportRequest", "jiko:createReportRequest", "POST", "/api/v1/report-requests/",
                "{\"report_type\":\"TRADE_REPORT\",\"output_formats\":[\"CSV\"]}", "{\"report_type\":\"TRADE_REPORT\",\"output_formats\":[\"CSV\"]}",
                201, "{\"id\":\"" + P + "\",\"report_type\":\"TRADE_REPORT\",\"status\":\"PENDING\"}",
                e -> assertThat(body(e, ReportRequest.class).status()).isEqualTo("PENDING")));
        c.add(get("listReportRequests", "jiko:listReportRequests", "/api/v1/report-requests/",
                page("{\"id\":\"" + P + "\",\"status\":\"COMPLETED\",\"files\":[{\"format\":\"CAMT053\",\"download_url\":\"https://f/x\"}]}"),
                e -> assertThat(EveryOperationTest.<ReportRequest>page(e).items().get(0).files().get(0).downloadUrl()).isEqualTo("https://f/x")));
        c.add(get("listStatements", "jiko:listStatements?type=BANK,brokerage&key=2026-01", "/api/v1/statements/?type%5B%5D=BANK&type%5B%5D=BROKERAGE&key=2026-01",
                page("{\"id\":\"s1\",\"type\":\"BANK\",\"key\":\"2026-01\",\"pdf_download_url\":\"https://f/s1.pdf\"}"),
                e -> assertThat(EveryOperationTest.<Statement>page(e).items().get(0).pdfDownloadUrl()).isEqualTo("https://f/s1.pdf")));
        c.add(new Case("download", "jiko:download?url=/files/s1.pdf", Map.of(), null, "GET", "/files/s1.pdf", null, 200,
                "%PDF-1.4 fake", e -> {
                    assertThat(e.getMessage().getBody()).isInstanceOf(InputStream.class);
                    assertThat(new String(readAll(e.getMessage().getBody(InputStream.class)), StandardCharsets.US_ASCII)).startsWith("%PDF-");
                }));
        c.add(get("getTeam", "jiko:getTeam", "/api/v1/team/", "{\"team_id\":\"t-1\"}",
                e -> assertThat(body(e, Team.class).teamId()).isEqualTo("t-1")));
        c.add(get("getTeamMember", "jiko:getTeamMember?memberId=" + P, "/api/v1/team/" + P + "/", "{\"member_id\":\"" + P + "\",\"role\":\"CHECKER\"}",
                e -> assertThat(body(e, TeamMember.class).role()).isEqualTo("CHECKER")));
        c.add(new Case("exportTeamAuditLogs", "jiko:exportTeamAuditLogs?timestampFrom=2026-01-01T00:00:00Z", Map.of(), null, "GET",
                "/api/v1/team/audit-logs.csv?timestamp_from=2026-01-01T00%3A00%3A00Z", null, 200,
                "id,timestamp,actor,event_name\n1,2026-01-02T00:00:00Z,ada,LOGIN\n",
                e -> assertThat(new String(readAll(e.getMessage().getBody(InputStream.class)), StandardCharsets.UTF_8)).contains("ada,LOGIN")));
        c.add(get("listTrades", "jiko:listTrades?bookDateFrom=2026-01-01&bookDateTo=2026-01-31&account=" + P + "," + Q
                                + "&tradeDatetimeFrom=2026-01-01T00:00:00Z",
                "/api/v1/trades/?book_date_from=2026-01-01&book_date_to=2026-01-31&account%5B%5D=" + P + "&account%5B%5D=" + Q
                + "&trade_datetime_from=2026-01-01T00%3A00%3A00Z",
                page("{\"id\":\"tr1\",\"activity\":\"BUY\",\"book_date\":\"2026-01-05\",\"amount\":" + MONEY + "}"),
                e -> {
                    Trade t = EveryOperationTest.<Trade>page(e).items().get(0);
                    assertThat(t.activity()).isEqualTo("BUY");
                    assertThat(t.amount().value()).isEqualTo(10123L);
                    assertThat(t.bookDate()).hasToString("2026-01-05");
                }));
        c.add(get("listPocketPortals", "jiko:listPocketPortals?pocketId=" + P, "/api/v2/pockets/" + P + "/portals/",
                page("{\"id\":\"" + Q + "\",\"name\":\"Main\",\"status\":\"OPEN\"}"),
                e -> assertThat(EveryOperationTest.<Portal>page(e).items().get(0).name()).isEqualTo("Main")));
        c.add(send("createPortal", "jiko:createPortal?pocketId=" + P, "POST", "/api/v2/pockets/" + P + "/portals/",
                "{\"name\":\"Payroll\"}", "{\"name\":\"Payroll\"}", 201, "{\"id\":\"" + Q + "\",\"name\":\"Payroll\",\"status\":\"OPEN\"}",
                e -> assertThat(body(e, Portal.class).id()).isEqualTo(Q)));
        c.add(get("listPortals", "jiko:listPortals", "/api/v2/portals/", page("{\"id\":\"" + Q + "\",\"pocket_id\":\"" + P + "\"}"),
                e -> assertThat(EveryOperationTest.<Portal>page(e).items().get(0).pocketId()).isEqualTo(P)));
        c.add(get("getFundingInstructions", "jiko:getFundingInstructions?pocketId=" + P + "&portalId=" + Q,
                "/api/v2/pockets/" + P + "/portals/" + Q + "/funding-instructions/",
                "{\"account_number\":\"9876543210\",\"routing_number\":\"021000021\"}",
                e -> assertThat(body(e, FundingInstructions.class).routingNumber()).isEqualTo("021000021")));
        c.add(send("updatePortal", "jiko:updatePortal?pocketId=" + P + "&portalId=" + Q, "PATCH",
                "/api/v2/pockets/" + P + "/portals/" + Q + "/", "{\"status\":\"CLOSED\"}", "{\"status\":\"CLOSED\"}", 204, "",
                e -> {
                    assertThat(e.getException()).isNull();
                    assertThat(e.getMessage().getHeader(JikoConstants.STATUS_CODE)).isEqualTo(204);
                }));
        c.add(send("createTransferRequest", "jiko:createTransferRequest", "POST", "/api/v1/transfer-requests/",
                "{\"transfer\":{\"id\":\"" + T + "\",\"type\":\"ON_US\",\"origin_pocket_id\":\"" + P + "\",\"amount\":"
                + "{\"type\":\"REQUESTED_AMOUNT\",\"amount_usdc\":10123},\"details\":{\"type\":\"INTERNAL_REALLOCATION\","
                + "\"destination_pocket_id\":\"" + Q + "\"},\"description\":\"SEOUT 01\"},\"reviewers\":[]}",
                "{\"transfer\":{\"id\":\"" + T + "\",\"type\":\"ON_US\",\"origin_pocket_id\":\"" + P + "\",\"amount\":"
                + "{\"type\":\"REQUESTED_AMOUNT\",\"amount_usdc\":10123},\"details\":{\"type\":\"INTERNAL_REALLOCATION\","
                + "\"destination_pocket_id\":\"" + Q + "\"},\"description\":\"SEOUT 01\"},\"reviewers\":[]}",
                201, "{\"id\":\"" + T + "\",\"status\":\"PENDING_APPROVAL\",\"transfer\":{\"id\":\"" + T + "\",\"type\":\"ON_US\","
                     + "\"amount\":{\"type\":\"REQUESTED_AMOUNT\",\"amount_usdc\":10123}}}",
                e -> {
                    TransferRequest tr = body(e, TransferRequest.class);
                    assertThat(tr.status()).isEqualTo("PENDING_APPROVAL");
                    assertThat(tr.transfer()).isInstanceOf(OnUsTransfer.class);
                    assertThat(tr.transfer().amount().amountUsdc()).isEqualTo(10123L);
                    assertThat(e.getMessage().getHeader(JikoConstants.TRANSFER_ID)).isEqualTo(T);
                }));
        c.add(get("getTransferRequest", "jiko:getTransferRequest?transferId=" + T, "/api/v1/transfer-requests/" + T + "/",
                "{\"id\":\"" + T + "\",\"status\":\"PROCESSING\"}",
                e -> assertThat(body(e, TransferRequest.class).status()).isEqualTo("PROCESSING")));
        c.add(get("listTransferRequests", "jiko:listTransferRequests?status=PENDING_APPROVAL", "/api/v1/transfer-requests/?status=PENDING_APPROVAL",
                page("{\"id\":\"" + T + "\",\"status\":\"PENDING_APPROVAL\"}"),
                e -> assertThat(EveryOperationTest.<TransferRequest>page(e).items().get(0).id()).isEqualTo(T)));
        c.add(new Case("approveTransferRequest", "jiko:approveTransferRequest", Map.of(JikoConstants.TRANSFER_ID, T), null, "POST",
                "/api/v1/transfer-requests/" + T + "/approve/", null, 200, "{\"id\":\"" + T + "\",\"status\":\"APPROVED\"}",
                e -> assertThat(body(e, TransferRequest.class).status()).isEqualTo("APPROVED")));
        c.add(new Case("cancelTransferRequest", "jiko:cancelTransferRequest?transferId=" + T, Map.of(), null, "POST",
                "/api/v1/transfer-requests/" + T + "/cancel/", null, 200, "{\"id\":\"" + T + "\",\"status\":\"CANCELLED\"}",
                e -> assertThat(body(e, TransferRequest.class).status()).isEqualTo("CANCELLED")));
        c.add(get("getCustomer", "jiko:getCustomer", "/api/v1/customer/", "{\"name\":\"Acme\",\"type\":\"BUSINESS\"}",
                e -> assertThat(body(e, Customer.class).name()).isEqualTo("Acme")));
        c.add(new Case("uploadDocument", "jiko:uploadDocument?documentType=passport", Map.of(Exchange.CONTENT_TYPE, "image/png"),
                new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "POST", "/api/v1/documents/passport/", null, 201, "{\"document_id\":\"d-1\"}",
                e -> assertThat(body(e, DocumentUploadResult.class).documentId()).isEqualTo("d-1")));
        c.add(get("getUserMemberships", "jiko:getUserMemberships", "/api/v1/user/memberships/", "{\"items\":[{\"role\":\"MAKER\"}]}",
                e -> assertThat(body(e, UserMemberships.class).items().get(0).role()).isEqualTo("MAKER")));
        c.add(get("listPockets", "jiko:listPockets?limit=30", "/api/v2/pockets/?limit=30",
                page("{\"id\":\"" + P + "\",\"pocket_name\":\"Treasury\",\"portfolio\":{\"cash\":" + MONEY + "},\"status\":\"OPEN\"}"),
                e -> {
                    Pocket pocket = EveryOperationTest.<Pocket>page(e).items().get(0);
                    assertThat(pocket.pocketName()).isEqualTo("Treasury");
                    assertThat(pocket.portfolio().cash().value()).isEqualTo(10123L);
                }));
        c.add(send("createPocket", "jiko:createPocket", "POST", "/api/v2/pockets/",
                "{\"pocket_name\":\"Reserve\",\"trading_strategy_id\":\"UST-4W\"}", "{\"pocket_name\":\"Reserve\",\"trading_strategy_id\":\"UST-4W\"}",
                201, "{\"id\":\"" + Q + "\",\"pocket_name\":\"Reserve\",\"status\":\"PENDING\"}",
                e -> assertThat(body(e, Pocket.class).status()).isEqualTo("PENDING")));
        c.add(get("getPocket", "jiko:getPocket?pocketId=" + P, "/api/v2/pockets/" + P + "/", "{\"id\":\"" + P + "\",\"deposit_strategy_id\":\"UST-4W\"}",
                e -> assertThat(body(e, Pocket.class).depositStrategyId()).isEqualTo("UST-4W")));
        c.add(send("updatePocket", "jiko:updatePocket?pocketId=" + P, "PATCH", "/api/v2/pockets/" + P + "/",
                "{\"pocket_name\":\"Ops\"}", "{\"pocket_name\":\"Ops\"}", 200, "{\"id\":\"" + P + "\",\"pocket_name\":\"Ops\"}",
                e -> assertThat(body(e, Pocket.class).pocketName()).isEqualTo("Ops")));
        c.add(get("getPocketEarnings", "jiko:getPocketEarnings?pocketId=" + P + "&period=range&dateFrom=2026-01-01&dateTo=2026-01-31",
                "/api/v2/pockets/" + P + "/earnings/?period=range&date_from=2026-01-01&date_to=2026-01-31",
                "{\"earnings\":" + MONEY + ",\"appreciation_per_second\":\"0.0012\"}",
                e -> {
                    PocketEarnings earnings = body(e, PocketEarnings.class);
                    assertThat(earnings.earnings().value()).isEqualTo(10123L);
                    assertThat(earnings.appreciationPerSecond()).isEqualTo("0.0012");
                }));
        c.add(get("listTransactions", "jiko:listTransactions?order=asc&pocket=" + P + "&type=ACH,WIRE&direction=debit"
                                      + "&timeBookedFrom=2026-01-01T00:00:00Z&amountFrom=100&amountTo=500000",
                "/api/v2/transactions/?order=asc&pocket%5B%5D=" + P + "&type%5B%5D=ACH&type%5B%5D=WIRE"
                + "&time_booked_from=2026-01-01T00%3A00%3A00Z&amount_from=100&amount_to=500000&direction=DEBIT",
                page("{\"id\":\"a1\",\"type\":\"ACH\",\"amount\":" + MONEY + ",\"direction\":\"DEBIT\"},"
                     + "{\"id\":\"w1\",\"type\":\"WIRE\",\"amount\":" + MONEY + "},{\"id\":\"x1\",\"type\":\"CRYPTO\",\"chain\":\"base\"}"),
                e -> {
                    List<Transaction> items = EveryOperationTest.<Transaction>page(e).items();
                    assertThat(items).extracting(Transaction::type).containsExactly("ACH", "WIRE", "CRYPTO");
                    assertThat(items.get(2).otherFields()).containsEntry("chain", "base");
                    assertThat(items.get(0).amount().value()).isEqualTo(10123L);
                }));
        c.add(get("listCounterparties", "jiko:listCounterparties?type=wire&status=LINKED", "/api/v2/counterparties/?type=wire&status=LINKED",
                page("{\"id\":\"" + Q + "\",\"type\":\"wire\",\"status\":\"LINKED\",\"counterparty_name\":{\"type\":\"business\",\"business_name\":\"Vendor\"}}"),
                e -> assertThat(EveryOperationTest.<Counterparty>page(e).items().get(0).counterpartyName().businessName()).isEqualTo("Vendor")));
        c.add(send("createCounterparty", "jiko:createCounterparty", "POST", "/api/v2/counterparties/",
                "{\"type\":\"on_us\",\"account_number\":\"JIKO-123\"}", "{\"type\":\"on_us\",\"account_number\":\"JIKO-123\"}", 201,
                "{\"id\":\"" + Q + "\",\"type\":\"on_us\",\"status\":\"PENDING\"}",
                e -> assertThat(body(e, Counterparty.class).id()).isEqualTo(Q)));
        c.add(get("getCounterparty", "jiko:getCounterparty?counterpartyId=" + Q, "/api/v2/counterparties/" + Q + "/",
                "{\"id\":\"" + Q + "\",\"verification_type\":\"plaid\"}",
                e -> assertThat(body(e, Counterparty.class).verificationType()).isEqualTo("plaid")));
        c.add(send("updateCounterparty", "jiko:updateCounterparty?counterpartyId=" + Q, "PATCH", "/api/v2/counterparties/" + Q + "/",
                "{\"status\":\"UNLINKED\"}", "{\"status\":\"UNLINKED\"}", 200, "{\"id\":\"" + Q + "\",\"status\":\"UNLINKED\"}",
                e -> assertThat(body(e, Counterparty.class).status()).isEqualTo("UNLINKED")));
        c.add(get("listTradingStrategies", "jiko:listTradingStrategies", "/api/v2/trading-strategies/",
                "{\"offset\":0,\"count\":1,\"items\":[{\"id\":\"UST-4W\",\"yield_to_maturity\":\"4.31\"}]}",
                e -> assertThat(body(e, TradingStrategyList.class).items().get(0).yieldToMaturity()).isEqualTo("4.31")));
        c.add(get("listWires", "jiko:listWires?pocketId=" + P + "&direction=incoming", "/api/v1/wires/?pocket_id=" + P + "&direction=INCOMING",
                page("{\"id\":\"" + Q + "\",\"direction\":\"INCOMING\",\"amount\":" + MONEY + "}"),
                e -> assertThat(EveryOperationTest.<Wire>page(e).items().get(0).amount().value()).isEqualTo(10123L)));
        c.add(get("getWire", "jiko:getWire?wireId=" + Q, "/api/v1/wires/" + Q + "/", "{\"id\":\"" + Q + "\",\"status\":\"COMPLETED\"}",
                e -> assertThat(body(e, Wire.class).status()).isEqualTo("COMPLETED")));
        c.add(send("request", "jiko:request?method=PUT&path=/api/v2/business-applications/" + P + "/", "PUT",
                "/api/v2/business-applications/" + P + "/", Map.of("legal_name", "Acme"), "{\"legal_name\":\"Acme\"}", 200,
                "{\"id\":\"" + P + "\"}", e -> assertThat(body(e, Map.class)).containsEntry("id", P)));
        return c.stream();
    }

    static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @BeforeAll
    static void start() {
        wm = new JikoWireMock();
        camel = Camel.withClientCredentials(wm);
    }

    @AfterAll
    static void stop() {
        camel.close();
        wm.close();
    }

    @BeforeEach
    void reset() {
        wm.server().resetAll();
        wm.stubToken(JikoWireMock.TOKEN, 900);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sendsTheExactRequestAndMapsTheResult(Case c) {
        MappingBuilder stub = request(c.method(), urlEqualTo(c.url()));
        String contentType = c.operation().equals("download") ? "application/pdf"
                : c.operation().equals("exportTeamAuditLogs") ? "text/csv" : "application/json";
        wm.server().stubFor(stub.willReturn(aResponse().withStatus(c.status()).withHeader("Content-Type", contentType)
                .withBody(c.response())));

        Map<String, Object> headers = new LinkedHashMap<>(c.headers());
        Exchange exchange = camel.send(c.uri(), c.body(), headers);

        assertThat(exchange.getException()).as(c.operation()).isNull();
        RequestPatternBuilder expected = requestedFor(c.method(), urlEqualTo(c.url()))
                .withHeader("Authorization", equalTo("Bearer " + JikoWireMock.TOKEN));
        if (c.expectedBody() != null) {
            expected = expected.withRequestBody(equalToJson(c.expectedBody())).withHeader("Content-Type", equalTo("application/json"));
        }
        if (c.operation().equals("uploadDocument")) {
            expected = expected.withHeader("Content-Type", equalTo("image/png"))
                    .withRequestBody(WireMock.binaryEqualTo(new byte[] { (byte) 0x89, 'P', 'N', 'G' }));
        }
        wm.server().verify(1, expected);
        long apiCalls = wm.server().getAllServeEvents().stream()
                .filter(e -> !e.getRequest().getUrl().startsWith(JikoWireMock.TOKEN_PATH)).count();
        assertThat(apiCalls).as("exactly one API call").isEqualTo(1);
        c.check().accept(exchange);
    }

    @Test
    void everyOperationHasACase() {
        Set<String> covered = new HashSet<>();
        cases().forEach(c -> covered.add(c.operation()));
        Set<String> catalog = new HashSet<>();
        for (Operation op : OperationCatalog.all()) {
            catalog.add(op.name());
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(catalog);
    }
}
