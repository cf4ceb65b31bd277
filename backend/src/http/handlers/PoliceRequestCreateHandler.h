#pragma once

#include "http/Handler.h"
#include "http/PoliceAccess.h"
#include "services/auth/AuthService.h"
#include "services/police/PoliceRequestService.h"

namespace kiroku::backend::http {

/// POST /v1/police-requests {agency?, officer, legal_basis, document, scope, question} (optional Idempotency-Key) → 201
/// the request (status received). Staff: managers, for their own store; police: their certificate's agency, for the
/// store named in scope.store_code. 400 naming the field; 422 warrant_expired, idempotency_key_reused.
class PoliceRequestCreateHandler : public Handler {
public:
    PoliceRequestCreateHandler(PoliceListenerKind listener, services::AuthService& auth,
                               services::PoliceRequestService& police)
        : m_listener(listener), m_auth(auth), m_police(police) {}
    Response handle(Request& request) override;

private:
    PoliceListenerKind m_listener;
    services::AuthService& m_auth;
    services::PoliceRequestService& m_police;
};

} // namespace kiroku::backend::http
