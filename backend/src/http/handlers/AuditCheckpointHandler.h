#pragma once

#include "http/Handler.h"
#include "services/audit/CheckpointService.h"
#include "services/auth/AuthService.h"

namespace kiroku::backend::http {

/// GET /v1/audit/checkpoints/latest → 200 {"store_id","store_code","length","head_hash","created_at","key_id",
/// "algorithm","public_key_pem","payload","signature"}: the caller's store's most recent signed checkpoint, for an
/// outside party to keep. 404 when the store has none yet. Managers, auditors and admins only.
class AuditCheckpointHandler : public Handler {
public:
    AuditCheckpointHandler(services::AuthService& auth, services::CheckpointService& checkpoints)
        : m_auth(auth), m_checkpoints(checkpoints) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::CheckpointService& m_checkpoints;
};

} // namespace kiroku::backend::http
