#pragma once

#include "http/Handler.h"
#include "services/auth/AuthService.h"
#include "services/visits/VisitService.h"

namespace kiroku::backend::http {

/// GET /v1/visits?active=true → 200 {"visits":[{"id","booth":{"id","label"},"terminal"?,"started_at","minor",
/// "minor_must_leave_at"?}]}: the store's visits that have not ended, oldest first, without personal data.
/// Only active visits are listed here (400 naming "active" for another value).
class VisitListHandler : public Handler {
public:
    VisitListHandler(services::AuthService& auth, services::VisitService& visits) : m_auth(auth), m_visits(visits) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::VisitService& m_visits;
};

} // namespace kiroku::backend::http
