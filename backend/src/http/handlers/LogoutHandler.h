#pragma once

#include "http/Handler.h"
#include "services/auth/AuthService.h"

namespace kiroku::backend::http {

/// POST /v1/auth/logout → 204; the bearer token stops working.
class LogoutHandler : public Handler {
public:
    explicit LogoutHandler(services::AuthService& auth) : m_auth(auth) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
};

} // namespace kiroku::backend::http
