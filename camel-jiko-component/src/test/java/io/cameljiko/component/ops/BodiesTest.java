package io.cameljiko.component.ops;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cameljiko.component.JikoConstants;
import io.cameljiko.component.model.Team;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.JikoWireMock;
import io.cameljiko.component.support.WireMockCamelTest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies are checked before anything is sent; uploads and downloads stream. */
class BodiesTest extends WireMockCamelTest {


    private Throwable rejected(String uri, Object body) {
        Throwable failure;
        try {
            failure = camel.send(uri, body, Map.of()).getException();
        } catch (org.apache.camel.ResolveEndpointFailedException e) {
            failure = e.getCause(); // a bad option value on the URI fails when the endpoint is created
        }
        wm.server().verify(0, anyRequestedFor(anyUrl()));
        return failure;
    }

    @Test
    void createSubscriptionIsCheckedBeforeSending() {
        Map<String, Object> ok = Map.of("events", List.of("transfers.wire.in.success"), "url", "https://h.example/x",
                "shared_secret", "0123456789abcdef");
        assertThat(rejected("jiko:createSubscription", Map.of("url", "https://h.example/x", "shared_secret", "0123456789abcdef",
                "events", List.of()))).hasMessage("Body field events of operation createSubscription must be a non-empty list");
        assertThat(rejected("jiko:createSubscription", Map.of("events", List.of("a"), "shared_secret", "0123456789abcdef")))
                .hasMessage("Body field url of operation createSubscription is required");
        assertThat(rejected("jiko:createSubscription", Map.of("events", List.of("a"), "url", "ftp://h/x",
                "shared_secret", "0123456789abcdef"))).hasMessageContaining("Body field url").hasMessageContaining("http(s) URL");
        Throwable shortSecret = rejected("jiko:createSubscription", Map.of("events", List.of("a"), "url", "https://h/x",
                "shared_secret", "too-short-pw"));
        assertThat(shortSecret).hasMessage("Body field shared_secret of operation createSubscription must be text of at least 16 characters")
                .hasMessageNotContaining("too-short-pw");
        // the control: the valid body does reach Jiko, once, as sent
        wm.server().stubFor(post(urlPathEqualTo("/api/v1/subscriptions/")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"s-1\",\"status\":\"enabled\"}")));
        Exchange accepted = camel.send("jiko:createSubscription", ok, Map.of());
        assertThat(accepted.getException()).isNull();
        wm.server().verify(1, postRequestedFor(urlPathEqualTo("/api/v1/subscriptions/"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
                        "{\"events\":[\"transfers.wire.in.success\"],\"url\":\"https://h.example/x\","
                        + "\"shared_secret\":\"0123456789abcdef\"}")));
    }

    @Test
    void wrongBodyTypesAreNamed() {
        assertThat(rejected("jiko:createSubscription", null))
                .hasMessage("Operation createSubscription needs a request body: a CreateSubscriptionRequest, a Map or JSON text");
        assertThat(rejected("jiko:createSubscription", 42)).hasMessageContaining("cannot send a body of type java.lang.Integer");
        assertThat(rejected("jiko:createSubscription", new Team("t", null, null, null, null)))
                .hasMessageContaining("cannot send a body of type io.cameljiko.component.model.Team")
                .hasMessageContaining("CreateSubscriptionRequest");
        assertThat(rejected("jiko:createPocket", "{not json")).hasMessageContaining("is not valid JSON");
        assertThat(rejected("jiko:createPocket", "[1,2]")).hasMessageContaining("must be a JSON object, not array");
        assertThat(rejected("jiko:uploadDocument?documentType=passport", null)).hasMessageContaining("needs the document as its body");
    }

    @Test
    void transferAmountsAreWholeCents() {
        String pocket = "11111111-1111-4111-8111-111111111111";
        assertThat(rejected("jiko:createTransferRequest", "{\"transfer\":{\"type\":\"WIRE\",\"origin_pocket_id\":\"" + pocket
                                                          + "\",\"amount\":{\"type\":\"REQUESTED_AMOUNT\",\"amount_usdc\":101.23}}}"))
                .hasMessageContaining("transfer.amount.amount_usdc").hasMessageContaining("integer cents");
        assertThat(rejected("jiko:createTransferRequest", "{\"transfer\":{\"type\":\"WIRE\",\"origin_pocket_id\":\"nope\","
                                                          + "\"amount\":{\"amount_usdc\":100}}}"))
                .hasMessageContaining("transfer.origin_pocket_id").hasMessageContaining("must be a UUID");
        assertThat(rejected("jiko:createTransferRequest", "{\"reviewers\":[]}"))
                .hasMessage("Body field transfer of operation createTransferRequest is required");
    }

    @Test
    void enumsConditionsAndListsAreCheckedBeforeSending() {
        String pocket = "11111111-1111-4111-8111-111111111111";
        assertThat(rejected("jiko:listTransactions?direction=SIDEWAYS", null))
                .hasMessageContaining("Option direction").hasMessageContaining("one of DEBIT, CREDIT");
        assertThat(rejected("jiko:listTransactions?pocket=" + pocket + ",not-a-uuid", null))
                .hasMessageContaining("Option pocket").hasMessageContaining("'not-a-uuid' is not a UUID");
        assertThat(rejected("jiko:listNotifications?limit=500", null)).hasMessageContaining("out of range 1..100");
        assertThat(rejected("jiko:getPocketEarnings?pocketId=" + pocket + "&period=range&dateFrom=2026-01-01", null))
                .hasMessage("Operation getPocketEarnings with period=range needs option dateTo (or header CamelJikoDateTo)");
        assertThat(rejected("jiko:listTrades?bookDateFrom=01/02/2026", null)).hasMessageContaining("is not an ISO-8601 date");
        assertThat(rejected("jiko:updatePortal?pocketId=" + pocket + "&portalId=" + pocket, "{\"status\":\"OPEN\"}"))
                .hasMessageContaining("must be one of CLOSED");
    }

    @Test
    void multiValuedHeadersAcceptCollections() {
        wm.server().stubFor(get(urlPathEqualTo("/api/v2/transactions/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[],\"next_page\":null}")));
        String a = "11111111-1111-4111-8111-111111111111";
        String b = "22222222-2222-4222-8222-222222222222";
        Exchange ex = camel.send("jiko:listTransactions?pocket=" + a, null, Map.of(JikoConstants.POCKET, List.of(a, b)));
        assertThat(ex.getException()).isNull();
        wm.server().verify(getRequestedFor(urlPathEqualTo("/api/v2/transactions/"))
                .withQueryParam("pocket[]", equalTo(a)).withQueryParam("pocket[]", equalTo(b)));
    }

    @Test
    void uploadsStreamWithContentTypeAndLength(@TempDir Path dir) throws Exception {
        wm.server().stubFor(post(urlPathEqualTo("/api/v1/documents/articles_of_incorporation/")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"document_id\":\"d-1\"}")));
        byte[] pdf = ("%PDF-1.7\n" + "x".repeat(200_000)).getBytes();
        Path file = dir.resolve("articles.pdf");
        Files.write(file, pdf);

        Exchange fromFile = camel.send("jiko:uploadDocument?documentType=articles_of_incorporation&outputType=map",
                file.toFile(), Map.of());
        Exchange fromStream = camel.send("jiko:uploadDocument?documentType=articles_of_incorporation&outputType=map",
                new ByteArrayInputStream(pdf), Map.of(Exchange.CONTENT_TYPE, "application/pdf", Exchange.CONTENT_LENGTH, (long) pdf.length));

        assertThat(fromFile.getException()).isNull();
        assertThat(fromStream.getException()).isNull();
        wm.server().verify(2, postRequestedFor(urlPathEqualTo("/api/v1/documents/articles_of_incorporation/"))
                .withHeader("Content-Type", equalTo("application/pdf"))
                .withHeader("Content-Length", equalTo(String.valueOf(pdf.length)))
                .withRequestBody(binaryEqualTo(pdf)));
    }

    @Test
    void downloadsFromAnotherHostGetNoToken() throws Exception {
        try (JikoWireMock files = new JikoWireMock()) {
            files.server().stubFor(get(urlPathEqualTo("/s/1.pdf")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/pdf").withBody("%PDF-1.4")));
            String foreign = "http://localhost:" + files.server().port() + "/s/1.pdf"; // other host name than 127.0.0.1
            Exchange ex = camel.send("jiko:download", null, Map.of(JikoConstants.URL, foreign));
            assertThat(ex.getException()).isNull();
            assertThat(new String(ex.getMessage().getBody(java.io.InputStream.class).readAllBytes())).isEqualTo("%PDF-1.4");
            files.server().verify(1, getRequestedFor(urlPathEqualTo("/s/1.pdf")).withHeader("Authorization", absent()));
        }
        assertThat(rejected("jiko:download?url=file:/etc/passwd", null)).hasMessageContaining("must be an http(s) URL");
    }
}
