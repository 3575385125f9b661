package io.cameljiko.component.openapi;

import java.util.List;
import java.util.Optional;

import io.cameljiko.component.catalog.Evidence;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.openapi.ApiDescription.ApiOperation;

/**
 * The catalog compared with a description: one result per catalog operation, and the description's operations the
 * catalog lacks (callable by operationId).
 */
public record CheckReport(ApiDescription description, List<Result> results, List<ApiOperation> onlyInFile) {

    public CheckReport {
        results = List.copyOf(results);
        onlyInFile = List.copyOf(onlyInFile);
    }

    public enum Status {
        /** Same method, path, parameters, body and answer shape. */
        MATCHES,
        /** Found, with differences (the mismatches). */
        DIFFERS,
        /** Neither the method and path nor the known operationId is in the description. */
        MISSING
    }

    /**
     * @param matched    the description's operation, or null when missing
     * @param mismatches differences that can make a call fail or a model read wrong
     * @param notes      differences that cost nothing today (answer fields the model does not name: kept in otherFields)
     */
    public record Result(Operation operation, ApiOperation matched, List<String> mismatches, List<String> notes) {

        public Result {
            mismatches = List.copyOf(mismatches);
            notes = List.copyOf(notes);
        }

        public Status status() {
            return matched == null ? Status.MISSING : mismatches.isEmpty() ? Status.MATCHES : Status.DIFFERS;
        }

        /** An operation camel-jiko marks inferred or partly documented that the description confirms as it is. */
        public boolean confirmsInferred() {
            return status() == Status.MATCHES && operation.evidence() != Evidence.DOCUMENTED;
        }
    }

    public Optional<Result> result(String operationName) {
        return results.stream().filter(r -> r.operation().name().equals(operationName)).findFirst();
    }

    public long count(Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    /** The one INFO line logged at endpoint start. */
    public String summary() {
        long confirmed = results.stream().filter(Result::confirmsInferred).count();
        return "openApiSpec " + description.location() + " (" + (description.title() == null ? "untitled" : description.title())
               + " " + (description.version() == null ? "" : description.version() + ", ") + "OpenAPI "
               + description.specVersion() + "): " + description.operations().size() + " operations; catalog: "
               + count(Status.MATCHES) + " match (" + confirmed + " of them inferred or partly documented, now confirmed), "
               + count(Status.DIFFERS) + " differ, " + count(Status.MISSING) + " missing; " + onlyInFile.size()
               + " only in the file (callable by operationId)";
    }
}
