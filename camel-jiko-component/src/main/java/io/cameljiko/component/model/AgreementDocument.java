package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One document of an {@link Agreement}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementDocument(
        String pdfDownloadUrl,
        String title,
        String type,
        String category,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public AgreementDocument {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
