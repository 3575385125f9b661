package io.cameljiko.component.openapi;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.cameljiko.component.catalog.Evidence;
import io.cameljiko.component.openapi.CheckReport.Result;
import io.cameljiko.component.openapi.CheckReport.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogCheckTest {

    @TempDir
    Path dir;

    static CheckReport check(String location) {
        return CatalogCheck.check(OpenApiSpecs.load(location, CatalogCheckTest.class.getClassLoader()));
    }

    @Test
    void theFixtureConfirmsEveryDocumentedOperation() {
        CheckReport report = check(Fixtures.FIXTURE);
        List<Result> documented = report.results().stream()
                .filter(r -> r.operation().evidence() == Evidence.DOCUMENTED).toList();
        assertThat(documented).hasSizeGreaterThan(20);
        assertThat(documented).allSatisfy(r -> assertThat(r.mismatches()).as(r.operation().name()).isEmpty());
        assertThat(documented).allSatisfy(r -> assertThat(r.status()).as(r.operation().name()).isEqualTo(Status.MATCHES));
        assertThat(report.description().specVersion()).isEqualTo("3.1.0");
    }

    @Test
    void anInferredOperationInTheFileIsConfirmedAndOnesNotInItAreMissing() {
        CheckReport report = check(Fixtures.FIXTURE);
        assertThat(report.result("getSubscription").orElseThrow().confirmsInferred()).isTrue();
        assertThat(report.result("deleteSubscription").orElseThrow().status()).isEqualTo(Status.MISSING);
        // the card[] and portal[] filter names are our inference; the fixture, like Jiko's pages we saw, lacks them
        assertThat(report.result("listTransactions").orElseThrow().mismatches()).containsExactly(
                "query parameter card[] (option card) is not in the description",
                "query parameter portal[] (option portal) is not in the description");
        assertThat(report.onlyInFile()).extracting(ApiDescription.ApiOperation::operationId).containsExactlyInAnyOrder(
                "list_business_applications_api_v2_business_applications__get",
                "create_business_application_api_v2_business_applications__post",
                "get_business_application_api_v2_business_applications__application_id___get");
        assertThat(report.summary()).contains("only in the file").contains("3 only in the file");
    }

    @Test
    void aChangedPathIsReportedThroughTheOperationId() {
        Result r = check(Fixtures.variant(dir, Fixtures.CHANGED_PATH).toString()).result("getPocketEarnings").orElseThrow();
        assertThat(r.status()).isEqualTo(Status.DIFFERS);
        assertThat(r.mismatches()).containsExactly("the description has "
                                                   + "get_single_pocket_earnings_api_v2_pockets__pocket_id__earnings__get at GET "
                                                   + "/api/v2/pockets/{pocket_id}/earnings-summary/, the catalog calls GET "
                                                   + "/api/v2/pockets/{pocket_id}/earnings/");
    }

    @Test
    void aRenamedQueryParameterIsReportedBothWays() {
        Result r = check("file:" + Fixtures.variant(dir, Fixtures.RENAMED_QUERY_PARAM)).result("listTransactions").orElseThrow();
        assertThat(r.mismatches()).contains(
                "query parameter time_booked_from (option timeBookedFrom) is not in the description",
                "the description has query parameter booked_from that the catalog lacks");
    }

    @Test
    void aNewRequiredBodyFieldIsReported() {
        Result r = check(Fixtures.variant(dir, Fixtures.NEW_REQUIRED_FIELD).toString()).result("createPocket").orElseThrow();
        assertThat(r.mismatches()).containsExactly(
                "the description requires body field deposit_strategy_id, the catalog does not check it");
    }

    @Test
    void modelFieldsTheAnswerLacksAreMismatchesAndNewAnswerFieldsNotes() {
        Path file = Fixtures.variant(dir, new String[] { "        phone_number: {type: string}\n        account_status:",
                                                         "        mobile: {type: string}\n        account_status:" });
        Result r = check(file.toString()).result("getCustomer").orElseThrow();
        assertThat(r.mismatches()).containsExactly(
                "model Customer reads field phone_number, the description's answer has no such field");
        assertThat(r.notes()).containsExactly(
                "the description's answer has field mobile that model Customer does not name (kept in otherFields)");
    }

    @Test
    void openApi30InJsonIsReadToo() {
        String json = """
                {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
                 "paths": {"/api/v1/team/{member_id}/": {"get": {"operationId": "get_team_member",
                   "parameters": [{"name": "member_id", "in": "path", "required": true,
                                   "schema": {"type": "string", "format": "uuid"}}],
                   "responses": {"200": {"description": "OK", "content": {"application/json":
                       {"schema": {"$ref": "#/components/schemas/M"}}}}}}}},
                 "components": {"schemas": {"M": {"type": "object", "properties": {
                   "member_id": {"type": "string"}, "email": {"type": "string"}, "first_name": {"type": "string"},
                   "last_name": {"type": "string"}, "role": {"type": "string"}, "status": {"type": "string"},
                   "added_date": {"type": "string", "nullable": true}, "last_login": {"type": "string"},
                   "deactivated_date": {"type": "string"}, "team_id": {"type": "string"}, "partner_id": {"type": "string"},
                   "user_id": {"type": "string"}, "phone_number": {"type": "string"}}}}}}
                """;
        CheckReport report = check(Fixtures.write(dir, "spec.json", json).toString());
        assertThat(report.description().specVersion()).isEqualTo("3.0.3");
        assertThat(report.result("getTeamMember").orElseThrow().status()).isEqualTo(Status.MATCHES);
        assertThat(report.result("getTeam").orElseThrow().status()).isEqualTo(Status.MISSING);
    }

    @Test
    void theCommandPrintsAReport() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OpenApiCheck.print(check(Fixtures.variant(dir, Fixtures.CHANGED_PATH).toString()),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("catalog: ").contains("CONFIRMED getSubscription")
                .containsPattern("DIFFERS +getPocketEarnings +GET +/api/v2/pockets/\\{pocket_id}/earnings/")
                .contains("- the description has get_single_pocket_earnings")
                .containsPattern("MISSING +listStatements")
                .containsPattern("GET +/api/v2/business-applications/ +list_business_applications");
    }

    @Test
    void unreadableOrMalformedFilesAreClearErrorsNamingTheOption() {
        assertThatThrownBy(() -> check(dir.resolve("nope.yaml").toString()))
                .hasMessageStartingWith("Option openApiSpec: cannot read " + dir.resolve("nope.yaml"));
        assertThatThrownBy(() -> check("classpath:openapi/nope.yaml"))
                .hasMessage("Option openApiSpec: classpath:openapi/nope.yaml is not on the classpath");
        assertThatThrownBy(() -> check(Fixtures.write(dir, "bad.yaml", "openapi: [unclosed\n  : :").toString()))
                .hasMessageStartingWith("Option openApiSpec: " + dir.resolve("bad.yaml") + " is not an OpenAPI 3.0 or 3.1");
        assertThatThrownBy(() -> check(Fixtures.write(dir, "swagger2.yaml", "swagger: '2.0'\ninfo: {title: t}\n").toString()))
                .hasMessageContaining("openApiSpec").hasMessageContaining("is not an OpenAPI 3.0 or 3.1 description");
        assertThatThrownBy(() -> check("https://docs.example/reference.yaml"))
                .hasMessageContaining("Option openApiSpec: https://docs.example/reference.yaml is neither file:, classpath:");
    }

    @Test
    void aComponentReadsAndChecksEachLocationOnce() {
        OpenApiSpecs specs = new OpenApiSpecs();
        OpenApiSpecs.Spec first = specs.get(Fixtures.FIXTURE, getClass().getClassLoader());
        assertThat(specs.get(" " + Fixtures.FIXTURE, getClass().getClassLoader())).isSameAs(first);
        assertThat(new OpenApiSpecs().get(Fixtures.FIXTURE, getClass().getClassLoader())).isNotSameAs(first);
    }

    @Test
    void aMissingParserNamesTheDependencyToAdd() {
        assertThatThrownBy(() -> OpenApiSpecs.requireLibrary("no.such.Parser", getClass().getClassLoader()))
                .hasMessage("Option openApiSpec needs the OpenAPI parser on the classpath: add the dependency "
                            + "io.swagger.parser.v3:swagger-parser-v3 (2.1.37, the version Camel 4.18.0 uses) next to "
                            + "camel-jiko-component");
    }
}
