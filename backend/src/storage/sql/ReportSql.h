#pragma once

// The manager's retention report: counts over one store's records. Included at the end of storage/Sql.h.
// Always $1 store id and $2 the end of the as-of day (epoch µs); each statement's further parameters are listed
// above it.

#include "storage/Sql.h"

namespace kiroku::backend::storage::sql {

// A second connection reads the months' counts in the report's own snapshot. The snapshot id comes from
// pg_export_snapshot() and is quoted by the driver (SET TRANSACTION SNAPSHOT takes no parameter).
inline constexpr std::string_view kReportExportSnapshot = "SELECT pg_export_snapshot()";
inline constexpr std::string_view kReportImportSnapshot = "SET TRANSACTION SNAPSHOT ";

// $3 time zone, $4 as-of date.
// The store-local months from the first record to the as-of day are computed once; each month's rows are then counted
// as index-only range scans (store_id, time), so the cost is a count per index entry, never a time-zone conversion
// per row. Terminal events are summed from their day counts (the covering index of V009). MATERIALIZED: the counts
// are computed once, not once for the filter and again for the output.
inline constexpr std::string_view kReportHeldByMonth = R"(
WITH bounds AS (
    SELECT timestamptz 'epoch' + $2::bigint * interval '1 microsecond' AS upto,
           least((SELECT min(verified_at) FROM identity_records WHERE store_id = $1),
                 (SELECT min(started_at) FROM visits WHERE store_id = $1),
                 (SELECT min(started_at) FROM visit_segments WHERE store_id = $1),
                 (SELECT min(day) FROM terminal_event_days WHERE store_id = $1)::timestamp AT TIME ZONE $3) AS first),
months AS (
    SELECT m AS month, m AT TIME ZONE $3 AS lo, least((m + interval '1 month') AT TIME ZONE $3, b.upto) AS hi
    FROM bounds b,
         generate_series(date_trunc('month', b.first AT TIME ZONE $3), b.upto AT TIME ZONE $3, interval '1 month') m
    WHERE b.first < b.upto),
counted AS MATERIALIZED (
    SELECT month,
           (SELECT count(*) FROM identity_records
            WHERE store_id = $1 AND verified_at >= lo AND verified_at < hi) AS identity_records,
           (SELECT count(*) FROM visits WHERE store_id = $1 AND started_at >= lo AND started_at < hi) AS visits,
           (SELECT count(*) FROM visit_segments WHERE store_id = $1 AND started_at >= lo AND started_at < hi) AS segments,
           (SELECT coalesce(sum(events), 0)::bigint FROM terminal_event_days
            WHERE store_id = $1 AND day >= month::date AND day < (month + interval '1 month')::date
              AND day <= $4::date) AS events
    FROM months)
SELECT to_char(month, 'YYYY-MM') AS month, identity_records, visits, segments, events
FROM counted
WHERE identity_records + visits + segments + events > 0
ORDER BY 1)";

// Due: purging may start by the due-before date, overdue records included. A segment moves to its visit's retention
// month with it (V007), so the segments are found by their own retention date first. Terminal events are kept for the
// store's retention years from their local day (the same counting as rules::computeRetention).
// $3 as-of date, $4 due-before date, $5 retention years.
inline constexpr std::string_view kReportDue = R"(
SELECT
  (SELECT count(*) FROM identity_records WHERE store_id = $1 AND retention_until < $4::date
     AND verified_at < timestamptz 'epoch' + $2::bigint * interval '1 microsecond') AS identity_records,
  (SELECT count(*) FROM visits WHERE store_id = $1 AND retention_until < $4::date
     AND started_at < timestamptz 'epoch' + $2::bigint * interval '1 microsecond') AS visits,
  (SELECT count(*) FROM visits v
   JOIN visit_segments s ON s.store_id = v.store_id AND s.visit_id = v.id AND s.retention_until = v.retention_until
   WHERE v.store_id = $1 AND v.retention_until < $4::date AND s.retention_until < $4::date
     AND v.started_at < timestamptz 'epoch' + $2::bigint * interval '1 microsecond') AS segments,
  (SELECT coalesce(sum(events), 0)::bigint FROM terminal_event_days WHERE store_id = $1 AND day <= $3::date
     AND day < ($4::date - make_interval(years => $5::int))::date) AS events)";

// $3 start of the reads window (epoch µs).
inline constexpr std::string_view kReportReadsByStaff = R"(
SELECT a.staff_id, s.login, s.display_name, count(*) AS reads
FROM audit_log a JOIN staff s ON s.id = a.staff_id
WHERE a.chain_id = $1 AND a.action = 'identity.read'
  AND a.at >= timestamptz 'epoch' + $3::bigint * interval '1 microsecond'
  AND a.at < timestamptz 'epoch' + $2::bigint * interval '1 microsecond'
GROUP BY a.staff_id, s.login, s.display_name
ORDER BY reads DESC, a.staff_id)";

// $3 foreign passports may carry a declared address.
inline constexpr std::string_view kReportGaps = R"(
SELECT
  (SELECT count(*) FROM visits v WHERE v.store_id = $1
     AND v.started_at < timestamptz 'epoch' + $2::bigint * interval '1 microsecond'
     AND NOT EXISTS (SELECT 1 FROM identity_records r WHERE r.store_id = v.store_id AND r.id = v.identity_record_id))
     AS visits_without_identity,
  (SELECT count(*) FROM visit_segments WHERE store_id = $1 AND terminal_id IS NULL
     AND started_at < timestamptz 'epoch' + $2::bigint * interval '1 microsecond') AS segments_without_terminal,
  (SELECT count(*) FROM identity_records WHERE store_id = $1 AND document_number_enc IS NULL
     AND document_kind IN ('drivers_license', 'driving_history_certificate', 'residence_card',
                           'special_permanent_resident_certificate', 'passport')
     AND verified_at < timestamptz 'epoch' + $2::bigint * interval '1 microsecond') AS missing_required,
  (SELECT count(*) FROM identity_records WHERE store_id = $1 AND NOT address_on_document
     AND address_proof_kind IS NULL
     AND NOT ($3::boolean AND document_kind = 'passport' AND coalesce(nationality, '') <> 'JPN')
     AND verified_at < timestamptz 'epoch' + $2::bigint * interval '1 microsecond') AS missing_proof)";

// Legal holds in force at the end of the as-of day, and those released or ended in the window; a release after the
// as-of day is not shown; records: what a hold names, other than NAT mappings (V008). $3 start of the window (epoch
// µs), $4 its first day.
inline constexpr std::string_view kReportHolds = R"(
SELECT h.id::text AS id, h.reason_code, h.reason, h.until::text AS until, h.police_request_id::text AS police_request_id,
       CASE WHEN h.released_at < timestamptz 'epoch' + $2::bigint * interval '1 microsecond'
            THEN (extract(epoch FROM h.released_at) * 1000000)::bigint END AS released_us,
       (SELECT count(*) FROM legal_hold_items i WHERE i.hold_id = h.id AND i.nat_key_at IS NULL) AS records
FROM legal_holds h
WHERE h.store_id = $1 AND h.created_at < timestamptz 'epoch' + $2::bigint * interval '1 microsecond'
  AND (h.released_at IS NULL OR h.released_at >= timestamptz 'epoch' + $3::bigint * interval '1 microsecond')
  AND h.until >= $4::date
ORDER BY h.created_at DESC, h.id)";

// Purges of the window that covered the store (its own certificates, or those over every store that name it), by
// the instant they ran as of; the cut-off is the store's own, and so are the counts: the rows of this store, from
// the copy of the certificate signed for it (the certificate's own counts are over every store it covered).
// $3 start of the window (epoch µs).
inline constexpr std::string_view kReportPurges = R"(
SELECT c.id::text AS id, (extract(epoch FROM c.as_of) * 1000000)::bigint AS ran_us,
       coalesce((SELECT e->>'today' FROM jsonb_array_elements(c.store_cutoffs) e
                 WHERE (e->>'store_id')::bigint = $1 LIMIT 1), c.cutoff_date::text) AS cutoff,
       coalesce((SELECT (s.document::jsonb -> 'purged_rows')::text FROM purge_certificate_signatures s
                 WHERE s.certificate_id = c.id AND s.store_id = $1), c.counts::text) AS counts, array_to_string(c.destroyed_key_months, ',') AS keys_destroyed,
       c.holds_respected, c.duration_ms
FROM purge_certificates c
WHERE (c.store_id = $1 OR (c.store_id IS NULL
       AND c.store_cutoffs @> jsonb_build_array(jsonb_build_object('store_id', $1::bigint))))
  AND c.as_of >= timestamptz 'epoch' + $3::bigint * interval '1 microsecond'
  AND c.as_of < timestamptz 'epoch' + $2::bigint * interval '1 microsecond'
ORDER BY c.as_of DESC, c.id)";

// Identity records disclosed to police in answers of the window, per legal basis. $3 start of the window (epoch µs).
inline constexpr std::string_view kReportDisclosuresByBasis = R"(
SELECT r.legal_basis AS basis, count(DISTINCT d.request_id::text || d.identity_record_id::text) AS disclosed
FROM police_disclosures d JOIN police_requests r ON r.id = d.request_id AND r.store_id = d.store_id
WHERE d.store_id = $1 AND d.disclosed
  AND r.answered_at >= timestamptz 'epoch' + $3::bigint * interval '1 microsecond'
  AND r.answered_at < timestamptz 'epoch' + $2::bigint * interval '1 microsecond'
GROUP BY r.legal_basis
ORDER BY r.legal_basis)";

} // namespace kiroku::backend::storage::sql
