#pragma once

// The audit log: chain heads, entries, signing keys and checkpoints. Included at the end of storage/Sql.h.
// Instants go in as exact microseconds ('epoch' + n µs) because the hashed document holds the same number.

#include "storage/Sql.h"

namespace kiroku::backend::storage::sql {

inline constexpr Statement kAuditLockHead{
    "audit_lock_head", "SELECT seq, encode(hash, 'hex') AS hash FROM audit_heads WHERE chain_id = $1 FOR UPDATE"};
inline constexpr Statement kAuditCreateHead{"audit_create_head", R"(
INSERT INTO audit_heads (chain_id, store_id, seq, hash) VALUES ($1, $2, 0, decode(repeat('00', 32), 'hex'))
ON CONFLICT (chain_id) DO NOTHING)"};
// One round trip: the entry and the head's advance.
inline constexpr Statement kAuditAppend{"audit_append", R"(
WITH entry AS (
    INSERT INTO audit_log (chain_id, seq, store_id, at, action, staff_id, entry, prev_hash, hash)
    VALUES ($1, $2, $3, timestamptz 'epoch' + $4::bigint * interval '1 microsecond', $5, $6, $7::jsonb,
            decode($8, 'hex'), decode($9, 'hex'))
    RETURNING chain_id)
UPDATE audit_heads SET seq = $2, hash = decode($9, 'hex'), updated_at = now()
WHERE chain_id = (SELECT chain_id FROM entry))"};

inline constexpr std::string_view kAuditEntries = R"(
SELECT chain_id, seq, store_id, (extract(epoch FROM at) * 1000000)::bigint AS at_us, action, staff_id,
       entry::text AS entry, encode(prev_hash, 'hex') AS prev_hash, encode(hash, 'hex') AS hash
FROM audit_log WHERE chain_id = $1 AND seq > $2 ORDER BY seq LIMIT $3)";
inline constexpr std::string_view kAuditEntryAt = R"(
SELECT chain_id, seq, store_id, (extract(epoch FROM at) * 1000000)::bigint AS at_us, action, staff_id,
       entry::text AS entry, encode(prev_hash, 'hex') AS prev_hash, encode(hash, 'hex') AS hash
FROM audit_log WHERE chain_id = $1 AND seq = $2)";
inline constexpr std::string_view kAuditHead =
    "SELECT chain_id, seq, encode(hash, 'hex') AS hash FROM audit_heads WHERE chain_id = $1";
inline constexpr std::string_view kReadOnlySnapshot = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";
inline constexpr std::string_view kAuditChains = "SELECT chain_id FROM audit_heads ORDER BY chain_id";

// --- checkpoints ------------------------------------------------------------------------------------------------
inline constexpr std::string_view kCheckpointMadeSince =
    "SELECT 1 FROM audit_checkpoints WHERE store_id = $1 AND created_at >= timestamptz 'epoch' + $2::bigint * "
    "interval '1 microsecond' LIMIT 1";
inline constexpr std::string_view kInsertCheckpoint = R"(
INSERT INTO audit_checkpoints (chain_id, store_id, length, head_hash, created_at, key_id, payload, signature)
VALUES ($1, $1, $2, decode($3, 'hex'), timestamptz 'epoch' + $4::bigint * interval '1 microsecond', $5, $6, $7)
RETURNING id)";
inline constexpr std::string_view kLatestCheckpoint = R"(
SELECT id, store_id, length, encode(head_hash, 'hex') AS head_hash,
       (extract(epoch FROM created_at) * 1000000)::bigint AS created_us, key_id, payload, signature
FROM audit_checkpoints WHERE store_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1)";
inline constexpr std::string_view kAllStoreIds = "SELECT id FROM stores ORDER BY id";

// --- store signing keys --------------------------------------------------------------------------------------
inline constexpr std::string_view kCurrentSigningKey =
    "SELECT id, store_id, public_key, kek_version, wrapped_private_key FROM store_signing_keys "
    "WHERE store_id = $1 AND retired_at IS NULL";
inline constexpr std::string_view kSigningKeyById =
    "SELECT id, store_id, public_key, kek_version, wrapped_private_key FROM store_signing_keys WHERE id = $1";
inline constexpr std::string_view kAllSigningKeys =
    "SELECT id, store_id, public_key, kek_version, wrapped_private_key FROM store_signing_keys ORDER BY id";
inline constexpr std::string_view kNextSigningKeyId =
    "SELECT nextval(pg_get_serial_sequence('store_signing_keys', 'id'))::integer";
inline constexpr std::string_view kInsertSigningKey =
    "INSERT INTO store_signing_keys (id, store_id, public_key, kek_version, wrapped_private_key) "
    "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (store_id) WHERE retired_at IS NULL DO NOTHING RETURNING id";
inline constexpr std::string_view kStoreRewrappedSigningKey =
    "UPDATE store_signing_keys SET kek_version = $2, wrapped_private_key = $3 WHERE id = $1";

} // namespace kiroku::backend::storage::sql
