#pragma once

#include "http/Handler.h"
#include "services/auth/AuthService.h"
#include "services/members/MemberService.h"

namespace kiroku::backend::http {

/// POST /v1/members/lookup {token} and GET /v1/members/by-card/{token} → 200 {member_id, identity_record_id, name,
/// age, minor, last_verified_at, reverification_due}; never the address. 400 (field "token") for a 12-digit number
/// (a possible My Number, never hashed or stored); 404 for an unknown, revoked or other store's card.
/// Prefer the POST form: a token in a path can end up in proxies' logs (the server logs only the route pattern).
class MemberLookupHandler : public Handler {
public:
    enum class TokenFrom { Body, Path };

    MemberLookupHandler(services::AuthService& auth, services::MemberService& members, TokenFrom from)
        : m_auth(auth), m_members(members), m_from(from) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::MemberService& m_members;
    TokenFrom m_from;
};

} // namespace kiroku::backend::http
