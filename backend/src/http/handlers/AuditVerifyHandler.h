#pragma once

#include "http/Handler.h"
#include "services/audit/AuditVerifier.h"
#include "services/auth/AuthService.h"

namespace kiroku::backend::http {

/// GET /v1/audit/verify → 200 {"store_id","ok","length","head_hash","first_broken"?:{"seq","code","message"}}:
/// walks the caller's store's audit chain from its first entry and reports the first broken link. Managers,
/// auditors and admins only (403 otherwise). A broken chain is still a 200: the answer is the finding.
class AuditVerifyHandler : public Handler {
public:
    AuditVerifyHandler(services::AuthService& auth, services::AuditVerifier& verifier)
        : m_auth(auth), m_verifier(verifier) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::AuditVerifier& m_verifier;
};

} // namespace kiroku::backend::http
