#pragma once

// Gateways, NAT log uploads and mappings, and the public-endpoint lookup. Included at the end of storage/Sql.h.
// Instants cross as epoch microseconds; here they are converted with exact integer arithmetic
// ('epoch' + n * 1 µs, and extract(epoch) which is numeric), because a mapping's key instant is part of its natural
// key and must come back exactly as it went in.

#include "storage/Sql.h"

namespace kiroku::backend::storage::sql {

// --- gateways -------------------------------------------------------------------------------------------
inline constexpr Statement kGatewayCredential{"gateway_credential",
                                              "SELECT id, store_id, name, credential_hash FROM gateways WHERE id = $1"};
inline constexpr std::string_view kGatewayFindByName = "SELECT id FROM gateways WHERE store_id = $1 AND name = $2";
inline constexpr std::string_view kGatewayInsert = "INSERT INTO gateways (store_id, name) VALUES ($1, $2) RETURNING id";
inline constexpr std::string_view kGatewaySetCredential = "UPDATE gateways SET credential_hash = $2 WHERE id = $1";
inline constexpr std::string_view kGatewayFirstTwoStores = "SELECT id FROM stores ORDER BY id LIMIT 2";

// --- NAT log ingestion ----------------------------------------------------------------------------------
inline constexpr std::string_view kNatEnsurePartition = "SELECT nat_mappings_ensure_partition($1::date)";
// Claims the upload by its content hash; no row back means the store already has these bytes.
inline constexpr std::string_view kNatClaimUpload = R"(
INSERT INTO nat_uploads (store_id, gateway_id, format, content_sha256, first_line, line_count, event_count,
                         skipped_count, malformed_count, malformed_lines)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb)
ON CONFLICT (store_id, content_sha256) DO NOTHING
RETURNING id)";
inline constexpr std::string_view kNatFindUpload = R"(
SELECT id, first_line, line_count, event_count, skipped_count, malformed_count, mappings_inserted, mappings_closed,
       mappings_known
FROM nat_uploads WHERE store_id = $1 AND content_sha256 = $2)";
inline constexpr std::string_view kNatUploadMalformedLines = R"(
SELECT (e ->> 'line')::bigint AS line, e ->> 'reason' AS reason
FROM nat_uploads u, jsonb_array_elements(u.malformed_lines) e
WHERE u.id = $1)";
inline constexpr std::string_view kNatRecordUploadCounts =
    "UPDATE nat_uploads SET mappings_inserted = $2, mappings_closed = $3, mappings_known = $4 WHERE id = $1";
// The partitions an upload just filled have no statistics yet (autovacuum analyses them later), so the planner takes
// them for empty and scans them once per staged continuation; the lookups below must use nat_mappings_public_idx.
inline constexpr std::string_view kNatPreferIndexes = "SET LOCAL enable_seqscan = off";
inline constexpr std::string_view kNatAllowSeqScans = "SET LOCAL enable_seqscan = on";
// Filled with COPY (pqxx::stream_to); dropped at the end of the upload's transaction.
inline constexpr std::string_view kNatCreateStaging = R"(
CREATE TEMP TABLE nat_staging (
    n               bigint   NOT NULL,
    protocol        smallint NOT NULL,
    public_ip       inet     NOT NULL,
    public_port     integer  NOT NULL,
    private_ip      inet     NOT NULL,
    private_port    integer  NOT NULL,
    key_us          bigint   NOT NULL,
    seen_us         bigint   NOT NULL,
    started_us      bigint,
    start_estimated boolean  NOT NULL,
    ended_us        bigint,
    continuation    boolean  NOT NULL
) ON COMMIT DROP)";
// A continuation (an UPDATE or DESTROY whose NEW is not in this upload) belongs to the latest stored mapping of the
// same endpoints that began by the continuation's first event, within the longest span a mapping is looked for
// ($2 µs), and had not ended before it. A DESTROY closes it; either way the staged row is not inserted.
// $3 and $4 (timestamptz constants: the earliest first event minus the span, the latest first event) bound key_at
// so that the planner keeps only the partitions concerned. Returns (closed, attached).
// Every step is a probe of the natural-key index whatever the planner's statistics say (a month's partition is
// new, or its statistics lag behind the newest rows): the search is a LATERAL subquery per staged row, and the
// closing is an upsert of the found key, never a join of the staged rows with the partitions.
inline constexpr std::string_view kNatAttachContinuations = R"(
WITH found AS (
    SELECT s.n, m.key_at, m.ended_at AS old_end, s.ended_us, s.public_ip, s.public_port, s.protocol, s.private_ip,
           s.private_port
    FROM nat_staging s
    CROSS JOIN LATERAL (
        SELECT m.key_at, m.ended_at
        FROM nat_mappings m
        WHERE m.store_id = $1 AND m.public_ip = s.public_ip AND m.public_port = s.public_port
          AND m.key_at >= $3::timestamptz AND m.key_at <= $4::timestamptz
          AND m.key_at <= timestamptz 'epoch' + s.seen_us * interval '1 microsecond'
          AND m.key_at >= timestamptz 'epoch' + (s.seen_us - $2::bigint) * interval '1 microsecond'
          AND m.protocol = s.protocol AND m.private_ip = s.private_ip AND m.private_port = s.private_port
          AND (m.ended_at IS NULL OR m.ended_at >= timestamptz 'epoch' + s.seen_us * interval '1 microsecond')
        ORDER BY m.key_at DESC
        LIMIT 1) m
    WHERE s.continuation
), closed AS (
    INSERT INTO nat_mappings AS m (store_id, key_at, protocol, public_ip, public_port, private_ip, private_port,
                                   started_at, start_estimated, ended_at, upload_id)
    SELECT DISTINCT ON (f.public_ip, f.public_port, f.key_at, f.protocol, f.private_ip, f.private_port)
           $1, f.key_at, f.protocol, f.public_ip, f.public_port, f.private_ip, f.private_port, NULL, false,
           timestamptz 'epoch' + f.ended_us * interval '1 microsecond', 0
    FROM found f
    WHERE f.ended_us IS NOT NULL AND f.old_end IS NULL
    ORDER BY f.public_ip, f.public_port, f.key_at, f.protocol, f.private_ip, f.private_port, f.ended_us
    ON CONFLICT (store_id, public_ip, public_port, key_at, protocol, private_ip, private_port)
    DO UPDATE SET ended_at = EXCLUDED.ended_at
    WHERE m.ended_at IS NULL
    RETURNING 1
), attached AS (
    DELETE FROM nat_staging s USING found f WHERE s.n = f.n RETURNING 1
)
SELECT (SELECT count(*) FROM closed) AS closed, (SELECT count(*) FROM attached) AS attached)";
// The rest becomes rows, one per natural key (the one with an end when the upload has both). A row already stored
// (a repeated or overlapping upload) is left alone, except that an end it lacked is filled in; rows stored by an
// earlier upload keep that upload's id, which tells inserted rows ($2) from closed ones. Returns (inserted, closed).
inline constexpr std::string_view kNatInsertMappings = R"(
WITH written AS (
    INSERT INTO nat_mappings AS m (store_id, key_at, protocol, public_ip, public_port, private_ip, private_port,
                                   started_at, start_estimated, ended_at, upload_id)
    SELECT DISTINCT ON (s.public_ip, s.public_port, s.key_us, s.protocol, s.private_ip, s.private_port)
           $1, timestamptz 'epoch' + s.key_us * interval '1 microsecond', s.protocol, s.public_ip, s.public_port,
           s.private_ip, s.private_port, timestamptz 'epoch' + s.started_us * interval '1 microsecond',
           s.start_estimated, timestamptz 'epoch' + s.ended_us * interval '1 microsecond', $2
    FROM nat_staging s
    ORDER BY s.public_ip, s.public_port, s.key_us, s.protocol, s.private_ip, s.private_port, s.ended_us NULLS LAST
    ON CONFLICT (store_id, public_ip, public_port, key_at, protocol, private_ip, private_port)
    DO UPDATE SET ended_at = EXCLUDED.ended_at
    WHERE m.ended_at IS NULL AND EXCLUDED.ended_at IS NOT NULL
    RETURNING m.upload_id = $2 AS inserted
)
SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS closed FROM written)";

// --- who was behind a public endpoint -------------------------------------------------------------------
// $1 store, $2 public address, $3 port, $4 instant (µs), $5 tolerance (µs), $6 longest mapping span (µs).
// Each mapping that may have existed at $4 ± $5, with the terminal that had its private address when it began
// (the latest ip_assigned event at or before then whose terminal was not reassigned since; else a terminal
// configured with that address and no assignment event until then), and that terminal's segments overlapping the
// mapping. A terminal's segments do not overlap one another (a booth holds one open segment at a time), so the
// only segment begun before the window that can reach into it is the last one begun before it.
inline constexpr Statement kNatFindByPublicEndpoint{"nat_find_by_public_endpoint", R"(
WITH m AS (
    SELECT m.protocol, host(m.private_ip) AS private_ip, m.private_ip AS private_inet, m.private_port,
           host(m.public_ip) AS public_ip, m.public_port, m.key_at, m.started_at, m.start_estimated, m.ended_at,
           m.upload_id,
           coalesce(m.started_at, least(m.key_at, timestamptz 'epoch' + ($4::bigint - $5::bigint) * interval '1 microsecond')) AS window_start,
           coalesce(m.ended_at, greatest(m.key_at, timestamptz 'epoch' + ($4::bigint + $5::bigint) * interval '1 microsecond')) AS window_end
    FROM nat_mappings m
    WHERE m.store_id = $1 AND m.public_ip = $2::inet AND m.public_port = $3
      AND m.key_at >= timestamptz 'epoch' + ($4::bigint - $5::bigint - $6::bigint) * interval '1 microsecond'
      AND m.key_at <= timestamptz 'epoch' + ($4::bigint + $5::bigint + $6::bigint) * interval '1 microsecond'
      AND (m.started_at IS NULL OR m.started_at <= timestamptz 'epoch' + ($4::bigint + $5::bigint) * interval '1 microsecond')
      AND (m.ended_at IS NULL OR m.ended_at >= timestamptz 'epoch' + ($4::bigint - $5::bigint) * interval '1 microsecond')
)
SELECT m.protocol, m.private_ip, m.private_port, m.public_ip, m.public_port,
       (extract(epoch FROM m.key_at) * 1000000)::bigint AS key_us,
       (extract(epoch FROM m.started_at) * 1000000)::bigint AS started_us, m.start_estimated,
       (extract(epoch FROM m.ended_at) * 1000000)::bigint AS ended_us, m.upload_id,
       term.terminal_id, t.number AS terminal_number, term.source AS terminal_source,
       (extract(epoch FROM term.assigned_at) * 1000000)::bigint AS assigned_us,
       seg.id AS segment_id, seg.visit_id::text AS visit_id, seg.booth_id, b.label AS booth_label,
       (extract(epoch FROM seg.started_at) * 1000000)::bigint AS segment_started_us,
       (extract(epoch FROM seg.ended_at) * 1000000)::bigint AS segment_ended_us
FROM m
LEFT JOIN LATERAL (
    SELECT r.terminal_id, r.source, r.assigned_at
    FROM ((SELECT e.terminal_id, 'address_assigned' AS source, e.at AS assigned_at, 1 AS rank
           FROM terminal_events e
           WHERE e.store_id = $1 AND e.kind = 'ip_assigned' AND e.private_ip = m.private_inet AND e.at <= m.key_at
             AND NOT EXISTS (SELECT 1 FROM terminal_events later
                             WHERE later.terminal_id = e.terminal_id AND later.kind = 'ip_assigned'
                               AND later.at > e.at AND later.at <= m.key_at)
           ORDER BY e.at DESC
           LIMIT 1)
          UNION ALL
          (SELECT c.id, 'configured_address', NULL::timestamptz, 2
           FROM terminals c
           WHERE c.store_id = $1 AND c.private_ip = m.private_inet
             AND NOT EXISTS (SELECT 1 FROM terminal_events any_assignment
                             WHERE any_assignment.terminal_id = c.id AND any_assignment.kind = 'ip_assigned'
                               AND any_assignment.at <= m.key_at)
           ORDER BY c.id
           LIMIT 1)) r
    ORDER BY r.rank
    LIMIT 1
) term ON true
LEFT JOIN terminals t ON t.id = term.terminal_id
LEFT JOIN LATERAL (
    SELECT s.* FROM ((SELECT s.id, s.visit_id, s.booth_id, s.started_at, s.ended_at
                      FROM visit_segments s
                      WHERE s.terminal_id = term.terminal_id AND s.store_id = $1 AND s.started_at <= m.window_start
                      ORDER BY s.started_at DESC
                      LIMIT 1)
                     UNION ALL
                     (SELECT s.id, s.visit_id, s.booth_id, s.started_at, s.ended_at
                      FROM visit_segments s
                      WHERE s.terminal_id = term.terminal_id AND s.store_id = $1
                        AND s.started_at > m.window_start AND s.started_at <= m.window_end)) s
    WHERE s.ended_at IS NULL OR s.ended_at >= m.window_start
) seg ON true
LEFT JOIN booths b ON b.id = seg.booth_id
ORDER BY m.key_at, m.protocol, m.private_ip, m.private_port, seg.started_at)"};

} // namespace kiroku::backend::storage::sql
