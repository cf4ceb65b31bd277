#pragma once

#include "http/Handler.h"
#include "http/PoliceAccess.h"
#include "services/auth/AuthService.h"
#include "services/police/PoliceRequestService.h"

namespace kiroku::backend::http {

/// GET /v1/police-requests → 200 {"police_requests":[request]}, newest first (at most 200), without the
/// personal fields of person questions. Staff (managers, auditors): their store's; police: their agency's.
class PoliceRequestListHandler : public Handler {
public:
    PoliceRequestListHandler(PoliceListenerKind listener, services::AuthService& auth,
                             services::PoliceRequestService& police)
        : m_listener(listener), m_auth(auth), m_police(police) {}
    Response handle(Request& request) override;

private:
    PoliceListenerKind m_listener;
    services::AuthService& m_auth;
    services::PoliceRequestService& m_police;
};

} // namespace kiroku::backend::http
