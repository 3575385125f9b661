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

/** Jiko's TeamMemberResponse (GET /api/v1/team/{member_id}/), documented. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeamMember(
        String memberId,
        String email,
        String firstName,
        String lastName,
        String role,
        String status,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant addedDate,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant lastLogin,
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = JikoTime.InstantText.class) Instant deactivatedDate,
        String teamId,
        String partnerId,
        String userId,
        String phoneNumber,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public TeamMember {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
