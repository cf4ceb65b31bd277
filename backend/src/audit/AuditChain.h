#pragma once

#include "canonical/Json.h"
#include "domain/Audit.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Each entry of a chain is hashed as SHA-256(prev_hash ‖ JCS(document)), where prev_hash is the previous entry's
// 32-byte hash (32 zero bytes for the first) and the document is the entry's canonical JSON (RFC 8785), which names
// its chain and position, so an entry cannot be moved to another place or chain without breaking its hash.
namespace kiroku::backend::audit {

inline constexpr std::int64_t kEntryFormatVersion = 1;
/// The chain of system-wide events (no store).
inline constexpr std::int64_t kGlobalChain = 0;

using Digest = std::array<std::uint8_t, 32>;

/// The hash before the first entry: 32 zero bytes.
inline constexpr Digest kGenesis{};

/// The chain an entry belongs to: its store's id, or kGlobalChain.
inline std::int64_t chainOf(const domain::AuditEntry& entry) {
    return entry.storeId.value_or(kGlobalChain);
}

/// The document that is hashed and stored for `entry` at position `seq` (1-based) of chain `chainId`:
///   {"v":1,"chain":…,"seq":…,"store_id":…|null,"at_us":…,"action":…,"actor":{"kind":…,"staff_id"?:…,"name"?:…},
///    "reason":…,"subjects":[{"kind":…,"id":…}],"details":{…}}
/// `at` is truncated to microseconds (what the database keeps). Throws canonical::JsonError for text that is not
/// valid UTF-8.
canonical::Value entryDocument(const domain::AuditEntry& entry, std::int64_t chainId, std::int64_t seq);

/// SHA-256(prev ‖ canonicalDocument).
Digest linkHash(const Digest& prev, std::string_view canonicalDocument);

std::string toHex(const Digest& digest);
/// Parses 64 hex characters; nothing otherwise.
std::optional<Digest> digestFromHex(std::string_view hex);

/// Microseconds since the Unix epoch.
std::int64_t toMicros(std::chrono::system_clock::time_point t);

} // namespace kiroku::backend::audit
