package io.cameljiko.component.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A report request and its status (POST/GET /api/v1/report-requests/), inferred: response not documented. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportRequest(
        String id,
        String reportType,
        String status,
        List<String> outputFormats,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant createdAt,
        List<ReportFile> files,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public ReportRequest {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
