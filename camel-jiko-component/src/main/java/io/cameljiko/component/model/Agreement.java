package io.cameljiko.component.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The agreements in force (GET /api/v1/agreements/), documented; required fields not seen. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Agreement(
        String version,
        String releaseDate,
        List<AgreementDocument> documents,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Agreement {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
