#pragma once

#include "http/Handler.h"
#include "services/auth/AuthService.h"
#include "services/visits/VisitService.h"

namespace kiroku::backend::http {

/// POST /v1/visits (Idempotency-Key) {"identity_record_id" | "member_card_token", "booth_id"} → 201 visit.
/// 400 naming the field or the Idempotency-Key header; 404 unknown record, card or booth; 409 booth_occupied,
/// booth_unavailable, already_checked_in; 422 minor_night_hours (says when night hours end), reverification_due,
/// idempotency_key_reused. A retry with the same key and body gets the first answer.
class VisitCheckInHandler : public Handler {
public:
    VisitCheckInHandler(services::AuthService& auth, services::VisitService& visits) : m_auth(auth), m_visits(visits) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::VisitService& m_visits;
};

} // namespace kiroku::backend::http
