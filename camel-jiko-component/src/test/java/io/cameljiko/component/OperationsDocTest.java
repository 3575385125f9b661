package io.cameljiko.component;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

import io.cameljiko.component.catalog.BodyKind;
import io.cameljiko.component.catalog.BodyRule;
import io.cameljiko.component.catalog.Evidence;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.OperationCatalog;
import io.cameljiko.component.catalog.Param;
import io.cameljiko.component.catalog.ResultKind;
import io.cameljiko.component.support.GeneratedDocSection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/operations.md cannot drift from the catalog: its generated section must equal what the catalog
 * renders. To refresh it after changing the catalog:
 * {@code mvn -pl camel-jiko-component test -Dtest=OperationsDocTest -Djiko.docs.write=true}.
 */
class OperationsDocTest {

    static final Path DOC = Path.of("../docs/operations.md");

    static String render() {
        StringBuilder md = new StringBuilder();
        md.append("| operation | method and path | parameters (option: type) | request body | result | evidence |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Operation op : OperationCatalog.all()) {
            md.append("| `").append(op.name()).append("` | ")
                    .append(op.method() == null ? "any (`method`, `path`)" : "`" + op.method() + " " + op.pathTemplate() + "`")
                    .append(" | ").append(params(op)).append(" | ").append(body(op)).append(" | ").append(result(op))
                    .append(" | ").append(evidence(op.evidence())).append(" |\n");
        }
        md.append("\n");
        for (Operation op : OperationCatalog.all()) {
            md.append("- **`").append(op.name()).append("`**").append(op.inferred() ? " *(inferred)*" : "").append(": ")
                    .append(op.summary()).append(poll(op)).append("\n");
        }
        return md.toString();
    }

    static String poll(Operation op) {
        if (!op.pollable()) {
            return "";
        }
        return op.poll().kind() == io.cameljiko.component.catalog.PollSpec.Kind.INCREMENTAL
                ? " Consumer: incremental by `" + op.poll().fromOption() + "` (item time `" + op.poll().timestampPath() + "`)."
                : " Consumer: CREATED/UPDATED by content change.";
    }

    static String params(Operation op) {
        if (op.params().isEmpty()) {
            return "—";
        }
        return op.params().stream().map(OperationsDocTest::param).collect(Collectors.joining("<br>"));
    }

    static String param(Param p) {
        String type = switch (p.type()) {
            case ENUM -> String.join("\\|", p.allowed());
            case INTEGER -> "integer" + (p.min() != null ? " " + p.min() + ".." + (p.max() != null ? p.max() : "") : "");
            default -> p.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
        };
        return "`" + p.optionName() + "`: " + type + (p.multiValued() ? ", several" : "") + (p.required() ? " **(required)**" : "")
               + (p.apiName().equals(p.optionName()) ? "" : " (`" + p.apiName() + "`)");
    }

    static String body(Operation op) {
        if (op.bodyKind() == BodyKind.RAW) {
            return "raw bytes: InputStream, File, Path, byte[]";
        }
        if (op.bodyKind() == BodyKind.NONE) {
            return "—";
        }
        if (op.bodyModel() == null) {
            return "the message body (JSON)";
        }
        String rules = op.bodyRules().stream().map(OperationsDocTest::rule).distinct().collect(Collectors.joining("; "));
        return "`" + op.bodyModel().getSimpleName() + "`, Map or JSON" + (rules.isEmpty() ? "" : "; checked: " + rules);
    }

    static String rule(BodyRule r) {
        return switch (r.check()) {
            case REQUIRED -> "`" + r.path() + "` required";
            case NON_EMPTY_ARRAY -> "`" + r.path() + "` non-empty";
            case MIN_LENGTH -> "`" + r.path() + "` ≥ " + r.number() + " chars";
            case URL -> "`" + r.path() + "` http(s) URL";
            case UUID -> "`" + r.path() + "` UUID";
            case POSITIVE_INTEGER -> "`" + r.path() + "` whole cents > 0";
            case ONE_OF -> "`" + r.path() + "` one of " + String.join("\\|", r.allowed());
        };
    }

    static String result(Operation op) {
        String model = op.resultModel() == null ? null : "`" + op.resultModel().getSimpleName() + "`";
        return switch (op.resultKind()) {
            case OBJECT -> model;
            case PAGE -> "page of " + model + " (`paginate=true`: Iterator)";
            case STREAM -> "InputStream" + (model != null ? " (JSON answer: page of " + model + ")" : "");
            case NONE -> "no body (204)";
            case JSON -> "Map/List, or InputStream when not JSON";
        };
    }

    static String evidence(Evidence e) {
        return switch (e) {
            case DOCUMENTED -> "documented";
            case PARTLY_DOCUMENTED -> "partly documented";
            case INFERRED -> "**inferred**";
            case GENERIC -> "—";
        };
    }

    @Test
    void operationsDocMatchesTheCatalog() throws Exception {
        GeneratedDocSection.check(DOC, "catalog", render());
    }

    @Test
    void everyInferredOperationSaysSoInTheDoc() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (Operation op : OperationCatalog.all()) {
            if (op.inferred()) {
                assertThat(doc).contains("**`" + op.name() + "`** *(inferred)*");
            }
        }
        assertThat(OperationCatalog.all().stream().filter(o -> o.resultKind() == ResultKind.PAGE).count()).isGreaterThan(10);
    }
}
