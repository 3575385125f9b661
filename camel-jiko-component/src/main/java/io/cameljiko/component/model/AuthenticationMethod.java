package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** An authentication method allowed for a team. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuthenticationMethod(
        String id,
        String type,
        String ssoProviderId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public AuthenticationMethod {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
