#pragma once

#include "http/Handler.h"
#include "http/PoliceAccess.h"
#include "services/auth/AuthService.h"
#include "services/police/PoliceRequestService.h"

namespace kiroku::backend::http {

/// POST /v1/police-requests/{id}/approve (empty body or {}) → 200 the request. Managers only, never police.
/// 409 already_approved, already_answered, request_rejected, request_expired, warrant_expired; 422
/// second_manager_required (two-person rule).
class PoliceRequestApproveHandler : public Handler {
public:
    PoliceRequestApproveHandler(PoliceListenerKind listener, services::AuthService& auth,
                                services::PoliceRequestService& police)
        : m_listener(listener), m_auth(auth), m_police(police) {}
    Response handle(Request& request) override;

private:
    PoliceListenerKind m_listener;
    services::AuthService& m_auth;
    services::PoliceRequestService& m_police;
};

} // namespace kiroku::backend::http
