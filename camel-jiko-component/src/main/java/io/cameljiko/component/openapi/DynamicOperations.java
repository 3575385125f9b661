package io.cameljiko.component.openapi;

import java.util.ArrayList;
import java.util.List;

import io.cameljiko.component.catalog.BodyRule;
import io.cameljiko.component.catalog.Evidence;
import io.cameljiko.component.catalog.Operation;
import io.cameljiko.component.catalog.Param;
import io.cameljiko.component.catalog.ParamLocation;
import io.cameljiko.component.catalog.ParamType;
import io.cameljiko.component.catalog.ResultKind;
import io.cameljiko.component.openapi.ApiDescription.ApiOperation;
import io.cameljiko.component.openapi.ApiDescription.ApiParam;

/**
 * An operation of the description that the catalog lacks, as a catalog entry built at run time: the producer sends it
 * through the same request builder and client as any other (parameter checks, auth, retries, rate limits, errors,
 * paging), with an untyped result.
 */
final class DynamicOperations {

    private DynamicOperations() {
    }

    static Operation of(ApiOperation file) {
        List<Param> params = new ArrayList<>();
        file.params().forEach(p -> params.add(param(p)));
        if (file.response() == ApiDescription.ResponseShape.CURSOR_LIST && file.param("query", "cursor").isEmpty()) {
            // Jiko's lists page with ?cursor=<next_page> (inferred from the documented lists); without it paging could not go on
            params.add(Param.query("cursor", ParamType.STRING));
        }
        Operation.Builder builder = Operation.builder(file.operationId(), file.method(), file.path())
                .params(params.toArray(Param[]::new))
                .summary((file.summary().isBlank() ? file.method() + " " + file.path() : file.summary())
                         + " (from openApiSpec)");
        if (file.body() != null) {
            if (file.body().json()) {
                builder.jsonBody(null, file.body().requiredFields().stream().sorted().map(BodyRule::required)
                        .toArray(BodyRule[]::new));
            } else {
                builder.rawBody();
            }
        }
        switch (file.response()) {
            case CURSOR_LIST -> builder.page(null);
            case NONE -> builder.noContent();
            case OTHER -> builder.stream(null);
            case OBJECT -> builder.returns(null);
        }
        // described in the user's copy of Jiko's own reference: as good as documented
        Operation op = builder.evidence(Evidence.DOCUMENTED);
        return file.response() == ApiDescription.ResponseShape.OBJECT ? untyped(op) : op;
    }

    /** An object answer without a model: whatever JSON comes back (ResultKind.JSON, as for the request operation). */
    private static Operation untyped(Operation op) {
        return new Operation(op.name(), op.method(), op.pathTemplate(), op.params(), op.conditions(), op.bodyKind(),
                op.bodyModel(), op.bodyRules(), ResultKind.JSON, null, null, null, op.evidence(), op.summary(), op.kind());
    }

    private static Param param(ApiParam p) {
        ParamType type;
        if (!p.enums().isEmpty()) {
            type = ParamType.ENUM;
        } else if ("integer".equals(p.type())) {
            type = ParamType.INTEGER;
        } else if ("uuid".equals(p.format())) {
            type = ParamType.UUID;
        } else if ("date-time".equals(p.format())) {
            type = ParamType.DATE_TIME;
        } else if ("date".equals(p.format())) {
            type = ParamType.DATE;
        } else {
            type = ParamType.STRING;
        }
        ParamLocation location = "path".equals(p.in()) ? ParamLocation.PATH : ParamLocation.QUERY;
        return new Param(p.name(), Param.optionNameOf(p.name()), location, type, p.required(), p.array(), p.enums(),
                p.minimum(), p.maximum());
    }
}
