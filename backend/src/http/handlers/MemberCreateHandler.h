#pragma once

#include "http/Handler.h"
#include "services/auth/AuthService.h"
#include "services/members/MemberService.h"

namespace kiroku::backend::http {

/// POST /v1/members {identity_record_id} → 201 {id}. 404 when the record is not in the caller's store.
class MemberCreateHandler : public Handler {
public:
    MemberCreateHandler(services::AuthService& auth, services::MemberService& members)
        : m_auth(auth), m_members(members) {}
    Response handle(Request& request) override;

private:
    services::AuthService& m_auth;
    services::MemberService& m_members;
};

} // namespace kiroku::backend::http
