#pragma once

#include "storage/Sql.h"

#include <string_view>

// Members (会員) and member cards. Card tokens never reach the database: only their keyed hashes.
namespace kiroku::backend::storage::sql {

inline constexpr std::string_view kLockIdentityRecordOfStore =
    "SELECT 1 FROM identity_records WHERE store_id = $1 AND id = $2::uuid FOR KEY SHARE";
inline constexpr std::string_view kInsertMember =
    "INSERT INTO members (id, store_id, identity_record_id, created_by) VALUES ($1::uuid, $2, $3::uuid, $4)";
// Serialises card issues of one member, so that a replacing issue revokes every card issued before it.
inline constexpr std::string_view kLockMemberOfStore =
    "SELECT 1 FROM members WHERE store_id = $1 AND id = $2::uuid FOR UPDATE";
inline constexpr std::string_view kRevokeMemberCards =
    "UPDATE member_cards SET revoked_at = to_timestamp($3::bigint / 1000000.0) "
    "WHERE store_id = $1 AND member_id = $2::uuid AND revoked_at IS NULL";
inline constexpr std::string_view kInsertMemberCard =
    "INSERT INTO member_cards (store_id, member_id, token_hash, issued_at, issued_by) "
    "VALUES ($1, $2::uuid, $3, to_timestamp($4::bigint / 1000000.0), $5)";
inline constexpr Statement kFindLiveMemberCard{"find_live_member_card", R"(
SELECT c.member_id::text AS member_id, m.identity_record_id::text AS identity_record_id
FROM member_cards c JOIN members m ON m.store_id = c.store_id AND m.id = c.member_id
WHERE c.store_id = $1 AND c.token_hash = $2 AND c.revoked_at IS NULL)"};

} // namespace kiroku::backend::storage::sql
