#pragma once

// Legal holds and what they keep (migrations/V007). Included at the end of storage/Sql.h.

#include "storage/Sql.h"

namespace kiroku::backend::storage::sql {

inline constexpr std::string_view kInsertLegalHold = R"(
INSERT INTO legal_holds (id, store_id, reason_code, reason, police_request_id, created_at, created_by, until)
VALUES ($1::uuid, $2, $3, $4, $5::uuid, to_timestamp($6::bigint / 1000000.0), $7, $8::date))";
inline constexpr std::string_view kInsertHoldIdentity =
    "INSERT INTO legal_hold_items (hold_id, store_id, identity_record_id) VALUES ($1::uuid, $2, $3::uuid)";
inline constexpr std::string_view kInsertHoldVisit =
    "INSERT INTO legal_hold_items (hold_id, store_id, visit_id) VALUES ($1::uuid, $2, $3::uuid)";
inline constexpr std::string_view kInsertHoldWindow = R"(
INSERT INTO legal_hold_items (hold_id, store_id, terminal_id, window_start, window_end)
VALUES ($1::uuid, $2, $3, to_timestamp($4::bigint / 1000000.0), to_timestamp($5::bigint / 1000000.0)))";
// A NAT mapping a police answer went through (V008): its public endpoint and key instant.
inline constexpr std::string_view kInsertHoldNatMapping = R"(
INSERT INTO legal_hold_items (hold_id, store_id, nat_public_ip, nat_public_port, nat_key_at)
VALUES ($1::uuid, $2, $3::inet, $4, to_timestamp($5::bigint / 1000000.0)))";

// What a hold may name must exist in the hold's store (a visit in any month).
inline constexpr std::string_view kHoldIdentityExists =
    "SELECT 1 FROM identity_records WHERE store_id = $1 AND id = $2::uuid";
inline constexpr std::string_view kHoldVisitExists = "SELECT 1 FROM visits WHERE store_id = $1 AND id = $2::uuid";
inline constexpr std::string_view kHoldTerminalExists = "SELECT 1 FROM terminals WHERE store_id = $1 AND id = $2";

inline constexpr std::string_view kLegalHoldColumns = R"(
SELECT id::text AS id, store_id, reason_code, reason, police_request_id::text AS police_request_id,
       (extract(epoch FROM created_at) * 1000000)::bigint AS created_us, created_by,
       to_char(until, 'YYYY-MM-DD') AS until, (extract(epoch FROM released_at) * 1000000)::bigint AS released_us,
       released_by
FROM legal_holds)";
inline constexpr std::string_view kListLegalHolds = "WHERE store_id = $1 ORDER BY created_at DESC, id LIMIT 1000";
inline constexpr std::string_view kLockLegalHold = "WHERE store_id = $1 AND id = $2::uuid FOR UPDATE";
inline constexpr std::string_view kLegalHoldItems = R"(
SELECT hold_id::text AS hold_id, identity_record_id::text AS identity_record_id, visit_id::text AS visit_id,
       terminal_id, (extract(epoch FROM window_start) * 1000000)::bigint AS from_us,
       (extract(epoch FROM window_end) * 1000000)::bigint AS to_us, host(nat_public_ip) AS nat_public_ip,
       nat_public_port, (extract(epoch FROM nat_key_at) * 1000000)::bigint AS nat_key_us
FROM legal_hold_items WHERE hold_id = ANY($1::uuid[]) ORDER BY id)";
inline constexpr std::string_view kReleaseLegalHold = R"(
UPDATE legal_holds SET released_at = to_timestamp($3::bigint / 1000000.0), released_by = $4
WHERE store_id = $1 AND id = $2::uuid AND released_at IS NULL)";

} // namespace kiroku::backend::storage::sql
