package io.cameljiko.component.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Team members of one status, part of {@link Team}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberGroup(
        String name,
        Integer total,
        List<TeamMember> members,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public MemberGroup {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
