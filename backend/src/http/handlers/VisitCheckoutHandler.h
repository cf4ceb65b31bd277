#pragma once

#include "http/Handler.h"
#include "services/auth/AuthService.h"
#include "services/visits/VisitService.h"

namespace kiroku::backend::http {

/// POST /v1/visits/{id}/checkout (Idempotency-Key), empty body or {} → 200 {"id","ended_at","retention_until"}.
/// 404 unknown visit; 409 visit_ended (unless the request is a retry with the same key); 422
/// idempotency_key_reused.
class VisitCheckoutHandler : public Handler {
public:
    VisitCheckoutHandler(services::AuthService& auth, services::VisitService& visits)
        : m_auth(auth), m_visits(visits) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::VisitService& m_visits;
};

} // namespace kiroku::backend::http
