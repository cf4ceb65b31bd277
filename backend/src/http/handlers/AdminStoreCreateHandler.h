#pragma once

#include "http/Handler.h"
#include "services/admin/StoreAdminService.h"
#include "services/auth/AuthService.h"

namespace kiroku::backend::http {

/// POST /v1/admin/stores {code, name, time_zone?, notification_date?, notification_number?, rules?} → 201
/// {id, code, name, time_zone}. Administrators only; 409 already_exists for a taken code.
class AdminStoreCreateHandler : public Handler {
public:
    AdminStoreCreateHandler(services::AuthService& auth, services::StoreAdminService& admin)
        : m_auth(auth), m_admin(admin) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::StoreAdminService& m_admin;
};

} // namespace kiroku::backend::http
