#pragma once

#include "domain/GatewayRepository.h"
#include "services/keys/KeyService.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace kiroku::backend::services {

/// What `kirokuctl create-gateway` / `gateway-credential` print once and the gateway sends as
/// `Authorization: Gateway <value>`.
struct GatewayCredential {
    std::int64_t gatewayId = 0;
    std::string secret;

    /// "<gateway id>.<secret>"
    std::string value() const { return std::to_string(gatewayId) + "." + secret; }
};

/// A new random secret for a gateway; only gatewayCredentialHash() of it is stored.
GatewayCredential newGatewayCredential(std::int64_t gatewayId);

/// The keyed hash stored in gateways.credential_hash: HMAC under the bearer-token pepper of the secret bound to the
/// gateway's id (and to "gateway", so that a terminal's credential of the same id is worthless here).
std::string gatewayCredentialHash(KeyService& keys, std::int64_t gatewayId, std::string_view secret);

/// Checks gateways' credentials.
class GatewayAuth {
public:
    GatewayAuth(domain::GatewayRepository& repository, KeyService& keys) : m_repository(repository), m_keys(keys) {}

    /// The gateway whose credential "<gateway id>.<secret>" is `credential`. Throws Unauthenticated for a
    /// malformed, unknown or wrong credential, the same way for each.
    domain::GatewayCredentialRecord authenticate(std::string_view credential);

private:
    domain::GatewayRepository& m_repository;
    KeyService& m_keys;
};

} // namespace kiroku::backend::services
