#include "http/Authentication.h"

#include "domain/Errors.h"

namespace kiroku::backend::http {

domain::StaffPrincipal requireStaff(Request& request, services::AuthService& auth,
                                    std::initializer_list<domain::Role> allowed) {
    const auto token = request.bearerToken();
    if (!token) {
        throw domain::Unauthenticated("this call needs a staff session: send Authorization: Bearer <token>");
    }
    auto principal = auth.authenticate(*token);
    if (allowed.size() > 0 && !principal.hasAnyRole(allowed)) {
        throw domain::Forbidden("your role may not do this");
    }
    return principal;
}

} // namespace kiroku::backend::http
