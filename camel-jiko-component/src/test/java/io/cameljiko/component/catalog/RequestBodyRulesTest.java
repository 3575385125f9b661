package io.cameljiko.component.catalog;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cameljiko.component.json.JikoJson;
import io.cameljiko.component.json.JsonPaths;
import io.cameljiko.component.model.CreatePocketRequest;
import io.cameljiko.component.model.CreateSubscriptionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Body rules at their edges, what a body may be, and how raw bodies are sent. */
class RequestBodyRulesTest {

    static final String SECRET_16 = "0123456789abcdef";
    static final Operation SUBSCRIBE = OperationCatalog.require("createSubscription");
    static final Operation UPLOAD = OperationCatalog.require("uploadDocument");

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JikoJson.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static ObjectNode subscription(String url, String secret) {
        ObjectNode body = json("{\"events\":[\"transfers.wire.out.success\"]}");
        body.put("url", url);
        body.put("shared_secret", secret);
        return body;
    }

    static Throwable refused(Operation op, ObjectNode body) {
        Throwable t = catchThrowable(() -> RequestBodies.validate(op, body));
        assertThat(t).as("%s", body).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(op.name());
        return t;
    }

    static void accepted(Operation op, ObjectNode body) {
        RequestBodies.validate(op, body);
    }

    @Test
    void aSharedSecretNeedsSixteenCharactersAndIsNeverShown() {
        accepted(SUBSCRIBE, subscription("https://example.org/hook", SECRET_16));
        Throwable t = refused(SUBSCRIBE, subscription("https://example.org/hook", "fifteen-chars-x"));
        assertThat(t).hasMessageContaining("shared_secret").hasMessageContaining("at least 16")
                .message().doesNotContain("fifteen-chars-x");
        ObjectNode numeric = subscription("https://example.org/hook", SECRET_16);
        numeric.put("shared_secret", 1234567890123456789L);
        assertThat(refused(SUBSCRIBE, numeric)).hasMessageContaining("shared_secret");
        assertThat(refused(SUBSCRIBE, subscription("https://example.org/hook", "   "))).hasMessageContaining("is required");
    }

    @Test
    void aUrlIsAnAbsoluteHttpUrlOfAtMost2083Characters() {
        String base = "https://example.org/";
        String longest = base + "a".repeat(2083 - base.length());
        accepted(SUBSCRIBE, subscription(longest, SECRET_16));
        accepted(SUBSCRIBE, subscription("http://127.0.0.1:8080/hook", SECRET_16));
        assertThat(refused(SUBSCRIBE, subscription(longest + "a", SECRET_16))).hasMessageContaining("Body field url")
                .hasMessageContaining("2083");
        refused(SUBSCRIBE, subscription("ftp://example.org/hook", SECRET_16));
        refused(SUBSCRIBE, subscription("https:///no-host", SECRET_16));
        refused(SUBSCRIBE, subscription("not a url at all", SECRET_16));
        ObjectNode notText = subscription("x", SECRET_16);
        notText.putObject("url").put("href", "https://example.org/hook");
        refused(SUBSCRIBE, notText);
    }

    @Test
    void eventsAreANonEmptyList() {
        ObjectNode empty = subscription("https://example.org/hook", SECRET_16);
        empty.putArray("events");
        assertThat(refused(SUBSCRIBE, empty)).hasMessageContaining("Body field events").hasMessageContaining("non-empty list");
        ObjectNode text = subscription("https://example.org/hook", SECRET_16);
        text.put("events", "transfers.wire.out.success");
        refused(SUBSCRIBE, text);
    }

    @Test
    void oneOfIsExactAndNamesTheAllowedValues() {
        Operation report = OperationCatalog.require("createReportRequest");
        accepted(report, json("{\"report_type\":\"TRADE_REPORT\"}"));
        assertThat(refused(report, json("{\"report_type\":\"trade_report\"}")))
                .hasMessageContaining("must be one of BANK_STATEMENT_REPORT, BROKERAGE_STATEMENT_REPORT, TRADE_REPORT")
                .hasMessageContaining("got 'trade_report'");
    }

    @Test
    void amountsAreWholePositiveCentsAndIdsAreUuids() {
        Operation transfer = OperationCatalog.require("createTransferRequest");
        String ok = "{\"transfer\":{\"type\":\"WIRE\",\"origin_pocket_id\":\"11111111-1111-4111-8111-111111111111\","
                    + "\"amount\":{\"amount_usdc\":%s}%s}}";
        accepted(transfer, json(ok.formatted("1", "")));
        accepted(transfer, json(ok.formatted("1", ",\"id\":\"22222222-2222-4222-8222-222222222222\"")));
        assertThat(refused(transfer, json(ok.formatted("0", "")))).hasMessageContaining("got 0");
        refused(transfer, json(ok.formatted("\"100\"", "")));
        refused(transfer, json(ok.formatted("1.0", "")));
        assertThat(refused(transfer, json(ok.formatted("1", ",\"id\":\"" + "z".repeat(70) + "\""))))
                .hasMessageContaining("transfer.id").hasMessageContaining("z".repeat(60) + "…");
        refused(transfer, json(ok.formatted("1", ",\"id\":42")));
    }

    @Test
    void aBodyIsAModelOfTheOperationAMapOrJson() throws Exception {
        String text = "{\"events\":[\"a\"],\"url\":\"https://example.org\",\"shared_secret\":\"" + SECRET_16 + "\"}";
        ObjectNode expected = json(text);
        assertThat(RequestBodies.toJsonObject(SUBSCRIBE, text)).isEqualTo(expected);
        assertThat(RequestBodies.toJsonObject(SUBSCRIBE, text.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
        assertThat(RequestBodies.toJsonObject(SUBSCRIBE, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(expected);
        assertThat(RequestBodies.toJsonObject(SUBSCRIBE, expected)).isEqualTo(expected);
        assertThat(RequestBodies.toJsonObject(SUBSCRIBE, Map.of("url", "https://example.org")).get("url").asText())
                .isEqualTo("https://example.org");
        CreateSubscriptionRequest model = new CreateSubscriptionRequest(null, List.of("a"), "https://example.org", null,
                SECRET_16, null);
        assertThat(RequestBodies.toJsonObject(SUBSCRIBE, model)).isEqualTo(expected);

        assertThat(catchThrowable(() -> RequestBodies.toJsonObject(SUBSCRIBE, null)))
                .hasMessageContaining("createSubscription needs a request body").hasMessageContaining("CreateSubscriptionRequest");
        assertThat(catchThrowable(() -> RequestBodies.toJsonObject(SUBSCRIBE, new CreatePocketRequest("p", null, null))))
                .hasMessageContaining("cannot send a body of type " + CreatePocketRequest.class.getName());
        assertThat(catchThrowable(() -> RequestBodies.toJsonObject(SUBSCRIBE, 42))).hasMessageContaining("java.lang.Integer");
        assertThat(catchThrowable(() -> RequestBodies.toJsonObject(SUBSCRIBE, "{\"url\":"))).hasMessageContaining("not valid JSON");
        assertThat(catchThrowable(() -> RequestBodies.toJsonObject(SUBSCRIBE, "[1]"))).hasMessageContaining("not array");
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("gone");
            }
        };
        assertThat(catchThrowable(() -> RequestBodies.toJsonObject(SUBSCRIBE, broken))).hasMessageContaining("could not be read");
    }

    @Test
    void rawBodiesKeepTheirTypeAndSayWhetherTheyCanBeSentTwice(@TempDir Path dir) throws Exception {
        RequestBodies.Raw bytes = RequestBodies.raw(UPLOAD, new byte[] {1, 2, 3}, null, null);
        assertThat(bytes.replayable()).isTrue();
        assertThat(bytes.contentType()).isEqualTo("application/octet-stream");
        assertThat(bytes.publisher().get().contentLength()).isEqualTo(3);

        RequestBodies.Raw text = RequestBodies.raw(UPLOAD, "héllo", null, null);
        assertThat(text.contentType()).isEqualTo("text/plain");
        assertThat(text.publisher().get().contentLength()).isEqualTo(6);
        assertThat(RequestBodies.raw(UPLOAD, "a,b", "text/csv", null).contentType()).isEqualTo("text/csv");

        Path pdf = Files.write(dir.resolve("passport.pdf"), new byte[] {9, 9, 9, 9});
        RequestBodies.Raw file = RequestBodies.raw(UPLOAD, pdf.toFile(), null, null);
        assertThat(file.replayable()).isTrue();
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.publisher().get().contentLength()).isEqualTo(4);
        assertThat(RequestBodies.raw(UPLOAD, pdf, "image/png", null).contentType()).isEqualTo("image/png");
        Path unknown = Files.write(dir.resolve("scan.unknownext"), new byte[] {1});
        assertThat(RequestBodies.raw(UPLOAD, unknown, null, null).contentType()).isEqualTo("application/octet-stream");

        RequestBodies.Raw sized = RequestBodies.raw(UPLOAD, new ByteArrayInputStream(new byte[5]), "image/jpeg", 5L);
        assertThat(sized.replayable()).isFalse();
        assertThat(sized.contentType()).isEqualTo("image/jpeg");
        assertThat(sized.publisher().get().contentLength()).isEqualTo(5);
        assertThat(RequestBodies.raw(UPLOAD, new ByteArrayInputStream(new byte[1]), null, 1L).publisher().get().contentLength())
                .isEqualTo(1);
        assertThat(RequestBodies.raw(UPLOAD, new ByteArrayInputStream(new byte[5]), null, null).publisher().get().contentLength())
                .isNegative();
    }

    @Test
    void rawBodiesThatCannotBeSentAreNamed(@TempDir Path dir) {
        assertThat(catchThrowable(() -> RequestBodies.raw(UPLOAD, null, null, null)))
                .hasMessageContaining("uploadDocument needs the document as its body");
        assertThat(catchThrowable(() -> RequestBodies.raw(UPLOAD, new byte[0], null, null))).hasMessageContaining("it is empty");
        // a stream announced as empty is refused before the call, like empty bytes
        assertThat(catchThrowable(() -> RequestBodies.raw(UPLOAD, new ByteArrayInputStream(new byte[0]), null, 0L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uploadDocument").hasMessageContaining("0");
        assertThat(catchThrowable(() -> RequestBodies.raw(UPLOAD, new File(dir.toFile(), "missing.pdf"), null, null)))
                .hasMessageContaining("cannot read file");
        assertThat(catchThrowable(() -> RequestBodies.raw(UPLOAD, List.of(1), null, null))).hasMessageContaining("java.util");
        assertThat(catchThrowable(() -> RequestBodies.raw(UPLOAD, Map.of(), null, null))).hasMessageContaining("java.util");
        assertThat(catchThrowable(() -> RequestBodies.raw(UPLOAD, 3.5, null, null))).hasMessageContaining("java.lang.Double");
    }

    @Test
    void theValueAtADottedPath() {
        ObjectNode body = json("{\"a\":{\"b\":{\"c\":7}},\"x\":[1]}");
        assertThat(JsonPaths.at(body, "a.b.c").asInt()).isEqualTo(7);
        assertThat(JsonPaths.at(body, "a.missing.c")).isNull();
        assertThat(JsonPaths.at(body, "x.y")).isNull();
        assertThat(JsonPaths.at(body, "a.b.c.d")).isNull();
    }

    @Test
    void eachRuleKindBuiltByItsFactoryChecksWhatItsNameSays() {
        Operation op = Operation.builder("custom", "POST", "/x").jsonBody(null, BodyRule.required("name"),
                BodyRule.nonEmptyArray("tags"), BodyRule.minLength("code", 3), BodyRule.url("link"), BodyRule.uuid("ref"),
                BodyRule.positiveInteger("cents"), BodyRule.oneOf("kind", "A", "B")).evidence(Evidence.INFERRED);
        accepted(op, json("{\"name\":\"n\",\"tags\":[1],\"code\":\"abc\",\"link\":\"https://x.org\","
                          + "\"ref\":\"11111111-1111-4111-8111-111111111111\",\"cents\":5,\"kind\":\"B\"}"));
        // a rule other than required applies only when its field is there
        accepted(op, json("{\"name\":\"n\",\"kind\":null}"));
        assertThat(refused(op, json("{}"))).hasMessage("Body field name of operation custom is required");
        Map<String, String> broken = Map.of("tags", "[]", "code", "\"ab\"", "link", "\"x\"", "ref", "\"r\"", "cents", "0",
                "kind", "\"C\"");
        broken.forEach((field, value) -> assertThat(refused(op, json("{\"name\":\"n\",\"" + field + "\":" + value + "}")))
                .hasMessageStartingWith("Body field " + field + " of operation custom "));
        assertThat(BodyRule.oneOf("kind", "A").allowed()).containsExactly("A");
        assertThat(BodyRule.required("name").allowed()).isEmpty();
        assertThat(BodyRule.minLength("code", 3).number()).isEqualTo(3);
    }

    @Test
    void aRejectedValueIsShownUpToSixtyCharacters() {
        Operation transfer = OperationCatalog.require("createTransferRequest");
        String sixty = "q".repeat(60);
        String body = "{\"transfer\":{\"type\":\"WIRE\",\"id\":\"" + sixty + "\",\"origin_pocket_id\":"
                      + "\"11111111-1111-4111-8111-111111111111\",\"amount\":{\"amount_usdc\":1}}}";
        assertThat(refused(transfer, json(body))).hasMessageContaining("got '" + sixty + "'");
    }
}
