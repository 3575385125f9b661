package io.cameljiko.component.openapi;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.Param;
import io.cameljiko.component.openapi.ApiDescription.ApiOperation;
import io.cameljiko.component.openapi.ApiDescription.ApiParam;
import io.cameljiko.component.openapi.CheckReport.Result;

/**
 * For contributors updating camel-jiko to a new Jiko version: what in OperationCatalog and the models differs from a
 * description, side by side, and catalog entries to review for what only the description has. Run it with
 * {@code mvn -q -pl camel-jiko-component -am test-compile exec:java@catalog-diff -Dexec.args=/path/to/reference.yaml}.
 */
public final class CatalogDiff {

    private CatalogDiff() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: CatalogDiff <file:|classpath:|path of Jiko's OpenAPI description>");
            System.exit(1);
        }
        print(CatalogCheck.check(OpenApiSpecs.load(args[0], CatalogDiff.class.getClassLoader())), System.out);
    }

    static void print(CheckReport report, PrintStream out) {
        out.println("# Catalog and models against " + report.description().location());
        out.println();
        out.println("## Catalog entries that differ (OperationCatalog.java)");
        for (Result r : report.results()) {
            if (r.status() == CheckReport.Status.DIFFERS) {
                out.println("- " + r.operation().name());
                out.println("    catalog: " + line(r.operation()));
                out.println("    file:    " + line(r.matched()));
                r.mismatches().stream().filter(m -> !m.startsWith("model ")).forEach(m -> out.println("    * " + m));
            }
        }
        out.println();
        out.println("## Catalog entries the file lacks (renamed, removed, or an inference that was wrong)");
        report.results().stream().filter(r -> r.status() == CheckReport.Status.MISSING)
                .forEach(r -> out.println("- " + r.operation().name() + " [" + r.operation().evidence() + "]: "
                                          + line(r.operation())));
        out.println();
        out.println("## Model fields (model package)");
        Map<String, TreeSet<String>> byModel = new TreeMap<>();
        for (Result r : report.results()) {
            r.mismatches().stream().filter(m -> m.startsWith("model "))
                    .forEach(m -> byModel.computeIfAbsent(modelOf(r), k -> new TreeSet<>()).add("  - " + m));
            r.notes().forEach(n -> byModel.computeIfAbsent(modelOf(r), k -> new TreeSet<>()).add("  + " + n));
        }
        byModel.forEach((model, lines) -> {
            out.println("- " + model);
            lines.forEach(out::println);
        });
        out.println();
        out.println("## Entries to review for what only the file has (a name, a model and the evidence are yours to choose)");
        for (ApiOperation o : report.onlyInFile()) {
            out.println("add(ops, builder(\"" + camelName(o) + "\", \"" + o.method() + "\", \"" + o.path() + "\")"
                        + params(o) + answer(o) + ".summary(\"" + o.summary().replace("\"", "'") + "\")"
                        + ".evidence(DOCUMENTED)); // " + o.operationId());
        }
    }

    private static String modelOf(Result r) {
        return r.operation().resultModel() == null ? r.operation().name() : r.operation().resultModel().getSimpleName();
    }

    private static String line(Operation op) {
        return op.method() + " " + op.pathTemplate() + " " + op.params().stream()
                .map(p -> p.apiName() + ":" + p.typeName() + (p.required() ? "!" : "")).collect(Collectors.joining(" "));
    }

    private static String line(ApiOperation op) {
        return op.method() + " " + op.path() + " " + op.params().stream()
                .map(p -> p.name() + ":" + (p.enums().isEmpty() ? (p.format() != null ? p.format() : p.type())
                        : String.join("|", p.enums())) + (p.required() ? "!" : ""))
                .collect(Collectors.joining(" ")) + " (" + op.operationId() + ")";
    }

    private static String params(ApiOperation o) {
        if (o.params().isEmpty()) {
            return "";
        }
        return ".params(" + o.params().stream().map(CatalogDiff::param).collect(Collectors.joining(", ")) + ")";
    }

    private static String param(ApiParam p) {
        if ("path".equals(p.in())) {
            return "path(\"" + p.name() + "\", " + type(p) + ")";
        }
        if (!p.enums().isEmpty()) {
            return "queryEnum(\"" + p.name() + "\", " + p.enums().stream().map(e -> "\"" + e + "\"")
                    .collect(Collectors.joining(", ")) + ")";
        }
        if ("integer".equals(p.type())) {
            return "queryInt(\"" + p.name() + "\", " + p.minimum() + ", " + p.maximum() + ")";
        }
        return "query(\"" + p.name() + "\", " + type(p) + ")" + (p.required() ? ".asRequired()" : "");
    }

    private static String type(ApiParam p) {
        return p.format() == null ? "STRING" : switch (p.format()) {
            case "uuid" -> "UUID";
            case "date-time" -> "DATE_TIME";
            case "date" -> "DATE";
            default -> "STRING";
        };
    }

    private static String answer(ApiOperation o) {
        String body = o.body() == null ? "" : o.body().json() ? ".jsonBody(Map.class" + o.body().requiredFields().stream()
                .sorted().map(f -> ", required(\"" + f + "\")").collect(Collectors.joining()) + ")" : ".rawBody()";
        return body + switch (o.response()) {
            case CURSOR_LIST -> ".page(Map.class)";
            case NONE -> ".noContent()";
            case OTHER -> ".stream(null)";
            case OBJECT -> ".returns(Map.class)";
        };
    }

    /** "List Business Applications" as listBusinessApplications; the operationId when there is no summary. */
    static String camelName(ApiOperation o) {
        String words = o.summary().isBlank() ? o.operationId() : o.summary().replaceAll("\\(.*\\)", "");
        return Param.optionNameOf(words.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"));
    }
}
