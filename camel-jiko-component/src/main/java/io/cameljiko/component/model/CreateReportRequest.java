package io.cameljiko.component.model;

import java.time.LocalDate;
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

/** Body of POST /api/v1/report-requests/ (experimental), partly documented: report types and output_formats seen, the other field names inferred. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateReportRequest(
        String reportType,
        List<String> outputFormats,
        String pocketId,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.DateText.class) LocalDate dateFrom,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.DateText.class) LocalDate dateTo,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public CreateReportRequest {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
