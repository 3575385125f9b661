package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Response of the verification-document upload (POST /api/v1/documents/{document_type}/), documented (method inferred). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentUploadResult(
        String documentId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public DocumentUploadResult {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
