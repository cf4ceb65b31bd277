#pragma once

// The live booth map, booth statuses set by staff, and creating booths (kirokuctl). Included at the end of
// storage/Sql.h.

#include "storage/Sql.h"

namespace kiroku::backend::storage::sql {

// Every booth of a store ($2 NULL) or one booth, with its (first) terminal and the visit whose segment is open in it.
// Open visits and segments are in the 'infinity' partitions (V007): naming it keeps the scans there.
inline constexpr Statement kBoothMap{"booth_map", R"(
SELECT b.id, b.label, b.kind, b.status, t.id AS terminal_id, t.number AS terminal_number,
       v.id::text AS visit_id, (extract(epoch FROM v.started_at) * 1000000)::bigint AS visit_started_us, v.minor,
       (extract(epoch FROM v.minor_must_leave_at) * 1000000)::bigint AS must_leave_us
FROM booths b
LEFT JOIN LATERAL (SELECT id, number FROM terminals
                   WHERE store_id = b.store_id AND booth_id = b.id ORDER BY id LIMIT 1) t ON true
LEFT JOIN visit_segments s ON s.store_id = b.store_id AND s.booth_id = b.id AND s.ended_at IS NULL
                          AND s.retention_until = 'infinity'
LEFT JOIN visits v ON v.store_id = s.store_id AND v.id = s.visit_id AND v.retention_until = 'infinity'
WHERE b.store_id = $1 AND ($2::bigint IS NULL OR b.id = $2::bigint)
ORDER BY b.label)"};
inline constexpr Statement kBoothLock{"booth_lock", R"(
SELECT b.status, EXISTS (SELECT 1 FROM visit_segments s
                         WHERE s.booth_id = b.id AND s.ended_at IS NULL AND s.retention_until = 'infinity') AS in_use
FROM booths b WHERE b.store_id = $1 AND b.id = $2
FOR UPDATE OF b)"};
inline constexpr Statement kBoothSetStatus{"booth_set_status",
                                           "UPDATE booths SET status = $3 WHERE store_id = $1 AND id = $2"};

// --- administration (kirokuctl) ----------------------------------------------------------------------
inline constexpr std::string_view kAdminInsertBooth =
    "INSERT INTO booths (store_id, label, kind) VALUES ($1, $2, $3) RETURNING id";
inline constexpr std::string_view kAdminFindBooth = "SELECT id FROM booths WHERE store_id = $1 AND label = $2";

} // namespace kiroku::backend::storage::sql
