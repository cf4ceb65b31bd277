#pragma once

#include "http/Handler.h"
#include "http/PoliceAccess.h"
#include "services/auth/AuthService.h"
#include "services/police/PoliceRequestService.h"

namespace kiroku::backend::http {

/// POST /v1/police-requests/{id}/reject {reason} → 200 the request. Managers only. 409 already_answered,
/// request_rejected, request_expired.
class PoliceRequestRejectHandler : public Handler {
public:
    PoliceRequestRejectHandler(PoliceListenerKind listener, services::AuthService& auth,
                               services::PoliceRequestService& police)
        : m_listener(listener), m_auth(auth), m_police(police) {}
    Response handle(Request& request) override;

private:
    PoliceListenerKind m_listener;
    services::AuthService& m_auth;
    services::PoliceRequestService& m_police;
};

} // namespace kiroku::backend::http
