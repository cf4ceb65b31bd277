#pragma once

#include "http/Handler.h"
#include "http/PoliceAccess.h"
#include "services/auth/AuthService.h"
#include "services/police/PoliceRequestService.h"

namespace kiroku::backend::http {

/// POST /v1/police-requests/{id}/answer (empty body or {}) → 200 the signed answer (see policeAnswerJson); a
/// retry returns the same document and number. Managers only. 409 not_approved, request_rejected, request_expired,
/// warrant_expired.
class PoliceAnswerCreateHandler : public Handler {
public:
    PoliceAnswerCreateHandler(PoliceListenerKind listener, services::AuthService& auth,
                              services::PoliceRequestService& police)
        : m_listener(listener), m_auth(auth), m_police(police) {}
    Response handle(Request& request) override;

private:
    PoliceListenerKind m_listener;
    services::AuthService& m_auth;
    services::PoliceRequestService& m_police;
};

} // namespace kiroku::backend::http
