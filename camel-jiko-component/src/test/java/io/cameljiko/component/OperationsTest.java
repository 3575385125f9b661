package io.cameljiko.component;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.cameljiko.component.model.Agreement;
import io.cameljiko.component.model.Customer;
import io.cameljiko.component.model.Team;
import io.cameljiko.component.model.TeamMember;
import io.cameljiko.component.model.UserMemberships;
import io.cameljiko.component.support.Camel;
import io.cameljiko.component.support.WireMockCamelTest;
import io.cameljiko.component.support.JikoWireMock;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class OperationsTest extends WireMockCamelTest {

    static final String MEMBER = "3f1c2a9e-5b7d-4c1a-9e2f-0a1b2c3d4e5f";

    private void stubJson(String path, String json) {
        wm.server().stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-RateLimit-Remaining", "299").withHeader("X-RateLimit-Reset", "1790000000")
                .withBody(json)));
    }

    private void verifyAuthorizedGet(String url) {
        wm.server().verify(1, getRequestedFor(urlEqualTo(url))
                .withHeader("Authorization", equalTo("Bearer " + JikoWireMock.TOKEN))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void getTeamMapsTheTeamResponse() {
        stubJson("/api/v1/team/", """
                {"team_id":"t-1","members_by_status":[{"name":"ACTIVE","total":1,"members":[
                  {"member_id":"%s","email":"ada@example.com","first_name":"Ada","role":"ADMINISTRATOR",
                   "status":"ACTIVE","added_date":"2026-01-30T16:09:35.775108Z"}]}],
                 "allowed_authentication_methods":[{"id":"m1","type":"SSO","sso_provider_id":"okta"}],
                 "service_users":[],"brand_new_field":{"x":1}}""".formatted(MEMBER));

        Exchange ex = camel.send("jiko:getTeam");

        assertThat(ex.getException()).isNull();
        Team team = ex.getMessage().getBody(Team.class);
        assertThat(team.teamId()).isEqualTo("t-1");
        assertThat(team.membersByStatus().get(0).members().get(0).firstName()).isEqualTo("Ada");
        assertThat(team.membersByStatus().get(0).members().get(0).addedDate()).hasToString("2026-01-30T16:09:35.775108Z");
        assertThat(team.allowedAuthenticationMethods().get(0).ssoProviderId()).isEqualTo("okta");
        assertThat(team.otherFields()).containsEntry("brand_new_field", Map.of("x", 1));
        assertThat(ex.getMessage().getHeader(JikoConstants.STATUS_CODE)).isEqualTo(200);
        assertThat(ex.getMessage().getHeader(JikoConstants.RATE_LIMIT_REMAINING)).isEqualTo(299L);
        assertThat(ex.getMessage().getHeader(JikoConstants.RATE_LIMIT_RESET)).isEqualTo(1790000000L);
        verifyAuthorizedGet("/api/v1/team/");
    }

    @Test
    void getTeamMemberTakesTheIdFromOptionOrHeader() {
        stubJson("/api/v1/team/" + MEMBER + "/", """
                {"member_id":"%s","email":"ada@example.com","role":"MAKER","status":"ACTIVE","team_id":"t-1"}""".formatted(MEMBER));
        String other = "00000000-0000-4000-8000-000000000001";
        stubJson("/api/v1/team/" + other + "/", "{\"member_id\":\"" + other + "\",\"role\":\"VIEWER\"}");

        TeamMember byOption = camel.send("jiko:getTeamMember?memberId=" + MEMBER).getMessage().getBody(TeamMember.class);
        Exchange byHeader = camel.send("jiko:getTeamMember?memberId=" + MEMBER, null, Map.of(JikoConstants.MEMBER_ID, other));

        assertThat(byOption.role()).isEqualTo("MAKER");
        assertThat(byOption.email()).isEqualTo("ada@example.com");
        assertThat(byHeader.getMessage().getBody(TeamMember.class).role()).isEqualTo("VIEWER");
        verifyAuthorizedGet("/api/v1/team/" + MEMBER + "/");
        verifyAuthorizedGet("/api/v1/team/" + other + "/");
    }

    @Test
    void exportTeamAuditLogsStreamsTheCsvWithItsQuery() throws Exception {
        String csv = "id,timestamp,actor,event_name\n1,2026-01-01T00:00:00Z,ada,LOGIN\n";
        wm.server().stubFor(get(urlPathEqualTo("/api/v1/team/audit-logs.csv"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv").withBody(csv)));

        Exchange ex = camel.send("jiko:exportTeamAuditLogs?memberId=" + MEMBER
                                 + "&timestampFrom=2026-01-01T00:00:00Z", null,
                Map.of(JikoConstants.TIMESTAMP_TO, java.time.Instant.parse("2026-02-01T00:00:00Z")));

        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody()).isInstanceOf(InputStream.class);
        try (InputStream in = ex.getMessage().getBody(InputStream.class)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(csv);
        }
        assertThat(ex.getMessage().getHeader(JikoConstants.CONTENT_TYPE)).isEqualTo("text/csv");
        verifyAuthorizedGet("/api/v1/team/audit-logs.csv?member_id=" + MEMBER
                            + "&timestamp_from=2026-01-01T00%3A00%3A00Z&timestamp_to=2026-02-01T00%3A00%3A00Z");
    }

    @Test
    void exportTeamAuditLogsGivesPagesWhenJikoAnswersJson() {
        stubJson("/api/v1/team/audit-logs.csv", """
                {"items":[{"id":"a1","actor":"ada","event_name":"LOGIN","timestamp":"2026-01-02T00:00:00Z"}],
                 "next_page":"c2","prev_page":null}""");
        Exchange ex = camel.send("jiko:exportTeamAuditLogs");
        assertThat(ex.getException()).isNull();
        @SuppressWarnings("unchecked")
        io.cameljiko.component.model.CursorPage<io.cameljiko.component.model.AuditLogEntry> page =
                ex.getMessage().getBody(io.cameljiko.component.model.CursorPage.class);
        assertThat(page.items().get(0).eventName()).isEqualTo("LOGIN");
        assertThat(ex.getMessage().getHeader(JikoConstants.NEXT_PAGE)).isEqualTo("c2");
    }

    @Test
    void getCustomerListAgreementsAndUserMemberships() {
        stubJson("/api/v1/customer/", """
                {"address":{"street_address":"1 Main St","street_address2":"Suite 2","city":"Oakland","postal_code":"94607",
                 "state":"CA","country":"US"},"email":"ops@acme.test","account_status":"OPEN","type":"BUSINESS","name":"Acme",
                 "identification_number":{"identification_number":"12-3456789","issuing_country":"US","type":"TIN"}}""");
        stubJson("/api/v1/agreements/", """
                {"version":"3","release_date":"2026-01-20","documents":[{"pdf_download_url":"https://x/y.pdf",
                 "title":"Terms","type":"TERMS","category":"LEGAL"}]}""");
        stubJson("/api/v1/user/memberships/", """
                {"items":[{"team_id":"t-1","member_id":"%s","role":"ADMINISTRATOR","status":"ACTIVE"}],"object_type":"List"}"""
                .formatted(MEMBER));

        Customer customer = camel.send("jiko:getCustomer").getMessage().getBody(Customer.class);
        Agreement agreement = camel.send("jiko:listAgreements").getMessage().getBody(Agreement.class);
        UserMemberships memberships = camel.send("jiko:getUserMemberships").getMessage().getBody(UserMemberships.class);

        assertThat(customer.address().streetAddress2()).isEqualTo("Suite 2");
        assertThat(customer.identificationNumber().type()).isEqualTo("TIN");
        assertThat(agreement.documents().get(0).pdfDownloadUrl()).isEqualTo("https://x/y.pdf");
        assertThat(memberships.items()).extracting(m -> m.role()).containsExactly("ADMINISTRATOR");
        verifyAuthorizedGet("/api/v1/customer/");
        verifyAuthorizedGet("/api/v1/agreements/");
        verifyAuthorizedGet("/api/v1/user/memberships/");
    }

    @Test
    void outputTypeJsonAndMapAndTheOperationHeader() {
        String json = "{\"team_id\":\"t-9\",\"members_by_status\":[]}";
        stubJson("/api/v1/team/", json);

        Exchange asJson = camel.send("jiko:getCustomer?outputType=json", null, Map.of(JikoConstants.OPERATION, "getTeam"));
        Exchange asMap = camel.send("jiko:getTeam?outputType=map");

        assertThat(asJson.getMessage().getBody()).isEqualTo(json);
        assertThat(asMap.getMessage().getBody(Map.class)).containsEntry("team_id", "t-9");
        wm.server().verify(0, getRequestedFor(urlPathEqualTo("/api/v1/customer/")));
    }

    @Test
    void modelsWriteBackJikosOwnShape() throws Exception {
        String json = "{\"member_id\":\"m\",\"first_name\":\"Ada\",\"added_date\":\"2026-01-30T16:09:35.775108Z\",\"x_new\":[1,2]}";
        TeamMember member = io.cameljiko.component.json.JikoJson.MAPPER.readValue(json, TeamMember.class);
        assertThat(io.cameljiko.component.json.JikoJson.MAPPER.readTree(
                io.cameljiko.component.json.JikoJson.MAPPER.writeValueAsString(member)))
                .isEqualTo(io.cameljiko.component.json.JikoJson.MAPPER.readTree(json));
    }

    @Test
    void requestOperationSendsAnyMethodAndPathThroughTheSamePipeline() {
        wm.server().stubFor(post(urlEqualTo("/api/v2/business-applications/?draft=true")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"ba-1\",\"status\":\"DRAFT\"}")));

        Exchange ex = camel.send("jiko:request?method=POST", Map.of("legal_name", "Acme"),
                Map.of(JikoConstants.PATH, "/api/v2/business-applications/?draft=true",
                        "Authorization", "Bearer leaked-from-upstream", "CamelFoo", "bar", "X-Custom", "no"));

        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody(Map.class)).containsEntry("id", "ba-1");
        assertThat(ex.getMessage().getHeader(JikoConstants.STATUS_CODE)).isEqualTo(201);
        // exchange headers never cross the boundary: only the component's own token and headers go out
        wm.server().verify(1, postRequestedFor(urlEqualTo("/api/v2/business-applications/?draft=true"))
                .withHeader("Authorization", equalTo("Bearer " + JikoWireMock.TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("CamelFoo", absent()).withHeader("X-Custom", absent())
                .withRequestBody(equalToJson("{\"legal_name\":\"Acme\"}")));
    }

    @Test
    void requestOperationGetReturnsParsedJson() {
        stubJson("/api/v2/documents/", "[{\"id\":\"d1\"}]");
        Exchange ex = camel.send("jiko:request?method=GET&path=/api/v2/documents/");
        assertThat(ex.getMessage().getBody(List.class)).hasSize(1);
        verifyAuthorizedGet("/api/v2/documents/");
    }
}
