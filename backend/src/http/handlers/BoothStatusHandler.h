#pragma once

#include "http/Handler.h"
#include "services/auth/AuthService.h"
#include "services/visits/BoothService.h"

namespace kiroku::backend::http {

/// POST /v1/booths/{id}/status {"status": "free" | "cleaning" | "out_of_service"} → 200 booth (as in the map).
/// 404 unknown booth; 409 booth_occupied while a visit is in it.
class BoothStatusHandler : public Handler {
public:
    BoothStatusHandler(services::AuthService& auth, services::BoothService& booths) : m_auth(auth), m_booths(booths) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::BoothService& m_booths;
};

} // namespace kiroku::backend::http
