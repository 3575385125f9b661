package io.cameljiko.component.client;

import java.util.Map;

import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.catalog.RateLimitGroups;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The group table in the catalog: every operation has a group, the same as the simulator's routes. */
class RateLimitGroupsTest {

    static String group(String method, String path) {
        return RateLimitGroups.resolve(method, path).group().name();
    }

    static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", "8a0c5f0e-0000-4000-8000-000000000001");
    }

    @Test
    void everyCatalogOperationFallsIntoADocumentedGroup() {
        for (Operation op : OperationCatalog.all()) {
            if (op.pathTemplate() == null || op.pathTemplate().startsWith("{")) {
                continue; // request and download: any path
            }
            assertThat(group(op.method(), concrete(op.pathTemplate()))).as(op.name()).isNotEqualTo("Other");
        }
    }

    @Test
    void aRememberedRuleIsTheSameAsASearchedOneWhateverTheMethodAndHowManyPathsCameBefore() {
        assertThat(group("POST", "/api/v1/transfer-requests/")).isEqualTo("Transfer Requests (create)");
        assertThat(group("GET", "/api/v1/transfer-requests/")).as("same path, other method").isEqualTo("Transfer Requests (read)");
        assertThat(group("POST", "/api/v1/transfer-requests/")).as("again, remembered").isEqualTo("Transfer Requests (create)");
        // more distinct paths (ids) than are kept: each still gets its own rule
        for (int i = 0; i < 3 * 1024; i++) {
            assertThat(group("GET", "/api/v2/pockets/p-" + i + "/portals/")).isEqualTo("Portals");
            assertThat(group("GET", "/api/v2/pockets/p-" + i + "/")).isEqualTo("Pockets");
        }
        assertThat(group(null, null)).isEqualTo("Other");
    }

    @Test
    void theGroupsOfTheSimulatorsRoutes() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("POST /api/v1/transfer-requests/", "Transfer Requests (create)"),
                Map.entry("POST /api/v1/transfer-requests/x/approve/", "Transfer Requests (create)"),
                Map.entry("POST /api/v1/transfer-requests/x/cancel/", "Transfer Requests (create)"),
                Map.entry("GET /api/v1/transfer-requests/", "Transfer Requests (read)"),
                Map.entry("GET /api/v1/transfer-requests/x/", "Transfer Requests (read)"),
                Map.entry("GET /api/v1/wires/x/", "Transfer Requests (read)"),
                Map.entry("GET /api/v1/events/", "Subscriptions"),
                Map.entry("GET /api/v1/statements/", "Reports"),
                Map.entry("GET /api/v1/team/audit-logs.csv", "Team"),
                Map.entry("GET /api/v2/pockets/x/portals/", "Portals"),
                Map.entry("PATCH /api/v2/pockets/x/portals/y/", "Portals"),
                Map.entry("GET /api/v2/pockets/x/earnings/", "Pockets"),
                Map.entry("POST /api/v1/documents/passport/", "Customer"),
                Map.entry("GET /api/v2/transactions/", "Transactions"),
                Map.entry("POST /api/oauth2/token", "Authentication"),
                Map.entry("GET /api/v2/business-applications/", "Other"));
        expected.forEach((request, group) -> {
            String[] parts = request.split(" ");
            assertThat(group(parts[0], parts[1])).as(request).isEqualTo(group);
        });
        // a base URL with a path prefix (a proxy) keeps the group
        assertThat(group("GET", "/jiko/api/v2/transactions/")).isEqualTo("Transactions");
    }

    @Test
    void moneyMovementAndTheCreationBurst() {
        assertThat(RateLimitGroups.resolve("POST", "/api/v1/transfer-requests/").moneyMovement()).isTrue();
        assertThat(RateLimitGroups.resolve("POST", "/api/v1/transfer-requests/").burstPerSecond()).isEqualTo(1);
        assertThat(RateLimitGroups.resolve("POST", "/api/v1/transfer-requests/x/approve/").moneyMovement()).isTrue();
        assertThat(RateLimitGroups.resolve("GET", "/api/v1/transfer-requests/").moneyMovement()).isFalse();
    }
}
