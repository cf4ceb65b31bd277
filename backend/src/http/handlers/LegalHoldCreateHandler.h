#pragma once

#include "http/Handler.h"
#include "services/auth/AuthService.h"
#include "services/retention/LegalHoldService.h"

namespace kiroku::backend::http {

/// POST /v1/legal-holds (manager, admin) {"reason_code","reason","police_request_id"?,"until","identity_record_ids"?,
/// "visit_ids"?,"terminal_windows"?} → 201 the hold (dto/LegalHoldJson.h). 400 naming the field; 422
/// unknown_record naming the item that is not in the store; 403 for other roles.
class LegalHoldCreateHandler : public Handler {
public:
    LegalHoldCreateHandler(services::AuthService& auth, services::LegalHoldService& holds)
        : m_auth(auth), m_holds(holds) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::LegalHoldService& m_holds;
};

} // namespace kiroku::backend::http
