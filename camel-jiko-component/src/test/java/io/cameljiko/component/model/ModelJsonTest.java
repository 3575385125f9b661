package io.cameljiko.component.model;

import java.io.File;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.cameljiko.component.json.JikoJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Jiko JSON (snake_case, as the docs show it) reads into the records and writes back to the same JSON tree,
 * unknown fields included; polymorphic types pick the right variant; money stays integer cents.
 */
class ModelJsonTest {

    /** Reads {@code json} as {@code type}, writes it back and checks the tree is unchanged. */
    private static <T> T roundTrip(String json, Class<T> type) throws Exception {
        return roundTrip(json, JikoJson.MAPPER.constructType(type));
    }

    private static <T> T roundTrip(String json, TypeReference<T> type) throws Exception {
        return roundTrip(json, JikoJson.MAPPER.getTypeFactory().constructType(type));
    }

    private static <T> T roundTrip(String json, JavaType type) throws Exception {
        T value = JikoJson.MAPPER.readValue(json, type);
        String written = JikoJson.MAPPER.writerFor(type).writeValueAsString(value);
        JsonNode expected = JikoJson.MAPPER.readTree(json);
        JsonNode actual = JikoJson.MAPPER.readTree(written);
        assertThat(actual).as("written back: %s", written).isEqualTo(expected);
        return value;
    }

    // --- events -------------------------------------------------------------------------------------

    @Test
    void webhookEnvelopeFromTheDocs() throws Exception {
        Event e = roundTrip("""
                {"event_id": "94444752-cfa7-5d08-a2da-7f42ffdc649c",
                 "event_type": "transfers.on-us.received",
                 "timestamp": "2026-01-30T16:09:35.775108Z",
                 "payload": {"on_us_id": "bf01c8e4-1b2c-4d5e-8f90-a1b2c3d4e5f6",
                             "transaction_activity_id": "15dfbc4b-0a1b-4c2d-9e3f-405162738495",
                             "receiving_pocket_id": "744ab7f4-5a6b-4c7d-8e9f-a0b1c2d3e4f5"},
                 "customer_id": "0b5b74f5-ad65-4c6d-9170-60fe29794b12",
                 "schema_version": 2}
                """, Event.class);
        assertThat(e.eventType()).isEqualTo("transfers.on-us.received");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2026-01-30T16:09:35.775108Z"));
        assertThat(e.payload()).containsEntry("on_us_id", "bf01c8e4-1b2c-4d5e-8f90-a1b2c3d4e5f6");
        assertThat(e.customerId()).isEqualTo("0b5b74f5-ad65-4c6d-9170-60fe29794b12");
        assertThat(e.otherFields()).containsEntry("schema_version", 2);
    }

    @Test
    void eventsPageWithDeliveryAttempts() throws Exception {
        CursorPage<EventWithDeliveryAttempts> page = roundTrip("""
                {"next_page": "eyJpZCI6IDEyfQ==",
                 "items": [{"event": {"event_id": "94444752-cfa7-5d08-a2da-7f42ffdc649c",
                                      "event_type": "transfers.wire.out.success",
                                      "timestamp": "2026-02-02T10:00:00Z",
                                      "payload": {"wire_id": "3c1f0a52-6d7e-4f80-9a1b-2c3d4e5f6a7b"}},
                            "delivery_attempts": [
                              {"delivery_attempt_id": "da-1", "subscription_id": "5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
                               "success": false, "response_code": 503,
                               "called_at": "2026-02-02T10:00:01.500Z"},
                              {"delivery_attempt_id": "da-2", "subscription_id": "5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
                               "success": true, "response_code": 202, "response_message": "Accepted",
                               "called_at": "2026-02-02T10:00:31.500Z", "latency_ms": 41}],
                            "object_type": "EventWithDeliveryAttempts"}],
                 "object_type": "CursorList"}
                """, new TypeReference<CursorPage<EventWithDeliveryAttempts>>() {
                });
        assertThat(page.hasNext()).isTrue();
        EventWithDeliveryAttempts item = page.items().get(0);
        assertThat(item.event().payload()).containsEntry("wire_id", "3c1f0a52-6d7e-4f80-9a1b-2c3d4e5f6a7b");
        assertThat(item.deliveryAttempts()).extracting(DeliveryAttempt::responseCode).containsExactly(503, 202);
        assertThat(item.deliveryAttempts().get(0).success()).isFalse();
        assertThat(item.deliveryAttempts().get(1).calledAt()).isEqualTo(Instant.parse("2026-02-02T10:00:31.500Z"));
        assertThat(item.deliveryAttempts().get(1).otherFields()).containsEntry("latency_ms", 41);
    }

    @Test
    void notification() throws Exception {
        Notification n = roundTrip("""
                {"id": "b7e6f1a0-1c2d-4e3f-8a9b-0c1d2e3f4a5b", "title": "Wire received",
                 "description": "USD 1,000.00 arrived in Operating", "status": "UNREAD", "type": "TRANSFER",
                 "created_at": "2026-03-01T08:15:00Z", "notification_metadata": {"wire_id": "w-1", "amount": 100000},
                 "priority": "HIGH"}
                """, Notification.class);
        assertThat(n.status()).isEqualTo("UNREAD");
        assertThat(n.notificationMetadata()).isEqualTo(Map.of("wire_id", "w-1", "amount", 100000));
        assertThat(n.otherFields()).containsEntry("priority", "HIGH");
    }

    @Test
    void explicitNullsAreNotWrittenBack() throws Exception {
        // NON_NULL (the package convention): a JSON null reads as null and is left out when written.
        DeliveryAttempt d = JikoJson.MAPPER.readValue("""
                {"delivery_attempt_id": "da-1", "success": false, "response_code": 503, "response_message": null}
                """, DeliveryAttempt.class);
        assertThat(d.responseMessage()).isNull();
        assertThat(JikoJson.MAPPER.writeValueAsString(d)).doesNotContain("response_message");
    }

    // --- subscriptions ------------------------------------------------------------------------------

    @Test
    void subscriptionWithRetryPolicy() throws Exception {
        Subscription s = roundTrip("""
                {"id": "5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "description": "treasury ops",
                 "events": ["transfers.wire.in.success", "transfers.on-us.received"],
                 "url": "https://hooks.example.com/jiko",
                 "retry_policy": {"retry_on_status_codes": [502, 503], "backoff_coefficient": 2.5,
                                  "maximum_attempts": 5, "initial_interval_seconds": 30,
                                  "maximum_interval_seconds": 300},
                 "status": "enabled", "time_created": "2026-01-21T09:00:00Z",
                 "updated_at": "2026-01-22T09:00:00.123Z", "object_type": "Subscription", "team_id": "t-1"}
                """, Subscription.class);
        assertThat(s.events()).containsExactly("transfers.wire.in.success", "transfers.on-us.received");
        assertThat(s.retryPolicy().retryOnStatusCodes()).containsExactly(502, 503);
        assertThat(s.retryPolicy().backoffCoefficient()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(s.retryPolicy().initialIntervalSeconds()).isEqualByComparingTo(new BigDecimal("30"));
        assertThat(s.timeCreated()).isEqualTo(Instant.parse("2026-01-21T09:00:00Z"));
        assertThat(s.otherFields()).containsEntry("team_id", "t-1");
    }

    @Test
    void subscriptionRequestsRoundTripAndMaskTheSecret() throws Exception {
        String secret = "s3cr3t-s3cr3t-s3cr3t";
        CreateSubscriptionRequest create = roundTrip("""
                {"description": "", "events": ["transfers.on-us.received"], "url": "https://hooks.example.com/jiko",
                 "retry_policy": {"retry_on_status_codes": [503], "backoff_coefficient": 2, "maximum_attempts": 3},
                 "shared_secret": "s3cr3t-s3cr3t-s3cr3t", "labels": ["prod"]}
                """, CreateSubscriptionRequest.class);
        assertThat(create.sharedSecret()).isEqualTo(secret);
        assertThat(create.toString()).doesNotContain(secret).contains("sharedSecret=******")
                .contains("https://hooks.example.com/jiko");

        UpdateSubscriptionRequest update = roundTrip("""
                {"url": "https://hooks.example.com/jiko2", "shared_secret": "s3cr3t-s3cr3t-s3cr3t"}
                """, UpdateSubscriptionRequest.class);
        assertThat(update.toString()).doesNotContain(secret).contains("sharedSecret=******");
        assertThat(new UpdateSubscriptionRequest("d", null, null, null, null, null).toString())
                .contains("sharedSecret=null");
    }

    // --- reports, statements, audit logs, trades ------------------------------------------------------

    @Test
    void reports() throws Exception {
        CreateReportRequest create = roundTrip("""
                {"report_type": "BANK_STATEMENT_REPORT", "output_formats": ["CAMT053"],
                 "pocket_id": "de0eb293-1a2b-4c3d-8e4f-5a6b7c8d9e0f", "date_from": "2026-01-01",
                 "date_to": "2026-01-31", "timezone": "America/New_York"}
                """, CreateReportRequest.class);
        assertThat(create.dateFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(create.otherFields()).containsEntry("timezone", "America/New_York");

        ReportRequest report = roundTrip("""
                {"id": "r-1", "report_type": "TRADE_REPORT", "status": "COMPLETED", "output_formats": ["CSV"],
                 "created_at": "2026-02-01T00:00:00Z",
                 "files": [{"format": "CSV", "download_url": "https://files.example.com/r-1.csv", "expires_in": 3600}]}
                """, ReportRequest.class);
        assertThat(report.files().get(0).downloadUrl()).isEqualTo("https://files.example.com/r-1.csv");
        assertThat(report.files().get(0).otherFields()).containsEntry("expires_in", 3600);
    }

    @Test
    void statementAndAuditLog() throws Exception {
        Statement st = roundTrip("""
                {"id": "st-1", "type": "BROKERAGE", "key": "2026-01", "pocket_id": "p-1",
                 "pdf_download_url": "https://files.example.com/st-1.pdf", "created_at": "2026-02-01T06:00:00Z"}
                """, Statement.class);
        assertThat(st.key()).isEqualTo("2026-01");

        AuditLogEntry a = roundTrip("""
                {"id": "al-1", "actor": "jane@example.com", "event_name": "member.invited",
                 "entry_metadata": {"invited": "joe@example.com"}, "team_id": "t-1",
                 "timestamp": "2026-02-03T11:12:13Z", "ip_address": "203.0.113.7"}
                """, AuditLogEntry.class);
        assertThat(a.eventName()).isEqualTo("member.invited");
        assertThat(a.otherFields()).containsEntry("ip_address", "203.0.113.7");
    }

    @Test
    void tradeAmountsAreExactCents() throws Exception {
        Trade t = roundTrip("""
                {"id": "tr-1", "trade_datetime": "2026-01-05T14:30:00Z", "book_date": "2026-01-05",
                 "settled_date": "2026-01-06", "status": "SETTLED", "pocket_id": "p-1", "activity": "BUY",
                 "cusip": "912797KX4", "maturity_date": "2026-02-03",
                 "amount": {"value": 9999999999999, "currency": "USD", "formatted": "$99,999,999,999.99"},
                 "yield_to_maturity": "4.31", "object_type": "Trade"}
                """, Trade.class);
        assertThat(t.amount().value()).isEqualTo(9_999_999_999_999L);
        assertThat(t.settledDate()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(t.otherFields()).containsEntry("yield_to_maturity", "4.31");
    }

    // --- portals, documents -------------------------------------------------------------------------

    @Test
    void portals() throws Exception {
        Portal p = roundTrip("""
                {"id": "po-1", "name": "Customer payments", "status": "OPEN", "pocket_id": "p-1",
                 "created_at": "2026-06-02T12:00:00Z", "object_type": "Portal", "network": "ACH_WIRE"}
                """, Portal.class);
        assertThat(p.name()).isEqualTo("Customer payments");
        assertThat(p.otherFields()).containsEntry("network", "ACH_WIRE");
        roundTrip("{\"name\": \"Payroll\"}", CreatePortalRequest.class);
        assertThat(roundTrip("{\"status\": \"CLOSED\"}", UpdatePortalRequest.class).status()).isEqualTo("CLOSED");

        FundingInstructions f = roundTrip("""
                {"portal_id": "po-1", "pocket_id": "p-1", "account_number": "000123456789",
                 "routing_number": "021000021", "bank_name": "Example Bank", "bank_address": "1 Main St, New York",
                 "beneficiary_name": "ACME Inc.", "swift_code": "EXAMUS33"}
                """, FundingInstructions.class);
        assertThat(f.accountNumber()).isEqualTo("000123456789");
        assertThat(f.otherFields()).containsEntry("swift_code", "EXAMUS33");

        assertThat(roundTrip("{\"document_id\": \"doc-1\"}", DocumentUploadResult.class).documentId()).isEqualTo("doc-1");
    }

    // --- transfer requests --------------------------------------------------------------------------

    private static final String SAME_ENTITY_TRANSFER = """
            {"transfer": {"id": "7fe330b4-1c1c-4461-ab11-2d257e92126f", "type": "ON_US",
              "origin_pocket_id": "de0eb293-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
              "amount": {"type": "REQUESTED_AMOUNT", "amount_usdc": 10123},
              "details": {"type": "INTERNAL_REALLOCATION", "destination_pocket_id": "844ab7f4-5a6b-4c7d-8e9f-a0b1c2d3e4f5"},
              "description": "SEOUT 01"}, "reviewers": []}
            """;

    @Test
    void sameEntityTransferFromTheDocs() throws Exception {
        CreateTransferRequest r = roundTrip(SAME_ENTITY_TRANSFER, CreateTransferRequest.class);
        assertThat(r.transfer()).isInstanceOf(OnUsTransfer.class);
        OnUsTransfer t = (OnUsTransfer) r.transfer();
        assertThat(t.id()).isEqualTo("7fe330b4-1c1c-4461-ab11-2d257e92126f");
        assertThat(t.amount().amountUsdc()).isEqualTo(10123L);
        assertThat(t.amount().type()).isEqualTo("REQUESTED_AMOUNT");
        assertThat(t.details()).isInstanceOf(InternalReallocationDetails.class);
        assertThat(((InternalReallocationDetails) t.details()).destinationPocketId())
                .isEqualTo("844ab7f4-5a6b-4c7d-8e9f-a0b1c2d3e4f5");
        assertThat(r.reviewers()).isEmpty();
    }

    @Test
    void transferVariants() throws Exception {
        TransferSpec p2p = roundTrip("""
                {"id": "a1", "type": "ON_US", "origin_pocket_id": "p-1",
                 "amount": {"type": "REQUESTED_AMOUNT", "amount_usdc": 5000},
                 "details": {"type": "PEER_TO_PEER", "destination_counterparty_id": "cp-9"},
                 "end_to_end_identification": "E2E-42"}
                """, TransferSpec.class);
        assertThat(((OnUsTransfer) p2p).details()).isEqualTo(
                new PeerToPeerDetails("PEER_TO_PEER", "cp-9", null));
        assertThat(((OnUsTransfer) p2p).endToEndIdentification()).isEqualTo("E2E-42");

        TransferSpec unknownDetails = roundTrip("""
                {"id": "a2", "type": "ON_US", "origin_pocket_id": "p-1",
                 "details": {"type": "SWEEP", "sweep_target": "p-2"}}
                """, TransferSpec.class);
        GenericTransferDetails gd = (GenericTransferDetails) ((OnUsTransfer) unknownDetails).details();
        assertThat(gd.type()).isEqualTo("SWEEP");
        assertThat(gd.otherFields()).containsEntry("sweep_target", "p-2");

        TransferSpec wire = roundTrip("""
                {"id": "a3", "type": "WIRE", "origin_pocket_id": "p-1", "counterparty_id": "cp-1",
                 "amount": {"type": "FULL_WITHDRAWAL", "amount_usdc": 0}, "description": "rent",
                 "purpose_of_payment": "RENT"}
                """, TransferSpec.class);
        assertThat(wire).isInstanceOf(WireTransfer.class);
        assertThat(((WireTransfer) wire).counterpartyId()).isEqualTo("cp-1");
        assertThat(((WireTransfer) wire).otherFields()).containsEntry("purpose_of_payment", "RENT");

        TransferSpec usdc = roundTrip("""
                {"id": "a4", "type": "USDC", "origin_pocket_id": "p-1", "counterparty_id": "cp-2",
                 "amount": {"type": "REQUESTED_AMOUNT", "amount_usdc": 250000000}}
                """, TransferSpec.class);
        assertThat(usdc).isInstanceOf(UsdcTransfer.class);
        assertThat(usdc.amount().amountUsdc()).isEqualTo(250_000_000L);

        TransferSpec ach = roundTrip("""
                {"id": "a5", "type": "ACH", "origin_pocket_id": "p-1", "counterparty_id": "cp-3",
                 "amount": {"type": "REQUESTED_AMOUNT", "amount_usdc": 100}, "sec_code": "CCD"}
                """, TransferSpec.class);
        assertThat(ach).isInstanceOf(GenericTransfer.class);
        assertThat(ach.type()).isEqualTo("ACH");
        assertThat(((GenericTransfer) ach).otherFields())
                .containsEntry("counterparty_id", "cp-3").containsEntry("sec_code", "CCD");
    }

    @Test
    void withTransferIdSetsOnlyTheId() throws Exception {
        CreateTransferRequest original = JikoJson.MAPPER.readValue(
                SAME_ENTITY_TRANSFER.replace("\"id\": \"7fe330b4-1c1c-4461-ab11-2d257e92126f\", ", ""),
                CreateTransferRequest.class);
        original.otherFields().put("note", "kept");
        assertThat(original.transfer().id()).isNull();

        CreateTransferRequest withId = original.withTransferId("0d6f2c9e-8a41-4b0e-9c53-1f2e3d4c5b6a");

        assertThat(withId.transfer().id()).isEqualTo("0d6f2c9e-8a41-4b0e-9c53-1f2e3d4c5b6a");
        assertThat(withId.transfer().withId(null)).isEqualTo(original.transfer());
        assertThat(withId.reviewers()).isEqualTo(original.reviewers());
        assertThat(withId.otherFields()).isEqualTo(original.otherFields());
        assertThat(original.transfer().id()).as("the original is not changed").isNull();
        assertThat(withId.transfer()).isInstanceOf(OnUsTransfer.class);

        for (TransferSpec spec : List.<TransferSpec>of(
                new WireTransfer(null, "WIRE", "p", "cp", null, "d", null),
                new UsdcTransfer(null, "USDC", "p", "cp", null, null),
                new GenericTransfer(null, "ACH", "p", null, Map.of("x", 1)))) {
            TransferSpec copy = spec.withId("id-1");
            assertThat(copy.id()).isEqualTo("id-1");
            assertThat(copy.getClass()).isEqualTo(spec.getClass());
            assertThat(copy.withId(null)).isEqualTo(spec);
        }
        assertThatThrownBy(() -> new CreateTransferRequest(null, List.of(), null).withTransferId("x"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void transferRequest() throws Exception {
        TransferRequest tr = roundTrip("""
                {"id": "7fe330b4-1c1c-4461-ab11-2d257e92126f",
                 "transfer": {"id": "7fe330b4-1c1c-4461-ab11-2d257e92126f", "type": "WIRE", "origin_pocket_id": "p-1",
                              "counterparty_id": "cp-1", "amount": {"type": "REQUESTED_AMOUNT", "amount_usdc": 10123}},
                 "status": "PENDING_APPROVAL", "reviewers": [{"member_id": "m-1"}],
                 "created_at": "2026-02-01T10:00:00Z", "updated_at": "2026-02-01T10:05:00Z",
                 "object_type": "TransferRequest", "approvals": []}
                """, TransferRequest.class);
        assertThat(tr.transfer()).isInstanceOf(WireTransfer.class);
        assertThat(tr.transfer().amount().amountUsdc()).isEqualTo(10123L);
        assertThat(tr.reviewers()).containsExactly(Map.of("member_id", "m-1"));
        assertThat(tr.otherFields()).containsEntry("approvals", List.of());
    }

    // --- pockets ------------------------------------------------------------------------------------

    @Test
    void pocketWithPortfolio() throws Exception {
        Pocket p = roundTrip("""
                {"id": "de0eb293-1a2b-4c3d-8e4f-5a6b7c8d9e0f", "pocket_name": "Operating",
                 "portfolio": {"cash": {"value": 10123, "currency": "USD", "formatted": "$101.23"},
                               "holdings": [{"cusip": "912797KX4", "maturity_date": "2026-02-03",
                                             "market_value": {"value": 99876543, "currency": "USD",
                                                              "formatted": "$998,765.43"},
                                             "quantity": 1000000}]},
                 "status": "OPEN", "attributes": [], "deposit_strategy_id": "UST-4W",
                 "reinvestment_strategy_id": "UST-13W", "type": "TREASURY", "customer_id": "c-1",
                 "updated_at": "2026-02-01T00:00:00Z", "object_type": "Pocket"}
                """, Pocket.class);
        assertThat(p.portfolio().cash().value()).isEqualTo(10123L);
        Holding h = p.portfolio().holdings().get(0);
        assertThat(h.marketValue().value()).isEqualTo(99_876_543L);
        assertThat(h.maturityDate()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(h.otherFields()).containsEntry("quantity", 1000000);

        roundTrip("{\"pocket_name\": \"Reserve\", \"trading_strategy_id\": \"UST-4W\"}", CreatePocketRequest.class);
        UpdatePocketRequest u = roundTrip("""
                {"status": "CLOSED", "closure_reason": "no longer needed"}
                """, UpdatePocketRequest.class);
        assertThat(u.closureReason()).isEqualTo("no longer needed");
    }

    @Test
    void pocketEarnings() throws Exception {
        PocketEarnings e = roundTrip("""
                {"earnings": {"value": 123456, "currency": "USD", "formatted": "$1,234.56"},
                 "date_from": "2026-01-01", "date_to": "2026-01-31",
                 "pricing_timestamp": "2026-01-31T21:00:00Z", "appreciation_per_second": "0.000123456789"}
                """, PocketEarnings.class);
        assertThat(e.earnings().value()).isEqualTo(123456L);
        assertThat(e.appreciationPerSecond()).isEqualTo("0.000123456789");
        assertThat(e.dateTo()).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    // --- transactions -------------------------------------------------------------------------------

    private static String transaction(String type, String extra) {
        return """
                {"id": "act-1", "transaction_id": "tx-1", "type": "%s", "pocket_id": "p-1",
                 "description": "d", "title": "t", "amount": {"value": 10123, "currency": "USD", "formatted": "$101.23"},
                 "direction": "DEBIT", "status": "SETTLED", "time_booked": "2026-01-05T10:00:00Z",
                 "time_settled": "2026-01-06T10:00:00Z", "object_type": "TransactionActivity"%s}
                """.formatted(type, extra);
    }

    @Test
    void everyTransactionTypeReadsIntoTheOneRecord() throws Exception {
        for (String type : List.of("ACH", "WIRE", "CARD", "ON_US", "FEE", "CREDIT", "GENERIC")) {
            Transaction t = roundTrip(transaction(type, ", \"ach_trace\": \"021000020000001\""), Transaction.class);
            assertThat(t.type()).isEqualTo(type);
            assertThat(t.amount().value()).isEqualTo(10123L);
            assertThat(t.timeBooked()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
            assertThat(t.otherFields()).containsEntry("ach_trace", "021000020000001");
        }
    }

    @Test
    void unknownTransactionTypeKeepsItsFields() throws Exception {
        Transaction t = roundTrip(transaction("CRYPTO", ", \"chain\": \"ETH\", \"tx_hash\": \"0xabc\""),
                Transaction.class);
        assertThat(t.type()).isEqualTo("CRYPTO");
        assertThat(t.otherFields()).containsEntry("chain", "ETH").containsEntry("tx_hash", "0xabc");

        CursorPage<Transaction> page = roundTrip("""
                {"items": [%s, %s], "object_type": "CursorList"}
                """.formatted(transaction("ACH", ""), transaction("CRYPTO", "")),
                new TypeReference<CursorPage<Transaction>>() {
                });
        assertThat(page.items()).extracting(Transaction::type).containsExactly("ACH", "CRYPTO");
        assertThat(page.hasNext()).isFalse();
    }

    // --- counterparties -----------------------------------------------------------------------------

    @Test
    void counterparty() throws Exception {
        Counterparty c = roundTrip("""
                {"id": "cp-1", "type": "wire", "status": "LINKED",
                 "counterparty_name": {"type": "business", "business_name": "ACME Inc."},
                 "routing_number": "021000021", "identifier": "000123456789",
                 "address": {"street_address": "1 Main St", "city": "New York", "postal_code": "10001",
                             "state": "NY", "country": "US"},
                 "verification_type": "pre_verified", "created_at": "2026-01-10T00:00:00Z",
                 "updated_at": "2026-01-11T00:00:00Z", "object_type": "Counterparty", "nickname": "acme"}
                """, Counterparty.class);
        assertThat(c.counterpartyName().businessName()).isEqualTo("ACME Inc.");
        assertThat(c.address().state()).isEqualTo("NY");
        assertThat(c.otherFields()).containsEntry("nickname", "acme");
        roundTrip("{\"status\": \"UNLINKED\"}", UpdateCounterpartyRequest.class);
    }

    @Test
    void createCounterpartyPicksTheVariantByType() throws Exception {
        CreateCounterpartyRequest wire = roundTrip("""
                {"type": "wire", "routing_number": "021000021", "identifier": "000123456789",
                 "address": {"street_address": "1 Main St", "city": "New York", "postal_code": "10001",
                             "state": "NY", "country": "US"},
                 "wire_instructions": "FFC 42",
                 "counterparty_name": {"type": "individual", "first_name": "Jane", "last_name": "Doe"}}
                """, CreateCounterpartyRequest.class);
        assertThat(wire).isInstanceOf(CreateWireCounterpartyRequest.class);
        assertThat(((CreateWireCounterpartyRequest) wire).counterpartyName().lastName()).isEqualTo("Doe");

        assertThat(roundTrip("""
                {"type": "ach", "routing_number": "021000021", "identifier": "000123456789",
                 "account_type": "CHECKING", "counterparty_name": {"type": "business", "business_name": "ACME"}}
                """, CreateCounterpartyRequest.class)).isInstanceOf(CreateAchCounterpartyRequest.class);
        assertThat(roundTrip("""
                {"type": "on_us", "account_number": "jiko:acme-ops",
                 "counterparty_name": {"type": "business", "business_name": "ACME"}}
                """, CreateCounterpartyRequest.class)).isInstanceOf(CreateOnUsCounterpartyRequest.class);
        CreateCounterpartyRequest intl = roundTrip("""
                {"type": "international_wire", "identifier": "DE89370400440532013000", "identifier_type": "IBAN",
                 "bank_identifier": "COBADEFFXXX",
                 "address": {"street_address": "Unter den Linden 1", "city": "Berlin", "postal_code": "10117",
                             "state": "BE", "country": "DE"},
                 "counterparty_name": {"type": "business", "business_name": "Beispiel GmbH"}}
                """, CreateCounterpartyRequest.class);
        assertThat(intl).isInstanceOf(CreateInternationalWireCounterpartyRequest.class);
        assertThat(((CreateInternationalWireCounterpartyRequest) intl).identifierType()).isEqualTo("IBAN");

        CreateCounterpartyRequest crypto = roundTrip("""
                {"type": "crypto_wallet_address", "address": "0x1234", "chain": "ETH"}
                """, CreateCounterpartyRequest.class);
        assertThat(crypto).isInstanceOf(GenericCreateCounterpartyRequest.class);
        assertThat(((GenericCreateCounterpartyRequest) crypto).otherFields())
                .containsEntry("address", "0x1234").containsEntry("chain", "ETH");
    }

    // --- trading strategies, wires ------------------------------------------------------------------

    @Test
    void tradingStrategiesAndWires() throws Exception {
        TradingStrategyList list = roundTrip("""
                {"offset": 0, "count": 2, "items": [
                  {"id": "UST-4W", "description": "4-week T-bills", "yield_to_maturity": "4.3125",
                   "discount_yield": "4.2500", "applicable_to": ["DEPOSIT", "REINVESTMENT"]},
                  {"id": "UST-13W", "description": "13-week T-bills", "yield_to_maturity": "4.20",
                   "discount_yield": "4.10", "applicable_to": ["DEPOSIT"], "minimum_amount": 100}]}
                """, TradingStrategyList.class);
        assertThat(list.items()).extracting(TradingStrategy::id).containsExactly("UST-4W", "UST-13W");
        assertThat(list.items().get(0).yieldToMaturity()).isEqualTo("4.3125");
        assertThat(list.items().get(1).otherFields()).containsEntry("minimum_amount", 100);

        Wire w = roundTrip("""
                {"id": "w-1", "pocket_id": "p-1", "direction": "INCOMING", "status": "COMPLETED",
                 "amount": {"value": 100000000, "currency": "USD", "formatted": "$1,000,000.00"},
                 "counterparty_id": "cp-1", "created_at": "2026-06-10T15:00:00Z", "imad": "20260610MMQFMP0A000001"}
                """, Wire.class);
        assertThat(w.amount().value()).isEqualTo(100_000_000L);
        assertThat(w.otherFields()).containsEntry("imad", "20260610MMQFMP0A000001");
    }

    // --- conventions --------------------------------------------------------------------------------

    @Test
    void noRecordComponentIsFloatingPoint() throws Exception {
        List<Class<?>> records = modelRecords();
        assertThat(records).as("records found in the model package")
                .contains(Money.class, Trade.class, Pocket.class, OnUsTransfer.class, WebhookRetryPolicy.class)
                .hasSizeGreaterThan(50);
        List<String> offenders = new ArrayList<>();
        for (Class<?> r : records) {
            for (RecordComponent c : r.getRecordComponents()) {
                if (mentionsFloatingPoint(c.getGenericType())) {
                    offenders.add(r.getSimpleName() + "." + c.getName() + ": " + c.getGenericType().getTypeName());
                }
            }
        }
        assertThat(offenders).as("float/double components (money is integer cents, rates are text)").isEmpty();
    }

    @Test
    void everyRecordKeepsUnknownFields() throws Exception {
        for (Class<?> r : modelRecords()) {
            RecordComponent[] components = r.getRecordComponents();
            RecordComponent last = components[components.length - 1];
            assertThat(last.getName()).as(r.getSimpleName()).isEqualTo("otherFields");
            assertThat(last.getType()).as(r.getSimpleName()).isEqualTo(Map.class);
        }
    }

    private static final Set<Type> FLOATING = Set.of(float.class, double.class, Float.class, Double.class);

    private static boolean mentionsFloatingPoint(Type t) {
        if (FLOATING.contains(t)) {
            return true;
        }
        if (t instanceof Class<?> c && c.isArray()) {
            return mentionsFloatingPoint(c.getComponentType());
        }
        if (t instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) {
                if (mentionsFloatingPoint(a)) {
                    return true;
                }
            }
        }
        if (t instanceof GenericArrayType g) {
            return mentionsFloatingPoint(g.getGenericComponentType());
        }
        if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                if (mentionsFloatingPoint(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** All records of the model package, found where the main classes are (target/classes). */
    private static List<Class<?>> modelRecords() throws Exception {
        String pkg = Money.class.getPackageName();
        URL root = Money.class.getProtectionDomain().getCodeSource().getLocation();
        assertThat(root.getProtocol()).isEqualTo("file");
        File dir = new File(new File(root.toURI()), pkg.replace('.', File.separatorChar));
        File[] files = dir.listFiles((d, name) -> name.endsWith(".class"));
        assertThat(files).isNotNull();
        List<Class<?>> records = new ArrayList<>();
        for (File f : files) {
            Class<?> c = Class.forName(pkg + "." + f.getName().replace(".class", ""));
            if (c.isRecord()) {
                records.add(c);
            }
        }
        return records;
    }
}
