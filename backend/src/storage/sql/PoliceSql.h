#pragma once

#include "storage/Sql.h"

#include <string_view>

// Police requests, their answers and disclosures, and the look-ups of an answer. Instants cross as epoch
// microseconds; the look-ups turn them back with exact interval arithmetic. A nullable bytea is sent as an empty
// value and stored as NULL (NULLIF). Arrays of ids and blind indexes are sent as array literals.
namespace kiroku::backend::storage::sql {

#define KIROKU_POLICE_INSTANT(n) "(timestamptz 'epoch' + $" #n "::bigint * interval '1 microsecond')"
#define KIROKU_POLICE_SEGMENT_COLUMNS                                                                                  \
    "SELECT s.id AS segment_id, s.visit_id::text AS visit_id, v.identity_record_id::text AS identity_record_id, "      \
    "s.booth_id, b.label AS booth_label, s.terminal_id, t.number AS terminal_number, "                                 \
    "(extract(epoch FROM s.started_at) * 1000000)::bigint AS started_us, "                                             \
    "(extract(epoch FROM s.ended_at) * 1000000)::bigint AS ended_us "
#define KIROKU_POLICE_IDENTITY_COLUMNS                                                                                 \
    "SELECT id::text AS id, store_id, (extract(epoch FROM verified_at) * 1000000)::bigint AS verified_at_us, "         \
    "verified_by, method, document_kind, document_issuer, "                                                            \
    "to_char(document_expires_on, 'YYYY-MM-DD') AS document_expires_on, "                                              \
    "to_char(document_issued_on, 'YYYY-MM-DD') AS document_issued_on, nationality, address_on_document, "              \
    "address_proof_kind, to_char(address_proof_date, 'YYYY-MM-DD') AS address_proof_date, key_id, name_enc, "          \
    "name_kana_enc, address_enc, date_of_birth_enc, document_number_enc, name_dob_bidx, document_number_bidx, "        \
    "to_char(last_service_on, 'YYYY-MM-DD') AS last_service_on, "                                                      \
    "to_char(retention_until, 'YYYY-MM-DD') AS retention_until FROM identity_records "

// --- the look-ups of an answer ($3 = from, $4 = to; a segment is [started_at, ended_at)) -------------------------
inline constexpr Statement kPoliceSegmentsOfBooth{
    "police_segments_of_booth", KIROKU_POLICE_SEGMENT_COLUMNS
    "FROM visit_segments s JOIN visits v ON v.store_id = s.store_id AND v.id = s.visit_id "
    "JOIN booths b ON b.id = s.booth_id LEFT JOIN terminals t ON t.id = s.terminal_id "
    "WHERE s.store_id = $1 AND s.booth_id = $2 AND s.started_at <= " KIROKU_POLICE_INSTANT(
        4) " AND (s.ended_at IS NULL OR s.ended_at > " KIROKU_POLICE_INSTANT(3) ") ORDER BY s.started_at, s.id"};
inline constexpr Statement kPoliceSegmentsOfTerminal{
    "police_segments_of_terminal", KIROKU_POLICE_SEGMENT_COLUMNS
    "FROM visit_segments s JOIN visits v ON v.store_id = s.store_id AND v.id = s.visit_id "
    "JOIN booths b ON b.id = s.booth_id LEFT JOIN terminals t ON t.id = s.terminal_id "
    "WHERE s.store_id = $1 AND s.terminal_id = $2 AND s.started_at <= " KIROKU_POLICE_INSTANT(
        4) " AND (s.ended_at IS NULL OR s.ended_at > " KIROKU_POLICE_INSTANT(3) ") ORDER BY s.started_at, s.id"};
// $2: uuid[] literal. The visit's own times bound its segments, so they narrow the scan first.
inline constexpr Statement kPoliceSegmentsOfIdentities{
    "police_segments_of_identities", KIROKU_POLICE_SEGMENT_COLUMNS
    "FROM visits v JOIN visit_segments s ON s.store_id = v.store_id AND s.visit_id = v.id "
    "JOIN booths b ON b.id = s.booth_id LEFT JOIN terminals t ON t.id = s.terminal_id "
    "WHERE v.store_id = $1 AND v.identity_record_id = ANY ($2::uuid[]) "
    "AND v.started_at <= " KIROKU_POLICE_INSTANT(4) " AND (v.ended_at IS NULL OR v.ended_at > " KIROKU_POLICE_INSTANT(
        3) ") AND s.started_at <= " KIROKU_POLICE_INSTANT(4) " AND (s.ended_at IS NULL OR s.ended_at "
                                                             "> " KIROKU_POLICE_INSTANT(3) ") ORDER BY s.started_at, "
                                                                                           "s.id"};
inline constexpr Statement kPoliceIdentitiesByNameDob{"police_identities_by_name_dob", KIROKU_POLICE_IDENTITY_COLUMNS
                                                      "WHERE store_id = $1 AND name_dob_bidx = $2"};
// $2: bytea[] literal.
inline constexpr Statement kPoliceIdentitiesByDocument{
    "police_identities_by_document",
    KIROKU_POLICE_IDENTITY_COLUMNS "WHERE store_id = $1 AND document_number_bidx = ANY ($2::bytea[])"};
// $2: uuid[] literal.
inline constexpr Statement kPoliceIdentities{"police_identities", KIROKU_POLICE_IDENTITY_COLUMNS
                                             "WHERE store_id = $1 AND id = ANY ($2::uuid[]) ORDER BY id"};

// --- requests, with the display names of the staff members who entered, approved, rejected and answered them
#define KIROKU_POLICE_REQUEST_COLUMNS                                                                                  \
    "SELECT r.id::text AS id, r.store_id, st.code AS store_code, r.source, r.entered_by, r.agency_key, "               \
    "r.client_certificate, r.agency_name, r.officer_name, r.officer_badge, r.officer_contact, r.legal_basis, "         \
    "r.warrant_court, to_char(r.warrant_expires_on, 'YYYY-MM-DD') AS warrant_expires_on, r.document_reference, "       \
    "to_char(r.document_date, 'YYYY-MM-DD') AS document_date, "                                                        \
    "(extract(epoch FROM r.scope_from) * 1000000)::bigint AS scope_from_us, "                                          \
    "(extract(epoch FROM r.scope_to) * 1000000)::bigint AS scope_to_us, r.question_kind, "                             \
    "(extract(epoch FROM r.question_at) * 1000000)::bigint AS question_at_us, r.question_booth_id, "                   \
    "b.label AS booth_label, r.question_terminal_id, t.number AS terminal_number, "                                    \
    "host(r.question_public_ip) AS public_ip, r.question_source_port, r.question_tolerance_seconds, "                  \
    "r.question_document_kind, r.key_id, r.question_name_enc, r.question_name_kana_enc, "                              \
    "r.question_date_of_birth_enc, r.question_document_number_enc, r.status, "                                         \
    "(extract(epoch FROM r.received_at) * 1000000)::bigint AS received_us, r.submitter, r.idempotency_key, "           \
    "r.request_hash, (extract(epoch FROM r.approved_at) * 1000000)::bigint AS approved_us, r.approved_by, "            \
    "r.review_required, (extract(epoch FROM r.rejected_at) * 1000000)::bigint AS rejected_us, r.rejected_by, "         \
    "r.rejection_reason, (extract(epoch FROM r.expired_at) * 1000000)::bigint AS expired_us, "                         \
    "(extract(epoch FROM r.answered_at) * 1000000)::bigint AS answered_us, r.answered_by, r.answer_number, "           \
    "to_char(r.retention_until, 'YYYY-MM-DD') AS retention_until, se.display_name AS entered_by_name, "                \
    "sa.display_name AS approved_by_name, sr.display_name AS rejected_by_name, sw.display_name AS answered_by_name "   \
    "FROM police_requests r JOIN stores st ON st.id = r.store_id "                                                     \
    "LEFT JOIN booths b ON b.id = r.question_booth_id LEFT JOIN terminals t ON t.id = r.question_terminal_id "         \
    "LEFT JOIN staff se ON se.store_id = r.store_id AND se.id = r.entered_by "                                         \
    "LEFT JOIN staff sa ON sa.store_id = r.store_id AND sa.id = r.approved_by "                                        \
    "LEFT JOIN staff sr ON sr.store_id = r.store_id AND sr.id = r.rejected_by "                                        \
    "LEFT JOIN staff sw ON sw.store_id = r.store_id AND sw.id = r.answered_by "

inline constexpr std::string_view kPoliceFindRequest = KIROKU_POLICE_REQUEST_COLUMNS "WHERE r.id = $1::uuid";
inline constexpr std::string_view kPoliceLockRequest =
    KIROKU_POLICE_REQUEST_COLUMNS "WHERE r.id = $1::uuid FOR UPDATE OF r";
inline constexpr std::string_view kPoliceFindBySubmitterKey =
    KIROKU_POLICE_REQUEST_COLUMNS "WHERE r.submitter = $1 AND r.idempotency_key = $2";
inline constexpr std::string_view kPoliceListForStore =
    KIROKU_POLICE_REQUEST_COLUMNS "WHERE r.store_id = $1 ORDER BY r.received_at DESC, r.id LIMIT $2";
inline constexpr std::string_view kPoliceListForAgency = KIROKU_POLICE_REQUEST_COLUMNS
    "WHERE r.agency_key = $1 AND r.source = 'api' ORDER BY r.received_at DESC, r.id LIMIT $2";

inline constexpr std::string_view kPoliceInsertRequest = R"(
INSERT INTO police_requests (
    id, store_id, source, entered_by, agency_key, client_certificate, agency_name, officer_name, officer_badge,
    officer_contact, legal_basis, warrant_court, warrant_expires_on, document_reference, document_date, scope_from,
    scope_to, question_kind, question_at, question_booth_id, question_terminal_id, question_public_ip,
    question_source_port, question_tolerance_seconds, question_document_kind, key_id, question_name_enc,
    question_name_kana_enc, question_date_of_birth_enc, question_document_number_enc, status, received_at, submitter,
    idempotency_key, request_hash, retention_until)
VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9,
    $10, $11, $12, $13::date, $14, $15::date, to_timestamp($16::bigint / 1000000.0),
    to_timestamp($17::bigint / 1000000.0), $18, to_timestamp($19::bigint / 1000000.0), $20, $21, $22::inet,
    $23, $24, $25, $26, NULLIF($27, ''::bytea),
    NULLIF($28, ''::bytea), NULLIF($29, ''::bytea), NULLIF($30, ''::bytea), 'received', to_timestamp($31::bigint / 1000000.0), $32,
    $33, $34, $35::date))";
inline constexpr std::string_view kPoliceApprove =
    "UPDATE police_requests SET status = 'approved', approved_at = to_timestamp($2::bigint / 1000000.0), "
    "approved_by = $3, review_required = $4 WHERE id = $1::uuid AND status = 'received'";
inline constexpr std::string_view kPoliceReject =
    "UPDATE police_requests SET status = 'rejected', rejected_at = to_timestamp($2::bigint / 1000000.0), "
    "rejected_by = $3, rejection_reason = $4 WHERE id = $1::uuid AND status IN ('received', 'approved')";
inline constexpr std::string_view kPoliceExpire =
    "UPDATE police_requests SET status = 'expired', expired_at = to_timestamp($2::bigint / 1000000.0) "
    "WHERE id = $1::uuid AND status IN ('received', 'approved')";
inline constexpr std::string_view kPoliceStoreAnswer = R"(
UPDATE police_requests SET status = 'answered', answered_at = to_timestamp($2::bigint / 1000000.0), answered_by = $3,
    answer_number = $4, answer_document_enc = $5, answer_signature = NULLIF($6, ''::bytea),
    answer_public_key = NULLIF($7, '')
WHERE id = $1::uuid AND status = 'approved')";
inline constexpr std::string_view kPoliceFindAnswer =
    "SELECT answer_number, answer_document_enc, answer_signature, answer_public_key FROM police_requests "
    "WHERE id = $1::uuid AND status = 'answered'";
inline constexpr std::string_view kPoliceNextAnswerNumber = R"(
INSERT INTO police_answer_numbers (store_id, year, last_number) VALUES ($1, $2, 1)
ON CONFLICT (store_id, year) DO UPDATE SET last_number = police_answer_numbers.last_number + 1
RETURNING last_number)";
// Staff of the same store only, disabled or not (a manager named in an answer may have left since approving).
inline constexpr std::string_view kPoliceStaffDisplayName =
    "SELECT display_name FROM staff WHERE store_id = $1 AND id = $2";
inline constexpr std::string_view kPoliceInsertDisclosure =
    "INSERT INTO police_disclosures (request_id, store_id, identity_record_id, visit_id, segment_id, disclosed) "
    "VALUES ($1::uuid, $2, $3::uuid, $4::uuid, $5, $6)";

// --- lookups for a new request ---------------------------------------------------------------------------------------
inline constexpr std::string_view kPoliceStoreByCode = "SELECT id FROM stores WHERE code = $1";
inline constexpr std::string_view kPoliceBoothByLabel = "SELECT id FROM booths WHERE store_id = $1 AND label = $2";
inline constexpr std::string_view kPoliceTerminalByNumber =
    "SELECT id FROM terminals WHERE store_id = $1 AND number = $2";
inline constexpr std::string_view kPoliceFindAgency =
    "SELECT id, certificate_organization, name, disabled FROM police_agencies WHERE certificate_organization = $1";

#undef KIROKU_POLICE_INSTANT
#undef KIROKU_POLICE_SEGMENT_COLUMNS
#undef KIROKU_POLICE_IDENTITY_COLUMNS
#undef KIROKU_POLICE_REQUEST_COLUMNS

} // namespace kiroku::backend::storage::sql
