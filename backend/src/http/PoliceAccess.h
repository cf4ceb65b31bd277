#pragma once

#include "http/Request.h"
#include "services/auth/AuthService.h"
#include "services/police/PoliceRequestService.h"

#include <initializer_list>
#include <optional>

namespace kiroku::backend::http {

/// Which listener a police-request route is served on: the main one (staff bearer tokens) or the mutual-TLS one
/// (police client certificates from the configured police CA; bearer tokens are ignored there).
enum class PoliceListenerKind { Staff, Police };

/// The subject, issuer and serial of the verified client certificate of the request's TLS connection; nothing when
/// the connection has none (the main listener).
std::optional<services::ClientCertificateIdentity> clientCertificateOf(Request& request);

/// The caller of a police-request route: on the staff listener the staff member of the bearer token, who must hold
/// one of `staffRoles` (401/403 otherwise); on the police listener the agency of the client certificate (403 when
/// there is none or the agency is disabled).
services::PoliceCaller policeCaller(Request& request, PoliceListenerKind listener, services::AuthService& auth,
                                    services::PoliceRequestService& police,
                                    std::initializer_list<domain::Role> staffRoles);

} // namespace kiroku::backend::http
