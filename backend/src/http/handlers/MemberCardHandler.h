#pragma once

#include "http/Handler.h"
#include "services/auth/AuthService.h"
#include "services/members/MemberService.h"

namespace kiroku::backend::http {

/// POST /v1/members/{id}/cards, optional body {"replace": bool} → 201 {token}. The token is shown this once; only
/// its keyed hash is stored. Older cards stay valid unless "replace" is true. 404 for another store's member.
class MemberCardHandler : public Handler {
public:
    MemberCardHandler(services::AuthService& auth, services::MemberService& members)
        : m_auth(auth), m_members(members) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::MemberService& m_members;
};

} // namespace kiroku::backend::http
