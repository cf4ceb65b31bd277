#pragma once

#include "http/Handler.h"
#include "services/admin/StoreAdminService.h"
#include "services/auth/AuthService.h"

namespace kiroku::backend::http {

/// POST /v1/admin/stores/{store_id}/booths {label, kind?} → 201 {id, label, kind, status}. Administrators only;
/// 404 for an unknown store, 409 already_exists for a label the store has.
class AdminBoothCreateHandler : public Handler {
public:
    AdminBoothCreateHandler(services::AuthService& auth, services::StoreAdminService& admin)
        : m_auth(auth), m_admin(admin) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::StoreAdminService& m_admin;
};

} // namespace kiroku::backend::http
