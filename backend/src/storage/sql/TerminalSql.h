#pragma once

// Terminal credentials, the usage events the booth PCs send, and creating terminals (kirokuctl). Included at the
// end of storage/Sql.h.

#include "storage/Sql.h"

namespace kiroku::backend::storage::sql {

inline constexpr Statement kTerminalCredential{
    "terminal_credential", "SELECT id, store_id, number, credential_hash FROM terminals WHERE id = $1"};
// A re-sent event (same terminal and event key) is ignored: no row comes back. Events are partitioned by month of
// `at` (V007), so the unique index includes `at`: a key is serialised by an advisory lock and looked for in every
// month by a second statement, whose snapshot sees an insert committed while it waited.
inline constexpr Statement kTerminalEventKeyLock{
    "terminal_event_key_lock",
    "SELECT pg_advisory_xact_lock(hashtextextended('terminal_event:' || $1::text || ':' || $2, 0))"};
inline constexpr Statement kTerminalInsertEvent{"terminal_insert_event", R"(
INSERT INTO terminal_events (store_id, terminal_id, at, kind, private_ip, mac_address, event_key)
SELECT $1, $2, to_timestamp($3::bigint / 1000000.0), $4, $5::inet, $6::macaddr, $7
WHERE NOT EXISTS (SELECT 1 FROM terminal_events WHERE terminal_id = $2 AND event_key = $7)
ON CONFLICT (terminal_id, event_key, at) DO NOTHING
RETURNING id)"};

// --- administration (kirokuctl) ----------------------------------------------------------------------
inline constexpr std::string_view kAdminInsertTerminal = R"(
INSERT INTO terminals (store_id, number, booth_id, hostname, mac_address, private_ip)
VALUES ($1, $2, $3, $4, $5::macaddr, $6::inet)
RETURNING id)";
inline constexpr std::string_view kAdminFindTerminal = "SELECT id FROM terminals WHERE store_id = $1 AND number = $2";
inline constexpr std::string_view kAdminSetTerminalCredential =
    "UPDATE terminals SET credential_hash = $2 WHERE id = $1";

} // namespace kiroku::backend::storage::sql
