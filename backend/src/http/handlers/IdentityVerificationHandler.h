#pragma once

#include "domain/Idempotency.h"
#include "http/Handler.h"
#include "services/auth/AuthService.h"
#include "services/identity/IdentityService.h"

namespace kiroku::backend::http {

/// POST /v1/identity-verifications (any staff role) → 201 {id, age, minor, retention_until, warnings}.
/// 400 / 422 name the field (document.number for a My Number or health-insurance number, document.expires_on for
/// an expired document, supplementary_address_proof when the address proof is missing); nothing is written then.
/// With an Idempotency-Key header (optional here; the kiosk sends one), a retry gets the first answer again and
/// records nothing more; the same key with another body is 422 idempotency_key_reused.
class IdentityVerificationHandler : public Handler {
public:
    IdentityVerificationHandler(services::AuthService& auth, services::IdentityService& identity,
                                domain::IdempotencyStore& answers)
        : m_auth(auth), m_identity(identity), m_answers(answers) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::IdentityService& m_identity;
    domain::IdempotencyStore& m_answers;
};

} // namespace kiroku::backend::http
