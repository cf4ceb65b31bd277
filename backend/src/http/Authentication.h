#pragma once

#include "domain/Principal.h"
#include "http/Request.h"
#include "services/auth/AuthService.h"

#include <initializer_list>

namespace kiroku::backend::http {

/// The staff member behind the request's bearer token; Unauthenticated (401) without a valid one,
/// Forbidden (403) when the role is not among `allowed` (empty: any role).
domain::StaffPrincipal requireStaff(Request& request, services::AuthService& auth,
                                    std::initializer_list<domain::Role> allowed = {});

} // namespace kiroku::backend::http
