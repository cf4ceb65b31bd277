#pragma once

// The purge of police requests past retention (migrations/V011): a request goes with its disclosures once its
// retention_until is before the store's local today, unless a legal hold in force names it. Instants cross as epoch
// microseconds, dates as ISO text.

#include "storage/Sql.h"

namespace kiroku::backend::storage::sql {

// Requests of store $1 past retention ($2), that no hold in force at $3 names (a hold of any store), up to $4,
// locked (skipping a request an answer is being written for).
inline constexpr std::string_view kLockPoliceRequestsToPurge = R"(
SELECT r.id::text AS id FROM police_requests r
WHERE r.store_id = $1 AND r.retention_until < $2::date
  AND NOT EXISTS (SELECT 1 FROM kiroku_held_police_requests(to_timestamp($3::bigint / 1000000.0)) h
                  WHERE h.police_request_id = r.id)
ORDER BY r.retention_until, r.id
LIMIT $4
FOR UPDATE OF r SKIP LOCKED)";
// The requests $2 (uuid[]) of store $1 with every row that refers to them (police_disclosures).
inline constexpr std::string_view kDeletePoliceRequests = R"(
WITH gone AS (SELECT r.id FROM police_requests r WHERE r.store_id = $1 AND r.id = ANY($2::uuid[])),
disclosures AS (DELETE FROM police_disclosures d USING gone g WHERE d.request_id = g.id RETURNING 1),
requests AS (DELETE FROM police_requests r USING gone g WHERE r.store_id = $1 AND r.id = g.id RETURNING 1)
SELECT (SELECT count(*) FROM requests) AS police_requests, (SELECT count(*) FROM disclosures) AS police_disclosures)";
// What the same run would remove (a dry run).
inline constexpr std::string_view kCountPoliceRequestsToPurge = R"(
WITH doomed AS (
    SELECT r.id FROM police_requests r
    WHERE r.store_id = $1 AND r.retention_until < $2::date
      AND NOT EXISTS (SELECT 1 FROM kiroku_held_police_requests(to_timestamp($3::bigint / 1000000.0)) h
                      WHERE h.police_request_id = r.id))
SELECT (SELECT count(*) FROM doomed) AS police_requests,
       (SELECT count(*) FROM police_disclosures d JOIN doomed x ON d.request_id = x.id) AS police_disclosures)";
// Requests of store $1 past retention ($2) that holds in force at $3 keep, per hold.
inline constexpr std::string_view kHeldPoliceRequests = R"(
SELECT h.hold_id::text AS hold_id, count(DISTINCT r.id) AS police_requests
FROM kiroku_held_police_requests(to_timestamp($3::bigint / 1000000.0)) h
JOIN police_requests r ON r.id = h.police_request_id
WHERE r.store_id = $1 AND r.retention_until < $2::date
GROUP BY h.hold_id)";
// Requests under key $1 that a purge at $4 removes, the stores' local todays given as $2 (bigint[]) and $3 (date[]).
inline constexpr std::string_view kCountPoliceRequestsToPurgeUnderKey = R"(
SELECT count(*) FROM police_requests r
JOIN unnest($2::bigint[], $3::date[]) AS c(store_id, today) ON c.store_id = r.store_id
WHERE r.key_id = $1 AND r.retention_until < c.today
  AND NOT EXISTS (SELECT 1 FROM kiroku_held_police_requests(to_timestamp($4::bigint / 1000000.0)) h
                  WHERE h.police_request_id = r.id))";

} // namespace kiroku::backend::storage::sql
