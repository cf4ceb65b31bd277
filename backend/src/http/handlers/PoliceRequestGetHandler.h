#pragma once

#include "http/Handler.h"
#include "http/PoliceAccess.h"
#include "services/auth/AuthService.h"
#include "services/police/PoliceRequestService.h"

namespace kiroku::backend::http {

/// GET /v1/police-requests/{id} → 200 the request with its question in full. 404 outside the caller's store
/// (staff) or agency (police).
class PoliceRequestGetHandler : public Handler {
public:
    PoliceRequestGetHandler(PoliceListenerKind listener, services::AuthService& auth,
                            services::PoliceRequestService& police)
        : m_listener(listener), m_auth(auth), m_police(police) {}
    Response handle(Request& request) override;

private:
    PoliceListenerKind m_listener;
    services::AuthService& m_auth;
    services::PoliceRequestService& m_police;
};

} // namespace kiroku::backend::http
