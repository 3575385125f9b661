package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One generated file of a report request (GET /api/v1/report-requests/), inferred. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportFile(
        String format,
        String downloadUrl,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public ReportFile {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
