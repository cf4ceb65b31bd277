#pragma once

#include "http/Handler.h"
#include "services/auth/AuthService.h"

namespace kiroku::backend::http {

/// POST /v1/auth/login {"login","password"} → 200 {"token","expires_at","staff":{…},"store":{…}}.
/// Wrong credentials → 401 invalid_credentials (the same for an unknown login); locked → 401 locked.
class LoginHandler : public Handler {
public:
    explicit LoginHandler(services::AuthService& auth) : m_auth(auth) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
};

} // namespace kiroku::backend::http
