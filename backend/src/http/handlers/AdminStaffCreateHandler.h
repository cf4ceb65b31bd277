#pragma once

#include "http/Handler.h"
#include "services/admin/StoreAdminService.h"
#include "services/auth/AuthService.h"

namespace kiroku::backend::http {

/// POST /v1/admin/stores/{store_id}/staff {login, display_name, role, password} → 201 {id, login, display_name,
/// role}. Administrators only; the password (at least 10 characters) is hashed at once and never echoed; 404 for
/// an unknown store, 409 already_exists for a taken login.
class AdminStaffCreateHandler : public Handler {
public:
    AdminStaffCreateHandler(services::AuthService& auth, services::StoreAdminService& admin)
        : m_auth(auth), m_admin(admin) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::StoreAdminService& m_admin;
};

} // namespace kiroku::backend::http
