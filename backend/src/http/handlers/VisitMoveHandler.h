#pragma once

#include "http/Handler.h"
#include "services/auth/AuthService.h"
#include "services/visits/VisitService.h"

namespace kiroku::backend::http {

/// POST /v1/visits/{id}/moves (Idempotency-Key) {"booth_id"} → 200 visit, now in the new booth; the old booth goes
/// to cleaning. 404 unknown visit or booth; 409 visit_ended, already_in_booth, booth_occupied, booth_unavailable;
/// 422 idempotency_key_reused.
class VisitMoveHandler : public Handler {
public:
    VisitMoveHandler(services::AuthService& auth, services::VisitService& visits) : m_auth(auth), m_visits(visits) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::VisitService& m_visits;
};

} // namespace kiroku::backend::http
