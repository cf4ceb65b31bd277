#pragma once

// The retention engine: partitions, purging by key, legal holds as the purge sees them, key destruction and purge
// certificates (migrations/V007). Instants cross as epoch microseconds ($n::bigint / 1000000.0), dates as ISO text.

#include "storage/Sql.h"

namespace kiroku::backend::storage::sql {

// One purge at a time, over every server and kirokuctl (a session lock, held on a connection of its own).
inline constexpr std::string_view kPurgeTryLock = "SELECT pg_try_advisory_lock(7403162031)";
inline constexpr std::string_view kPurgeUnlock = "SELECT pg_advisory_unlock(7403162031)";
// Holds against purge steps. Each purge step that deletes or drops takes this lock exclusively, as the first statement
// of its transaction; placing a hold (a manager's, or a police answer's) takes it shared, as the first statement of
// its own. So a hold being placed is either committed before a step looks for holds (the step waits for it and then
// sees it) or placed after the step (on records it could no longer have kept): no hold can be committed unseen by a
// step that already counted the holds. Steps are short (a partition drop, a batch), so a placement waits little.
inline constexpr std::string_view kPurgeStepBarrier = "SELECT pg_advisory_xact_lock(7403162032)";
inline constexpr std::string_view kHoldPlacementBarrier = "SELECT pg_advisory_xact_lock_shared(7403162032)";

inline constexpr std::string_view kRetentionStoreIds = "SELECT id FROM stores ORDER BY id";
// Partitions are created one month at a time, each in a transaction of its own (short locks while check-ins run).
inline constexpr std::string_view kMissingPartitions =
    "SELECT table_name, to_char(month, 'YYYY-MM-DD') AS month "
    "FROM kiroku_missing_partitions(to_timestamp($1::bigint / 1000000.0)) ORDER BY month, table_name";
inline constexpr std::string_view kEnsurePartition = "SELECT kiroku_ensure_partition($1, $2::date)";
// Only after V007 (kirokuctl migrate runs it when the function exists).
inline constexpr std::string_view kPartitionFunctionsExist =
    "SELECT to_regprocedure('kiroku_missing_partitions(timestamptz)') IS NOT NULL";

// Month partitions (<table>_pYYYYMM) of every registered table, oldest month first, tables that belong to another
// after it.
inline constexpr std::string_view kMonthPartitions = R"(
SELECT t.table_name, coalesce(t.parent_table, '') AS parent_table, t.key_kind = 'event_time' AS event_time,
       to_char(to_date(right(c.relname, 6), 'YYYYMM'), 'YYYY-MM-DD') AS month
FROM partitioned_tables t
JOIN pg_inherits i ON i.inhparent = to_regclass(format('public.%I', t.table_name))
JOIN pg_class c ON c.oid = i.inhrelid
WHERE c.relname ~ '_p[0-9]{6}$' AND c.relname = t.table_name || '_p' || right(c.relname, 6)
ORDER BY month, t.parent_table NULLS FIRST, t.table_name)";
inline constexpr std::string_view kEventTables =
    "SELECT table_name FROM partitioned_tables WHERE key_kind = 'event_time' ORDER BY table_name";
inline constexpr std::string_view kPartitionExpired =
    "SELECT kiroku_partition_expired($1, $2::date, to_timestamp($3::bigint / 1000000.0))";
// Rows per store (store_id NULL: an empty partition); no row: no such partition; row_count -1: refused (V008).
inline constexpr std::string_view kDropPartition = "SELECT store_id, row_count FROM kiroku_drop_partition_by_store($1, "
                                                   "$2::date, to_timestamp($3::bigint / 1000000.0))";

// Visits of a store whose retention ended before $2 and that no hold in force keeps, up to $4, with their segments.
// $3: the purge's instant. A visit and its segments share the retention date, which keeps both scans in the
// partitions past retention.
inline constexpr std::string_view kPurgeVisits = R"(
WITH doomed AS (
    SELECT v.id, v.retention_until FROM visits v
    WHERE v.store_id = $1 AND v.retention_until < $2::date
      AND v.id NOT IN (SELECT h.visit_id FROM kiroku_held_visits(to_timestamp($3::bigint / 1000000.0)) h
                       WHERE h.store_id = $1)
    LIMIT $4),
segments AS (
    DELETE FROM visit_segments s USING doomed d
    WHERE s.store_id = $1 AND s.retention_until < $2::date AND s.visit_id = d.id AND s.retention_until = d.retention_until
    RETURNING 1),
gone AS (
    DELETE FROM visits v USING doomed d
    WHERE v.store_id = $1 AND v.retention_until < $2::date AND v.id = d.id AND v.retention_until = d.retention_until
    RETURNING 1)
SELECT (SELECT count(*) FROM gone) AS visits, (SELECT count(*) FROM segments) AS visit_segments)";
inline constexpr std::string_view kCountVisitsToPurge = R"(
WITH doomed AS (
    SELECT v.id, v.retention_until FROM visits v
    WHERE v.store_id = $1 AND v.retention_until < $2::date
      AND v.id NOT IN (SELECT h.visit_id FROM kiroku_held_visits(to_timestamp($3::bigint / 1000000.0)) h
                       WHERE h.store_id = $1))
SELECT (SELECT count(*) FROM doomed) AS visits,
       (SELECT count(*) FROM visit_segments s JOIN doomed d ON s.visit_id = d.id AND s.retention_until = d.retention_until
        WHERE s.store_id = $1 AND s.retention_until < $2::date) AS visit_segments)";

// Rows of an event-time table ($1) of store $2 before $3 outside windows held at $4: deleted, up to $5, or counted.
inline constexpr std::string_view kPurgeEventRows =
    "SELECT kiroku_purge_event_rows($1, $2, to_timestamp($3::bigint / 1000000.0), "
    "to_timestamp($4::bigint / 1000000.0), $5, $6)";

// Identity records of a store past retention ($2), not held at $3, that no visit refers to: locked (skipping those
// a check-in holds), up to $4. The delete that follows checks the visits again, in a snapshot taken after the locks.
inline constexpr std::string_view kLockIdentitiesToPurge = R"(
SELECT r.id::text AS id FROM identity_records r
WHERE r.store_id = $1 AND r.retention_until < $2::date
  AND r.id NOT IN (SELECT h.identity_record_id FROM kiroku_held_identities(to_timestamp($3::bigint / 1000000.0)) h
                   WHERE h.store_id = $1)
  AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.store_id = r.store_id AND v.identity_record_id = r.id)
ORDER BY r.retention_until, r.id
LIMIT $4
FOR UPDATE OF r SKIP LOCKED)";
// The records $2 (uuid[]) of store $1 with their members and member cards.
inline constexpr std::string_view kDeleteIdentities = R"(
WITH gone AS (
    SELECT r.id FROM identity_records r
    WHERE r.store_id = $1 AND r.id = ANY($2::uuid[])
      AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.store_id = r.store_id AND v.identity_record_id = r.id)),
cards AS (
    DELETE FROM member_cards c USING members m, gone g
    WHERE m.store_id = $1 AND m.identity_record_id = g.id AND c.store_id = m.store_id AND c.member_id = m.id
    RETURNING 1),
removed_members AS (
    DELETE FROM members m USING gone g WHERE m.store_id = $1 AND m.identity_record_id = g.id RETURNING 1),
records AS (
    DELETE FROM identity_records r USING gone g WHERE r.store_id = $1 AND r.id = g.id RETURNING 1)
SELECT (SELECT count(*) FROM records) AS identity_records, (SELECT count(*) FROM removed_members) AS members,
       (SELECT count(*) FROM cards) AS member_cards)";
// What the same run would remove (a dry run): records no surviving visit refers to.
inline constexpr std::string_view kCountIdentitiesToPurge = R"(
WITH held_visits AS MATERIALIZED (
    SELECT h.visit_id FROM kiroku_held_visits(to_timestamp($3::bigint / 1000000.0)) h WHERE h.store_id = $1),
doomed AS (
    SELECT r.id FROM identity_records r
    WHERE r.store_id = $1 AND r.retention_until < $2::date
      AND r.id NOT IN (SELECT h.identity_record_id FROM kiroku_held_identities(to_timestamp($3::bigint / 1000000.0)) h
                       WHERE h.store_id = $1)
      AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.store_id = r.store_id AND v.identity_record_id = r.id
                      AND NOT (v.retention_until < $2::date AND v.id NOT IN (SELECT visit_id FROM held_visits)))),
doomed_members AS (SELECT m.id FROM members m JOIN doomed d ON m.store_id = $1 AND m.identity_record_id = d.id)
SELECT (SELECT count(*) FROM doomed) AS identity_records, (SELECT count(*) FROM doomed_members) AS members,
       (SELECT count(*) FROM member_cards c JOIN doomed_members m ON c.store_id = $1 AND c.member_id = m.id)
           AS member_cards)";

// Rows past retention that holds in force keep, per hold: visits (and their segments), identity records, events.
inline constexpr std::string_view kHeldVisits = R"(
WITH held AS (
    SELECT DISTINCT h.hold_id, h.visit_id, h.retention_until
    FROM kiroku_held_visits(to_timestamp($3::bigint / 1000000.0)) h
    WHERE h.store_id = $1 AND h.retention_until < $2::date),
segments AS (
    SELECT x.hold_id, count(*) AS n FROM held x
    JOIN visit_segments s ON s.store_id = $1 AND s.visit_id = x.visit_id AND s.retention_until = x.retention_until
    GROUP BY x.hold_id)
SELECT held.hold_id::text AS hold_id, count(*) AS visits, coalesce(max(segments.n), 0) AS visit_segments
FROM held LEFT JOIN segments USING (hold_id) GROUP BY held.hold_id)";
inline constexpr std::string_view kHeldIdentities = R"(
SELECT h.hold_id::text AS hold_id, count(DISTINCT h.identity_record_id) AS identity_records
FROM kiroku_held_identities(to_timestamp($3::bigint / 1000000.0)) h
JOIN identity_records r ON r.store_id = h.store_id AND r.id = h.identity_record_id
WHERE h.store_id = $1 AND r.retention_until < $2::date
GROUP BY h.hold_id)";
inline constexpr std::string_view kHeldEventRows =
    "SELECT hold_id::text AS hold_id, held FROM kiroku_held_event_rows($1, $2, to_timestamp($3::bigint / 1000000.0), "
    "to_timestamp($4::bigint / 1000000.0))";

// --- keys ---------------------------------------------------------------------------------------------------------
// The retention months' keys: customers' (personal_fields) and police requests' (police_fields, V008).
inline constexpr std::string_view kPurgeMonthKeys = R"(
SELECT id, scope, purpose = 'police_fields' AS police, retired_at IS NOT NULL AS retired,
       coalesce(retired_at < now() - interval '1 day', false) AS retired_long_ago, vault
FROM data_keys WHERE purpose IN ('personal_fields', 'police_fields') AND destroyed_at IS NULL ORDER BY id)";
// Records under key $1 after id $2, up to $3, locked, with the month they must now be kept under: that of the later
// of their retention date and the last day of holds in force at $4 that keep them.
inline constexpr std::string_view kLockRecordsToRekey = R"(
SELECT r.id::text AS id, r.key_id, r.name_enc, r.name_kana_enc, r.address_enc, r.date_of_birth_enc,
       r.document_number_enc, to_char(GREATEST(r.retention_until, h.until), 'YYYY-MM') AS target_month
FROM identity_records r
LEFT JOIN (SELECT identity_record_id, max(until) AS until
           FROM kiroku_held_identities(to_timestamp($4::bigint / 1000000.0)) GROUP BY identity_record_id) h
       ON h.identity_record_id = r.id
WHERE r.key_id = $1 AND r.id > $2::uuid
ORDER BY r.id LIMIT $3
FOR UPDATE OF r)";
// Police requests under key $1 after id $2, up to $3, locked (an answer being written waits, then reads the new key),
// with their retention month: requests stored before V008 are under a customers' month key.
inline constexpr std::string_view kLockPoliceRequestsToRekey = R"(
SELECT id::text AS id, key_id, question_name_enc, question_name_kana_enc, question_date_of_birth_enc,
       question_document_number_enc, answer_document_enc, to_char(retention_until, 'YYYY-MM') AS retention_month
FROM police_requests
WHERE key_id = $1 AND id > $2::uuid
ORDER BY id LIMIT $3
FOR UPDATE)";
// Absent fields are passed as empty byte strings (a ciphertext never is one).
inline constexpr std::string_view kStoreReencryptedPoliceRequest = R"(
UPDATE police_requests
SET key_id = $2, question_name_enc = NULLIF($3, ''::bytea), question_name_kana_enc = NULLIF($4, ''::bytea),
    question_date_of_birth_enc = NULLIF($5, ''::bytea), question_document_number_enc = NULLIF($6, ''::bytea),
    answer_document_enc = NULLIF($7, ''::bytea)
WHERE id = $1::uuid AND key_id = $8)";
// The key row locked first: an insert under the key (which locks it FOR KEY SHARE, V007's trigger) either finished
// and is counted, or waits and then finds the key destroyed.
inline constexpr std::string_view kLockKeyToDestroy =
    "SELECT id FROM data_keys WHERE id = $1 AND destroyed_at IS NULL FOR UPDATE";
// Rows of every table that refers to a data key (identity records, police requests, ...).
inline constexpr std::string_view kKeyReferences = "SELECT kiroku_key_references($1)";
inline constexpr std::string_view kDestroyDataKey =
    "UPDATE data_keys SET wrapped_key = NULL, destroyed_at = now(), retired_at = coalesce(retired_at, now()) "
    "WHERE id = $1 AND destroyed_at IS NULL";
inline constexpr std::string_view kKeyStates =
    "SELECT id, destroyed_at IS NOT NULL AS destroyed FROM data_keys WHERE id = ANY($1::integer[])";

// terminal_event_days (V003) counts events per terminal and store-local day through triggers, which dropping a
// partition does not fire: the days a purge covered are recounted from the events left (those holds keep).
inline constexpr std::string_view kEventDaysExist = "SELECT to_regclass('terminal_event_days') IS NOT NULL";
inline constexpr std::string_view kForgetEventDays =
    "DELETE FROM terminal_event_days WHERE store_id = $1 AND day <= $2::date";
inline constexpr std::string_view kRecountEventDays = R"(
INSERT INTO terminal_event_days (store_id, terminal_id, day, events)
SELECT e.store_id, e.terminal_id, (e.at AT TIME ZONE s.time_zone)::date, count(*)
FROM terminal_events e JOIN stores s ON s.id = e.store_id
WHERE e.store_id = $1 AND e.at < to_timestamp($2::bigint / 1000000.0)
GROUP BY 1, 2, 3)";

// --- purge certificates -------------------------------------------------------------------------------------------
inline constexpr std::string_view kInsertPurgeCertificate = R"(
INSERT INTO purge_certificates (id, store_id, as_of, cutoff_date, store_cutoffs, counts, partitions_dropped,
    destroyed_key_months, destroyed_key_ids, kept_keys, reencrypted, holds_respected, hold_ids, held_back, duration_ms,
    triggered_by, destroyed_police_key_months)
VALUES ($1::uuid, $2, to_timestamp($3::bigint / 1000000.0), $4::date, $5::jsonb, $6::jsonb, $7::text[], $8::text[],
    $9::integer[], $10::jsonb, $11, $12, $13::uuid[], $14::jsonb, $15, $16, $17::text[]))";
inline constexpr std::string_view kInsertPurgeSignature = R"(
INSERT INTO purge_certificate_signatures (certificate_id, store_id, signing_key_id, document, signature)
VALUES ($1::uuid, $2, $3, $4, $5))";

// --- NAT mappings (V005's partitions) ------------------------------------------------------------------------------
// A partition dropped comes once per store (store_id NULL: it was empty), without a hold; a partition a hold in force
// at $2 keeps comes once per hold, with all its rows (V008).
inline constexpr std::string_view kPurgeNatPartitions =
    "SELECT partition_name, store_id, row_count, hold_id::text AS hold_id, hold_store_id "
    "FROM kiroku_purge_nat_partitions(to_timestamp($1::bigint / 1000000.0), to_timestamp($2::bigint / 1000000.0), $3)";

} // namespace kiroku::backend::storage::sql
