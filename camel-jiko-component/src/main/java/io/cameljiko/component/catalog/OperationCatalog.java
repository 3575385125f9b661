package io.cameljiko.component.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.cameljiko.component.model.Agreement;
import io.cameljiko.component.model.Customer;
import io.cameljiko.component.model.Team;
import io.cameljiko.component.model.TeamMember;
import io.cameljiko.component.model.UserMemberships;

import static io.cameljiko.component.catalog.Evidence.DOCUMENTED;
import static io.cameljiko.component.catalog.Evidence.GENERIC;
import static io.cameljiko.component.catalog.Evidence.INFERRED;
import static io.cameljiko.component.catalog.ParamType.DATE_TIME;
import static io.cameljiko.component.catalog.ParamType.UUID;

/**
 * Every operation camel-jiko knows, as data. Method, path and evidence come from jiko-api.md;
 * docs/operations.md lists the same entries and a test keeps the two in step.
 */
public final class OperationCatalog {

    /** The escape hatch: any method and path through the same pipeline. */
    public static final String REQUEST = "request";

    private static final Map<String, Operation> OPERATIONS;

    static {
        Map<String, Operation> ops = new LinkedHashMap<>();
        add(ops, new Operation("getTeam", "GET", "/api/v1/team/", List.of(), Team.class, ResultKind.OBJECT, DOCUMENTED,
                "The team: members by status, allowed authentication methods, service users."));
        add(ops, new Operation("getTeamMember", "GET", "/api/v1/team/{member_id}/", List.of(Param.path("member_id", UUID)),
                TeamMember.class, ResultKind.OBJECT, DOCUMENTED, "One team member."));
        add(ops, new Operation("exportTeamAuditLogs", "GET", "/api/v1/team/audit-logs.csv",
                List.of(Param.query("member_id", UUID), Param.query("timestamp_from", DATE_TIME),
                        Param.query("timestamp_to", DATE_TIME)),
                null, ResultKind.STREAM, DOCUMENTED, "The team's audit log as CSV, streamed."));
        add(ops, new Operation("getCustomer", "GET", "/api/v1/customer/", List.of(), Customer.class, ResultKind.OBJECT,
                DOCUMENTED, "The customer: name, address, status, identification."));
        add(ops, new Operation("listAgreements", "GET", "/api/v1/agreements/", List.of(), Agreement.class,
                ResultKind.OBJECT, DOCUMENTED, "The agreements in force and their documents."));
        add(ops, new Operation("getUserMemberships", "GET", "/api/v1/user/memberships/", List.of(), UserMemberships.class,
                ResultKind.OBJECT, INFERRED, "The authenticated user's memberships (path inferred from the slug get-user-memberships)."));
        add(ops, new Operation(REQUEST, null, null, List.of(), null, ResultKind.JSON, GENERIC,
                "Any method and path (options method, path): for what the catalog lacks."));
        OPERATIONS = Collections.unmodifiableMap(ops);
    }

    private OperationCatalog() {
    }

    private static void add(Map<String, Operation> ops, Operation op) {
        if (ops.put(op.name(), op) != null) {
            throw new IllegalStateException("Duplicate operation " + op.name());
        }
    }

    public static Optional<Operation> find(String name) {
        return Optional.ofNullable(name == null ? null : OPERATIONS.get(name.trim()));
    }

    /** The operation, or an IllegalArgumentException that lists the valid names. */
    public static Operation require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "Unknown Jiko operation '" + name + "'. Valid operations: " + String.join(", ", names())));
    }

    public static Collection<Operation> all() {
        return OPERATIONS.values();
    }

    public static Collection<String> names() {
        return new TreeSet<>(OPERATIONS.keySet());
    }
}
