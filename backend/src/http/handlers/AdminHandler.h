#pragma once

#include "http/Handler.h"
#include "services/admin/StoreAdminService.h"
#include "services/auth/AuthService.h"

namespace kiroku::backend::http {

/// What the /v1/admin endpoints share: they authenticate an administrator and act through StoreAdminService.
class AdminHandler : public Handler {
public:
    AdminHandler(services::AuthService& auth, services::StoreAdminService& admin) : m_auth(auth), m_admin(admin) {}

protected:
    services::AuthService& m_auth;
    services::StoreAdminService& m_admin;
};

} // namespace kiroku::backend::http
