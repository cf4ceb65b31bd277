#pragma once

#include "http/Handler.h"
#include "http/PoliceAccess.h"
#include "services/auth/AuthService.h"
#include "services/police/PoliceRequestService.h"

namespace kiroku::backend::http {

/// GET /v1/police-requests/{id}/answer → 200 the signed answer. Staff (managers, auditors) of the store; police
/// of the agency. 409 not_answered.
class PoliceAnswerGetHandler : public Handler {
public:
    PoliceAnswerGetHandler(PoliceListenerKind listener, services::AuthService& auth,
                           services::PoliceRequestService& police)
        : m_listener(listener), m_auth(auth), m_police(police) {}
    Response handle(Request& request) override;

private:
    PoliceListenerKind m_listener;
    services::AuthService& m_auth;
    services::PoliceRequestService& m_police;
};

} // namespace kiroku::backend::http
