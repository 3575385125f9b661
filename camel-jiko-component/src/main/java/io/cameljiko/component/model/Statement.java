package io.cameljiko.component.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A monthly bank or brokerage statement (Statements tag, operation unknown), Partner-API analogy. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Statement(
        String id,
        String type,
        String key,
        String pocketId,
        String pdfDownloadUrl,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant createdAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Statement {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
