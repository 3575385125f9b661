package io.cameljiko.component.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Jiko's TeamResponse (GET /api/v1/team/), documented. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Team(
        String teamId,
        List<MemberGroup> membersByStatus,
        List<AuthenticationMethod> allowedAuthenticationMethods,
        List<Object> serviceUsers,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public Team {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
