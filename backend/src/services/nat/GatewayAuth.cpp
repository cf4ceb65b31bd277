#include "services/nat/GatewayAuth.h"

#include "crypto/Random.h"
#include "domain/Errors.h"

#include <charconv>

namespace kiroku::backend::services {

namespace {
std::string credentialMessage(std::int64_t gatewayId, std::string_view secret) {
    return "gateway:" + std::to_string(gatewayId) + ":" + std::string(secret);
}
} // namespace

GatewayCredential newGatewayCredential(std::int64_t gatewayId) {
    return {gatewayId, crypto::randomToken(32)};
}

std::string gatewayCredentialHash(KeyService& keys, std::int64_t gatewayId, std::string_view secret) {
    return keys.bearerTokens().hash(credentialMessage(gatewayId, secret));
}

domain::GatewayCredentialRecord GatewayAuth::authenticate(std::string_view credential) {
    const auto refuse = [] {
        return domain::Unauthenticated(
            "this call needs the gateway's credential: send Authorization: Gateway <gateway id>.<secret>");
    };
    const auto dot = credential.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot > 18 || credential.size() - dot - 1 < 16 ||
        credential.size() > 200) {
        throw refuse();
    }
    std::int64_t gatewayId = 0;
    const auto [end, error] = std::from_chars(credential.data(), credential.data() + dot, gatewayId);
    if (error != std::errc() || end != credential.data() + dot || gatewayId <= 0) {
        throw refuse();
    }
    auto gateway = m_repository.findGateway(gatewayId);
    if (!gateway || !gateway->credentialHash ||
        !m_keys.bearerTokens().matches(credentialMessage(gatewayId, credential.substr(dot + 1)),
                                       *gateway->credentialHash)) {
        throw refuse();
    }
    return std::move(*gateway);
}

} // namespace kiroku::backend::services
