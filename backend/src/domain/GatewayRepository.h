#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace kiroku::domain {

/// A store's gateway (its router doing NAT), as its credential check needs it.
struct GatewayCredentialRecord {
    std::int64_t id = 0;
    std::int64_t storeId = 0;
    std::string name;
    std::optional<std::string> credentialHash; ///< keyed hash of the secret; none until one is issued
};

class GatewayRepository {
public:
    virtual ~GatewayRepository() = default;

    virtual std::optional<GatewayCredentialRecord> findGateway(std::int64_t gatewayId) = 0;
    virtual std::optional<std::int64_t> findGatewayByName(std::int64_t storeId, const std::string& name) = 0;
    /// Throws Conflict when the store already has a gateway of that name.
    virtual std::int64_t createGateway(std::int64_t storeId, const std::string& name) = 0;
    virtual void setCredentialHash(std::int64_t gatewayId, const std::string& credentialHash) = 0;
    /// The store's id when the installation has exactly one store (what kirokuctl ingest-nat uses without --store).
    virtual std::optional<std::int64_t> soleStore() = 0;
};

} // namespace kiroku::domain
