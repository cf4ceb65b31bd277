#pragma once

#include "http/Handler.h"
#include "services/auth/AuthService.h"
#include "services/retention/LegalHoldService.h"
#include "services/visits/Clock.h"

namespace kiroku::backend::http {

/// GET /v1/legal-holds (manager, admin, auditor) → 200 {"legal_holds":[hold]}: the store's holds, newest first, each
/// with "in_force" (not released and its last day not yet over).
class LegalHoldListHandler : public Handler {
public:
    LegalHoldListHandler(services::AuthService& auth, services::LegalHoldService& holds, const services::Clock& clock)
        : m_auth(auth), m_holds(holds), m_clock(clock) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::LegalHoldService& m_holds;
    const services::Clock& m_clock;
};

} // namespace kiroku::backend::http
