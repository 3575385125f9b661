package io.cameljiko.component.catalog;

import java.util.List;

/**
 * One catalog entry: everything the producer needs to call an operation. Adding an operation is
 * adding one of these (plus a model when its result is typed).
 *
 * @param resultModel the model of the result, or of each item for a PAGE
 * @param bodyModel   the model of a JSON body (Map and JSON text are accepted too)
 * @param clientId    a client-supplied id in the body that the API de-duplicates on, or null
 */
public record Operation(String name, String method, String pathTemplate, List<Param> params, List<Condition> conditions,
        BodyKind bodyKind, Class<?> bodyModel, List<BodyRule> bodyRules, ResultKind resultKind, Class<?> resultModel,
        PollSpec poll, ClientId clientId, Evidence evidence, String summary, Kind kind) {

    /** How the request builder finds where a call goes. */
    public enum Kind {
        /** The entry's method and path template, filled from its parameters. */
        API,
        /** Any method and API path, from the options method and path (the escape hatch). */
        REQUEST,
        /** An absolute URL from the option url; the token goes along only to the API's own origin. */
        DOWNLOAD
    }

    /**
     * A body field the caller may leave out, that the component then fills with one UUID per exchange
     * (kept across redeliveries) and reports in {@code header}: the API's de-duplication key.
     */
    public record ClientId(String path, String header) {
    }


    public Operation {
        params = List.copyOf(params);
        kind = kind == null ? Kind.API : kind;
        conditions = List.copyOf(conditions);
        bodyRules = List.copyOf(bodyRules);
    }

    public boolean inferred() {
        return evidence == Evidence.INFERRED;
    }

    public boolean isList() {
        return resultKind == ResultKind.PAGE;
    }

    /** Whether {@code from("jiko:<name>")} can poll this operation. */
    public boolean pollable() {
        return poll != null;
    }

    public static Builder builder(String name, String method, String pathTemplate) {
        return new Builder(name, method, pathTemplate);
    }

    /** Reads like the API reference: {@code builder(...).params(...).page(Model.class).evidence(...)}. */
    public static final class Builder {
        private final String name;
        private final String method;
        private final String pathTemplate;
        private List<Param> params = List.of();
        private List<Condition> conditions = List.of();
        private BodyKind bodyKind = BodyKind.NONE;
        private Class<?> bodyModel;
        private List<BodyRule> bodyRules = List.of();
        private ResultKind resultKind = ResultKind.OBJECT;
        private Class<?> resultModel;
        private String summary = "";
        private PollSpec poll;
        private ClientId clientId;
        private Kind kind = Kind.API;

        private Builder(String name, String method, String pathTemplate) {
            this.name = name;
            this.method = method;
            this.pathTemplate = pathTemplate;
        }

        public Builder params(Param... params) {
            this.params = List.of(params);
            return this;
        }

        public Builder when(String option, String value, String... thenRequired) {
            List<Condition> all = new java.util.ArrayList<>(conditions);
            all.add(new Condition(option, value, List.of(thenRequired)));
            this.conditions = all;
            return this;
        }

        public Builder jsonBody(Class<?> model, BodyRule... rules) {
            this.bodyKind = BodyKind.JSON;
            this.bodyModel = model;
            this.bodyRules = List.of(rules);
            return this;
        }

        public Builder rawBody() {
            this.bodyKind = BodyKind.RAW;
            return this;
        }

        public Builder returns(Class<?> model) {
            this.resultKind = ResultKind.OBJECT;
            this.resultModel = model;
            return this;
        }

        public Builder page(Class<?> itemModel) {
            this.resultKind = ResultKind.PAGE;
            this.resultModel = itemModel;
            return this;
        }

        /** A stream; when the server answers JSON instead, pages of {@code itemModel}. */
        public Builder stream(Class<?> itemModel) {
            this.resultKind = ResultKind.STREAM;
            this.resultModel = itemModel;
            return this;
        }

        public Builder noContent() {
            this.resultKind = ResultKind.NONE;
            return this;
        }

        /** The body field {@code path} is a client-supplied de-duplication id, reported in {@code header}. */
        public Builder clientId(String path, String header) {
            this.clientId = new ClientId(path, header);
            return this;
        }

        /** A consumer can poll this list. */
        public Builder polled(PollSpec poll) {
            this.poll = poll;
            return this;
        }

        public Builder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Operation evidence(Evidence evidence) {
            return new Operation(name, method, pathTemplate, params, conditions, bodyKind, bodyModel, bodyRules,
                    resultKind, resultModel, poll, clientId, evidence, summary, kind);
        }
    }
}
