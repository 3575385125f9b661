package io.cameljiko.component.openapi;

import java.io.PrintStream;
import java.util.Comparator;

import io.cameljiko.component.openapi.ApiDescription.ApiOperation;
import io.cameljiko.component.openapi.CheckReport.Result;

/**
 * The openApiSpec check as a command, printing a report to attach to a bug:
 * {@code mvn -q -pl camel-jiko-component compile exec:java -Dexec.args=/path/to/reference.yaml}.
 * Exit status 0 when the file was read (whatever it found), 1 when it could not be.
 */
public final class OpenApiCheck {

    private OpenApiCheck() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: OpenApiCheck <file:|classpath:|path of Jiko's OpenAPI description>");
            System.exit(1);
        }
        try {
            ApiDescription description = OpenApiSpecs.load(args[0], OpenApiCheck.class.getClassLoader());
            print(CatalogCheck.check(description), System.out);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /** The report: the summary, one block per catalog operation, then what only the file has. */
    public static void print(CheckReport report, PrintStream out) {
        out.println("camel-jiko catalog checked against " + report.description().location());
        out.println(report.summary());
        out.println();
        for (Result r : report.results()) {
            String status = r.confirmsInferred() ? "CONFIRMED" : r.status().name();
            out.printf("%-9s %-24s %-6s %s  [%s]%n", status, r.operation().name(), r.operation().method(),
                    r.operation().pathTemplate(), r.operation().evidence().name().toLowerCase(java.util.Locale.ROOT)
                                                  + (r.matched() != null ? ", file: " + r.matched().operationId() : ""));
            r.mismatches().forEach(m -> out.println("          - " + m));
            r.notes().forEach(n -> out.println("          note: " + n));
        }
        out.println();
        out.println("Only in the file (" + report.onlyInFile().size() + "; with openApiSpec set, call them as "
                    + "jiko:<operationId>?outputType=map):");
        report.onlyInFile().stream().sorted(Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::method))
                .forEach(o -> out.printf("  %-6s %s  %s%s%n", o.method(), o.path(), o.operationId(),
                        o.summary().isBlank() ? "" : "  (" + o.summary() + ")"));
        out.println();
        out.println("Legend: MATCHES = same method, path, parameters, body and answer; CONFIRMED = an operation camel-jiko "
                    + "marks inferred or partly documented that the file shows as it is; DIFFERS = see the lines below it; "
                    + "MISSING = neither its method and path nor its known operationId is in the file.");
    }
}
