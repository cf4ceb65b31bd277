#pragma once

#include "storage/Sql.h"

#include <string_view>

// Identity verification records (本人確認記録) and the key maintenance of kirokuctl rotate-keys. Personal fields
// only ever cross as ciphertexts; a nullable bytea is sent as an empty value and stored as NULL (NULLIF), since no
// ciphertext or index is empty. Dates cross as ISO text (to_char, so DateStyle doesn't matter).
namespace kiroku::backend::storage::sql {

inline constexpr std::string_view kInsertIdentityRecord = R"(
INSERT INTO identity_records (
    id, store_id, verified_at, verified_by, method, document_kind, document_issuer, document_expires_on,
    document_issued_on, nationality, address_on_document, address_proof_kind, address_proof_date, key_id,
    name_enc, name_kana_enc, address_enc, date_of_birth_enc, document_number_enc, name_dob_bidx,
    document_number_bidx, last_service_on, retention_until)
VALUES ($1::uuid, $2, to_timestamp($3::bigint / 1000000.0), $4, $5, $6, $7, $8::date,
    $9::date, $10, $11, $12, $13::date, $14,
    $15, NULLIF($16, ''::bytea), $17, $18, NULLIF($19, ''::bytea), $20,
    NULLIF($21, ''::bytea), $22::date, $23::date))";

inline constexpr Statement kFindIdentityRecord{"find_identity_record", R"(
SELECT id::text AS id, store_id, (extract(epoch FROM verified_at) * 1000000)::bigint AS verified_at_us, verified_by,
       method, document_kind, document_issuer, to_char(document_expires_on, 'YYYY-MM-DD') AS document_expires_on,
       to_char(document_issued_on, 'YYYY-MM-DD') AS document_issued_on, nationality, address_on_document,
       address_proof_kind, to_char(address_proof_date, 'YYYY-MM-DD') AS address_proof_date, key_id,
       name_enc, name_kana_enc, address_enc, date_of_birth_enc, document_number_enc, name_dob_bidx,
       document_number_bidx, to_char(last_service_on, 'YYYY-MM-DD') AS last_service_on,
       to_char(retention_until, 'YYYY-MM-DD') AS retention_until
FROM identity_records
WHERE store_id = $1 AND id = $2::uuid)"};

// --- kirokuctl rotate-keys: KEK rotation ----------------------------------------------------------------------
inline constexpr std::string_view kLockKeysToRewrap = R"(
SELECT id, purpose, scope, kek_version, wrapped_key FROM data_keys
WHERE destroyed_at IS NULL AND id > $1 AND kek_version <> $2
ORDER BY id LIMIT $3
FOR UPDATE)";
inline constexpr std::string_view kStoreRewrappedKey =
    "UPDATE data_keys SET wrapped_key = $2, kek_version = $3 WHERE id = $1 AND destroyed_at IS NULL";

// --- kirokuctl rotate-keys --reencrypt: personal-fields key rotation -------------------------------------------
inline constexpr std::string_view kLivePersonalKeys =
    "SELECT id, scope, retired_at IS NOT NULL AS retired FROM data_keys "
    "WHERE purpose = 'personal_fields' AND destroyed_at IS NULL ORDER BY id";
inline constexpr std::string_view kLivePoliceKeys =
    "SELECT id, scope, retired_at IS NOT NULL AS retired FROM data_keys "
    "WHERE purpose = 'police_fields' AND destroyed_at IS NULL ORDER BY id";
inline constexpr std::string_view kCountPoliceRequestsUnderKey =
    "SELECT count(*) FROM police_requests WHERE key_id = $1";
inline constexpr std::string_view kRetireDataKey =
    "UPDATE data_keys SET retired_at = now() WHERE id = $1 AND retired_at IS NULL AND destroyed_at IS NULL "
    "RETURNING purpose";
inline constexpr std::string_view kCountIdentityRecordsUnderKey =
    "SELECT count(*) FROM identity_records WHERE key_id = $1";
// Row locks, re-checked after waiting: a record rewritten meanwhile under another key no longer matches.
inline constexpr std::string_view kLockIdentityRecordsToReencrypt = R"(
SELECT id::text AS id, key_id, name_enc, name_kana_enc, address_enc, date_of_birth_enc, document_number_enc
FROM identity_records
WHERE key_id = $1 AND id > $2::uuid
ORDER BY id LIMIT $3
FOR UPDATE)";
inline constexpr std::string_view kStoreReencryptedIdentity = R"(
UPDATE identity_records
SET key_id = $2, name_enc = $3, name_kana_enc = NULLIF($4, ''::bytea), address_enc = $5, date_of_birth_enc = $6,
    document_number_enc = NULLIF($7, ''::bytea)
WHERE id = $1::uuid AND key_id = $8)";

} // namespace kiroku::backend::storage::sql
