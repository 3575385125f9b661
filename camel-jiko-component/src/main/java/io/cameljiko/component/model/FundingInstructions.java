package io.cameljiko.component.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Funding instructions of a portal (GET /api/v2/pockets/{pocket_id}/portals/{portal_id}/funding-instructions/), inferred. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FundingInstructions(
        String portalId,
        String pocketId,
        String accountNumber,
        String routingNumber,
        String bankName,
        String bankAddress,
        String beneficiaryName,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> otherFields) {

    public FundingInstructions {
        otherFields = otherFields == null ? new java.util.LinkedHashMap<>() : otherFields;
    }
}
