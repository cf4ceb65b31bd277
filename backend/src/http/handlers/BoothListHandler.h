#pragma once

#include "http/Handler.h"
#include "services/auth/AuthService.h"
#include "services/visits/BoothService.h"

namespace kiroku::backend::http {

/// GET /v1/booths → 200 {"booths":[{"id","label","kind","status","terminal"?:{"id","number"},
/// "visit"?:{"id","started_at","minor","minor_must_leave_at"?}}]}: the live map of the principal's store, by label.
/// No names or other personal data.
class BoothListHandler : public Handler {
public:
    BoothListHandler(services::AuthService& auth, services::BoothService& booths) : m_auth(auth), m_booths(booths) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::BoothService& m_booths;
};

} // namespace kiroku::backend::http
