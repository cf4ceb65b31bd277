#pragma once

// Visits, their segments (which booth and terminal, from when to when) and the idempotency keys that guard
// check-in, moves and checkout. Included at the end of storage/Sql.h.

#include "storage/Sql.h"

namespace kiroku::backend::storage::sql {

// --- visits and segments --------------------------------------------------------------------------
// Locks one or two booths of a store in id order, each with the (first) terminal placed in it.
inline constexpr Statement kVisitLockBooths{"visit_lock_booths", R"(
SELECT b.id, b.label, b.status, t.id AS terminal_id, t.number AS terminal_number
FROM booths b
LEFT JOIN LATERAL (SELECT id, number FROM terminals
                   WHERE store_id = b.store_id AND booth_id = b.id ORDER BY id LIMIT 1) t ON true
WHERE b.store_id = $1 AND b.id IN ($2, $3)
ORDER BY b.id
FOR UPDATE OF b)"};
inline constexpr Statement kVisitHasActive{
    "visit_has_active",
    "SELECT 1 FROM visits WHERE store_id = $1 AND identity_record_id = $2::uuid AND ended_at IS NULL "
    "AND retention_until = 'infinity' LIMIT 1"};
inline constexpr Statement kVisitInsert{"visit_insert", R"(
INSERT INTO visits (id, store_id, identity_record_id, member_id, started_at, started_by, minor, minor_must_leave_at)
VALUES (gen_random_uuid(), $1, $2::uuid, $3::uuid, to_timestamp($4::bigint / 1000000.0), $5, $6,
        to_timestamp($7::bigint / 1000000.0))
RETURNING id::text)"};
inline constexpr Statement kVisitOpenSegment{"visit_open_segment", R"(
INSERT INTO visit_segments (store_id, visit_id, booth_id, terminal_id, started_at)
VALUES ($1, $2::uuid, $3, $4, to_timestamp($5::bigint / 1000000.0)))"};
inline constexpr Statement kVisitSetBoothStatus{"visit_set_booth_status",
                                                "UPDATE booths SET status = $3 WHERE store_id = $1 AND id = $2"};
inline constexpr Statement kVisitLock{"visit_lock", R"(
SELECT id::text AS id, identity_record_id::text AS identity_record_id,
       (extract(epoch FROM started_at) * 1000000)::bigint AS started_us, minor,
       (extract(epoch FROM minor_must_leave_at) * 1000000)::bigint AS must_leave_us,
       (extract(epoch FROM ended_at) * 1000000)::bigint AS ended_us
FROM visits WHERE store_id = $1 AND id = $2::uuid AND retention_until = 'infinity'
FOR UPDATE)"};
// A visit that is not open: searched in every month (only on the path that refuses it).
inline constexpr Statement kVisitFindEnded{"visit_find_ended", R"(
SELECT id::text AS id, identity_record_id::text AS identity_record_id,
       (extract(epoch FROM started_at) * 1000000)::bigint AS started_us, minor,
       (extract(epoch FROM minor_must_leave_at) * 1000000)::bigint AS must_leave_us,
       (extract(epoch FROM ended_at) * 1000000)::bigint AS ended_us
FROM visits WHERE store_id = $1 AND id = $2::uuid AND retention_until <> 'infinity')"};
inline constexpr Statement kVisitOpenSegmentOf{"visit_open_segment_of", R"(
SELECT id, booth_id, (extract(epoch FROM started_at) * 1000000)::bigint AS started_us
FROM visit_segments WHERE store_id = $1 AND visit_id = $2::uuid AND ended_at IS NULL AND retention_until = 'infinity')"};
// A check-in dated in the past starts after the booth's last segment and the customer's last visit ended.
inline constexpr Statement kVisitLastSegmentEndInBooth{"visit_last_segment_end_in_booth", R"(
SELECT (extract(epoch FROM max(ended_at)) * 1000000)::bigint AS ended_us
FROM visit_segments WHERE store_id = $1 AND booth_id = $2)"};
inline constexpr Statement kVisitLastEndOfCustomer{"visit_last_end_of_customer", R"(
SELECT (extract(epoch FROM max(ended_at)) * 1000000)::bigint AS ended_us
FROM visits WHERE store_id = $1 AND identity_record_id = $2::uuid)"};
inline constexpr Statement kVisitCloseSegment{
    "visit_close_segment", "UPDATE visit_segments SET ended_at = to_timestamp($3::bigint / 1000000.0) "
                           "WHERE store_id = $1 AND id = $2 AND ended_at IS NULL AND retention_until = 'infinity'"};
// Ending a visit moves it and its segments from the open partitions into the month of their retention date, in one
// statement (the triggers of V007 check that they move together).
inline constexpr Statement kVisitEnd{"visit_end", R"(
WITH visit AS (
    UPDATE visits SET ended_at = to_timestamp($3::bigint / 1000000.0), ended_by = $4, retention_until = $5::date
    WHERE store_id = $1 AND id = $2::uuid AND ended_at IS NULL AND retention_until = 'infinity'
    RETURNING id),
segments AS (
    UPDATE visit_segments SET retention_until = $5::date
    WHERE store_id = $1 AND visit_id = $2::uuid AND retention_until = 'infinity' AND visit_id IN (SELECT id FROM visit)
    RETURNING id)
SELECT (SELECT count(*) FROM visit) AS visits, (SELECT count(*) FROM segments) AS segments)"};
// The identity record's clock restarts at each visit, and only ever moves forward.
inline constexpr Statement kVisitExtendIdentityRetention{"visit_extend_identity_retention", R"(
UPDATE identity_records
SET last_service_on = GREATEST(last_service_on, $3::date), retention_until = GREATEST(retention_until, $4::date)
WHERE store_id = $1 AND id = $2::uuid)"};
inline constexpr Statement kVisitListActive{"visit_list_active", R"(
SELECT v.id::text AS id, b.id AS booth_id, b.label AS booth_label, t.id AS terminal_id, t.number AS terminal_number,
       (extract(epoch FROM v.started_at) * 1000000)::bigint AS started_us, v.minor,
       (extract(epoch FROM v.minor_must_leave_at) * 1000000)::bigint AS must_leave_us
FROM visits v
LEFT JOIN visit_segments s ON s.store_id = v.store_id AND s.visit_id = v.id AND s.ended_at IS NULL
                          AND s.retention_until = 'infinity'
LEFT JOIN booths b ON b.id = s.booth_id
LEFT JOIN terminals t ON t.id = s.terminal_id
WHERE v.store_id = $1 AND v.ended_at IS NULL AND v.retention_until = 'infinity'
ORDER BY v.started_at, v.id)"};

// --- idempotency keys -------------------------------------------------------------------------------
// Claiming inserts a placeholder row: a concurrent request with the same key waits on it until the first
// transaction ends, then finds the recorded answer (or, if the first rolled back, claims the key itself).
inline constexpr Statement kIdempotencyClaim{"idempotency_claim", R"(
INSERT INTO idempotency_keys (store_id, key, staff_id, request_hash, response_status, response_body)
VALUES ($1, $2, $3, $4, 0, '')
ON CONFLICT (store_id, key) DO NOTHING
RETURNING 1)"};
inline constexpr Statement kIdempotencyFind{"idempotency_find",
                                            "SELECT request_hash, response_status, response_body FROM idempotency_keys "
                                            "WHERE store_id = $1 AND key = $2 AND response_status > 0"};
inline constexpr Statement kIdempotencyRecord{
    "idempotency_record",
    "UPDATE idempotency_keys SET response_status = $3, response_body = $4 WHERE store_id = $1 AND key = $2"};

} // namespace kiroku::backend::storage::sql
