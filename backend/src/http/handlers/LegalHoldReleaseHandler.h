#pragma once

#include "http/Handler.h"
#include "services/auth/AuthService.h"
#include "services/retention/LegalHoldService.h"
#include "services/visits/Clock.h"

namespace kiroku::backend::http {

/// POST /v1/legal-holds/{id}/release (manager, admin), empty body or {} → 200 the hold, released. 404 for a hold
/// not in the store, 409 hold_released when it was released already. Its records are purged at the next run if
/// their retention is over.
class LegalHoldReleaseHandler : public Handler {
public:
    LegalHoldReleaseHandler(services::AuthService& auth, services::LegalHoldService& holds,
                            const services::Clock& clock)
        : m_auth(auth), m_holds(holds), m_clock(clock) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::LegalHoldService& m_holds;
    const services::Clock& m_clock;
};

} // namespace kiroku::backend::http
