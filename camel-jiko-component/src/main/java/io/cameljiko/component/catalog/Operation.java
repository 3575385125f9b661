package io.cameljiko.component.catalog;

import java.util.List;

/**
 * One catalog entry: everything the producer needs to call an operation. Adding an operation is
 * adding one of these (plus a model when its result is typed).
 */
public record Operation(String name, String method, String pathTemplate, List<Param> params, Class<?> resultModel,
        ResultKind resultKind, Evidence evidence, String summary) {

    public Operation {
        params = List.copyOf(params);
    }

    public boolean inferred() {
        return evidence == Evidence.INFERRED;
    }

    public boolean isList() {
        return resultKind == ResultKind.PAGE;
    }
}
