package io.cameljiko.simulator;

import java.util.Map;

/** A member of the customer's team. */
record TeamMember(String memberId, String email, String firstName, String lastName, String role, String status,
                  String addedDate, String lastLogin, String deactivatedDate, String teamId, String partnerId,
                  String userId, String phoneNumber) {

    Map<String, Object> json() {
        return Json.map("member_id", memberId, "email", email, "first_name", firstName, "last_name", lastName,
                "role", role, "status", status, "added_date", addedDate, "last_login", lastLogin,
                "deactivated_date", deactivatedDate, "team_id", teamId, "partner_id", partnerId, "user_id", userId,
                "phone_number", phoneNumber);
    }
}
