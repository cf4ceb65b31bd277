#include "storage/PgPoliceRepository.h"

#include "crypto/Hash.h"
#include "domain/Errors.h"
#include "storage/PgAuditLog.h"
#include "storage/PgErrors.h"
#include "storage/PgLegalHoldRepository.h"
#include "storage/PgTime.h"
#include "storage/Sql.h"
#include "storage/sql/PoliceSql.h"

#include <pqxx/pqxx>

namespace kiroku::backend::storage {

namespace {

using domain::ByteString;
using domain::Instant;

pqxx::binarystring bytes(const ByteString& value) {
    return pqxx::binarystring(value.data(), value.size());
}

/// An absent value goes as an empty bytea, which the statement turns into NULL.
pqxx::binarystring bytes(const std::optional<ByteString>& value) {
    static const ByteString kEmpty;
    return bytes(value ? *value : kEmpty);
}

/// libpqxx 6 sends a null pointer as SQL NULL.
const char* orNull(const std::optional<std::string>& value) {
    return value ? value->c_str() : nullptr;
}

std::optional<std::string> text(const std::optional<std::int64_t>& v) {
    return v ? std::optional<std::string>(std::to_string(*v)) : std::nullopt;
}

std::optional<std::string> text(const std::optional<int>& v) {
    return v ? std::optional<std::string>(std::to_string(*v)) : std::nullopt;
}

std::optional<std::string> micros(const std::optional<Instant>& t) {
    return t ? std::optional<std::string>(std::to_string(toEpochMicros(*t))) : std::nullopt;
}

std::optional<std::string> dateText(const std::optional<domain::CivilDate>& d) {
    return d ? std::optional<std::string>(d->toString()) : std::nullopt;
}

ByteString readBytes(const pqxx::field& field) {
    const pqxx::binarystring value(field);
    return ByteString(value.begin(), value.end());
}

std::optional<ByteString> readOptionalBytes(const pqxx::field& field) {
    return field.is_null() ? std::nullopt : std::optional<ByteString>(readBytes(field));
}

std::optional<std::string> readOptionalText(const pqxx::field& field) {
    return field.is_null() ? std::nullopt : std::optional<std::string>(field.as<std::string>());
}

std::optional<std::int64_t> readOptionalId(const pqxx::field& field) {
    return field.is_null() ? std::nullopt : std::optional<std::int64_t>(field.as<std::int64_t>());
}

std::optional<int> readOptionalInt(const pqxx::field& field) {
    return field.is_null() ? std::nullopt : std::optional<int>(field.as<int>());
}

std::optional<Instant> readOptionalInstant(const pqxx::field& field) {
    return field.is_null() ? std::nullopt : std::optional<Instant>(fromEpochMicros(field.as<std::int64_t>()));
}

domain::CivilDate readDate(const pqxx::field& field) {
    return domain::CivilDate::parse(field.as<std::string>(), field.name());
}

std::optional<domain::CivilDate> readOptionalDate(const pqxx::field& field) {
    return field.is_null() ? std::nullopt : std::optional<domain::CivilDate>(readDate(field));
}

template <typename E, std::size_t N>
E readCode(const pqxx::field& field, const std::array<std::pair<E, std::string_view>, N>& codes) {
    const auto value = domain::fromCode(codes, field.as<std::string>());
    if (!value) {
        throw std::runtime_error(std::string("unknown code in police_requests.") + field.name());
    }
    return *value;
}

domain::StoredPoliceRequest readRequest(const pqxx::row& row) {
    domain::StoredPoliceRequest r;
    r.id = row["id"].as<std::string>();
    r.storeId = row["store_id"].as<std::int64_t>();
    r.storeCode = row["store_code"].as<std::string>();
    r.source = row["source"].as<std::string>() == "api" ? domain::RequestSource::Api : domain::RequestSource::Kiosk;
    r.enteredBy = readOptionalId(row["entered_by"]);
    r.agencyKey = readOptionalText(row["agency_key"]);
    r.clientCertificate = readOptionalText(row["client_certificate"]);
    r.agencyName = row["agency_name"].as<std::string>();
    r.officerName = row["officer_name"].as<std::string>();
    r.officerBadge = row["officer_badge"].as<std::string>();
    r.officerContact = row["officer_contact"].as<std::string>();
    r.basis = readCode(row["legal_basis"], domain::kLegalBasisCodes);
    r.warrantCourt = readOptionalText(row["warrant_court"]);
    r.warrantExpiresOn = readOptionalDate(row["warrant_expires_on"]);
    r.documentReference = row["document_reference"].as<std::string>();
    r.documentDate = readDate(row["document_date"]);
    r.scopeFrom = fromEpochMicros(row["scope_from_us"].as<std::int64_t>());
    r.scopeTo = fromEpochMicros(row["scope_to_us"].as<std::int64_t>());
    r.questionKind = readCode(row["question_kind"], domain::kQuestionKindCodes);
    r.questionAt = readOptionalInstant(row["question_at_us"]);
    r.boothId = readOptionalId(row["question_booth_id"]);
    r.boothLabel = readOptionalText(row["booth_label"]);
    r.terminalId = readOptionalId(row["question_terminal_id"]);
    r.terminalNumber = readOptionalText(row["terminal_number"]);
    r.publicIp = readOptionalText(row["public_ip"]);
    r.sourcePort = readOptionalInt(row["question_source_port"]);
    r.toleranceSeconds = readOptionalInt(row["question_tolerance_seconds"]);
    r.documentKind = readOptionalText(row["question_document_kind"]);
    r.keyId = row["key_id"].as<std::uint32_t>();
    r.person.name = readOptionalBytes(row["question_name_enc"]);
    r.person.nameKana = readOptionalBytes(row["question_name_kana_enc"]);
    r.person.dateOfBirth = readOptionalBytes(row["question_date_of_birth_enc"]);
    r.person.documentNumber = readOptionalBytes(row["question_document_number_enc"]);
    r.status = readCode(row["status"], domain::kPoliceRequestStatusCodes);
    r.receivedAt = fromEpochMicros(row["received_us"].as<std::int64_t>());
    r.submitter = row["submitter"].as<std::string>();
    r.idempotencyKey = readOptionalText(row["idempotency_key"]);
    r.requestHash = readOptionalText(row["request_hash"]);
    r.approvedAt = readOptionalInstant(row["approved_us"]);
    r.approvedBy = readOptionalId(row["approved_by"]);
    r.reviewRequired = row["review_required"].as<bool>();
    r.rejectedAt = readOptionalInstant(row["rejected_us"]);
    r.rejectedBy = readOptionalId(row["rejected_by"]);
    r.rejectionReason = readOptionalText(row["rejection_reason"]);
    r.expiredAt = readOptionalInstant(row["expired_us"]);
    r.answeredAt = readOptionalInstant(row["answered_us"]);
    r.answeredBy = readOptionalId(row["answered_by"]);
    r.answerNumber = readOptionalText(row["answer_number"]);
    r.retentionUntil = readDate(row["retention_until"]);
    r.enteredByName = readOptionalText(row["entered_by_name"]);
    r.approvedByName = readOptionalText(row["approved_by_name"]);
    r.rejectedByName = readOptionalText(row["rejected_by_name"]);
    r.answeredByName = readOptionalText(row["answered_by_name"]);
    return r;
}

std::optional<domain::StoredPoliceRequest> firstRequest(const pqxx::result& rows) {
    return rows.empty() ? std::nullopt : std::optional<domain::StoredPoliceRequest>(readRequest(rows[0]));
}

std::vector<domain::StoredPoliceRequest> readRequests(const pqxx::result& rows) {
    std::vector<domain::StoredPoliceRequest> out;
    out.reserve(rows.size());
    for (const auto& row : rows) {
        out.push_back(readRequest(row));
    }
    return out;
}

domain::StoredIdentityRecord readIdentity(const pqxx::row& r) {
    domain::StoredIdentityRecord record;
    record.id = r["id"].as<std::string>();
    record.storeId = r["store_id"].as<std::int64_t>();
    record.verifiedAt = fromEpochMicros(r["verified_at_us"].as<std::int64_t>());
    record.verifiedBy = r["verified_by"].as<std::int64_t>();
    record.method = r["method"].as<std::string>();
    record.documentKind = r["document_kind"].as<std::string>();
    record.documentIssuer = readOptionalText(r["document_issuer"]);
    record.documentExpiresOn = readOptionalDate(r["document_expires_on"]);
    record.documentIssuedOn = readOptionalDate(r["document_issued_on"]);
    record.nationality = readOptionalText(r["nationality"]);
    record.addressOnDocument = r["address_on_document"].as<bool>();
    record.addressProofKind = readOptionalText(r["address_proof_kind"]);
    record.addressProofDate = readOptionalDate(r["address_proof_date"]);
    auto& f = record.fields;
    f.keyId = r["key_id"].as<std::uint32_t>();
    f.name = readBytes(r["name_enc"]);
    f.nameKana = readOptionalBytes(r["name_kana_enc"]);
    f.address = readBytes(r["address_enc"]);
    f.dateOfBirth = readBytes(r["date_of_birth_enc"]);
    f.documentNumber = readOptionalBytes(r["document_number_enc"]);
    record.nameDobIndex = readBytes(r["name_dob_bidx"]);
    record.documentNumberIndex = readOptionalBytes(r["document_number_bidx"]);
    record.lastServiceOn = readDate(r["last_service_on"]);
    record.retentionUntil = readDate(r["retention_until"]);
    return record;
}

std::vector<domain::StoredIdentityRecord> readIdentities(const pqxx::result& rows) {
    std::vector<domain::StoredIdentityRecord> out;
    out.reserve(rows.size());
    for (const auto& row : rows) {
        out.push_back(readIdentity(row));
    }
    return out;
}

std::vector<domain::MatchedSegment> readSegments(const pqxx::result& rows) {
    std::vector<domain::MatchedSegment> out;
    out.reserve(rows.size());
    for (const auto& row : rows) {
        domain::MatchedSegment s;
        s.segmentId = row["segment_id"].as<std::int64_t>();
        s.visitId = row["visit_id"].as<std::string>();
        s.identityRecordId = row["identity_record_id"].as<std::string>();
        s.boothId = row["booth_id"].as<std::int64_t>();
        s.boothLabel = row["booth_label"].as<std::string>();
        s.terminalId = readOptionalId(row["terminal_id"]);
        s.terminalNumber = readOptionalText(row["terminal_number"]);
        s.startedAt = fromEpochMicros(row["started_us"].as<std::int64_t>());
        s.endedAt = readOptionalInstant(row["ended_us"]);
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<std::int64_t> firstId(const pqxx::result& rows) {
    return rows.empty() ? std::nullopt : std::optional<std::int64_t>(rows[0][0].as<std::int64_t>());
}

/// The look-ups of an answer on any transaction, as the implementation of PoliceLookup or of PoliceTransaction.
template <typename Base> class PgLookups : public Base {
public:
    explicit PgLookups(pqxx::transaction_base& tx) : m_lookupTx(tx) {}

    std::vector<domain::MatchedSegment> segmentsOfBooth(std::int64_t storeId, std::int64_t boothId, Instant from,
                                                        Instant to) override {
        return segments(sql::kPoliceSegmentsOfBooth, storeId, boothId, from, to);
    }
    std::vector<domain::MatchedSegment> segmentsOfTerminal(std::int64_t storeId, std::int64_t terminalId, Instant from,
                                                           Instant to) override {
        return segments(sql::kPoliceSegmentsOfTerminal, storeId, terminalId, from, to);
    }
    std::vector<domain::MatchedSegment> segmentsOfIdentities(std::int64_t storeId, const std::vector<std::string>& ids,
                                                             Instant from, Instant to) override {
        if (ids.empty()) {
            return {};
        }
        return readSegments(m_lookupTx.exec_prepared(std::string(sql::kPoliceSegmentsOfIdentities.name), storeId,
                                                     arrayLiteral(ids), toEpochMicros(from), toEpochMicros(to)));
    }
    std::vector<domain::StoredIdentityRecord> identitiesByNameDob(std::int64_t storeId,
                                                                  const ByteString& index) override {
        return readIdentities(
            m_lookupTx.exec_prepared(std::string(sql::kPoliceIdentitiesByNameDob.name), storeId, bytes(index)));
    }
    std::vector<domain::StoredIdentityRecord> identitiesByDocument(std::int64_t storeId,
                                                                   const std::vector<ByteString>& indexes) override {
        if (indexes.empty()) {
            return {};
        }
        std::vector<std::string> hex;
        for (const auto& index : indexes) {
            hex.push_back("\\x" + crypto::toHex(index));
        }
        return readIdentities(
            m_lookupTx.exec_prepared(std::string(sql::kPoliceIdentitiesByDocument.name), storeId, arrayLiteral(hex)));
    }
    std::vector<domain::StoredIdentityRecord> identities(std::int64_t storeId,
                                                         const std::vector<std::string>& ids) override {
        if (ids.empty()) {
            return {};
        }
        return readIdentities(
            m_lookupTx.exec_prepared(std::string(sql::kPoliceIdentities.name), storeId, arrayLiteral(ids)));
    }

private:
    std::vector<domain::MatchedSegment> segments(const sql::Statement& statement, std::int64_t storeId, std::int64_t id,
                                                 Instant from, Instant to) {
        return readSegments(
            m_lookupTx.exec_prepared(std::string(statement.name), storeId, id, toEpochMicros(from), toEpochMicros(to)));
    }

    pqxx::transaction_base& m_lookupTx;
};

using PgPoliceReader = PgLookups<domain::PoliceLookup>;

class PgPoliceTransaction : public PgLookups<domain::PoliceTransaction> {
public:
    explicit PgPoliceTransaction(pqxx::work& tx) : PgLookups(tx), m_tx(tx), m_holds(tx) {}

    std::optional<domain::StoredPoliceRequest> findBySubmitterKey(const std::string& submitter,
                                                                  const std::string& key) override {
        return firstRequest(m_tx.exec_params(std::string(sql::kPoliceFindBySubmitterKey), submitter, key));
    }

    void insert(const domain::StoredPoliceRequest& r) override {
        const auto expires = dateText(r.warrantExpiresOn);
        const auto at = micros(r.questionAt);
        const auto booth = text(r.boothId);
        const auto terminal = text(r.terminalId);
        const auto port = text(r.sourcePort);
        const auto tolerance = text(r.toleranceSeconds);
        const auto enteredBy = text(r.enteredBy);
        try {
            m_tx.exec_params(std::string(sql::kPoliceInsertRequest), r.id, r.storeId,
                             std::string(domain::toCode(r.source)), orNull(enteredBy), orNull(r.agencyKey),
                             orNull(r.clientCertificate), r.agencyName, r.officerName, r.officerBadge, r.officerContact,
                             std::string(domain::toCode(r.basis)), orNull(r.warrantCourt), orNull(expires),
                             r.documentReference, r.documentDate.toString(), toEpochMicros(r.scopeFrom),
                             toEpochMicros(r.scopeTo), std::string(domain::toCode(r.questionKind)), orNull(at),
                             orNull(booth), orNull(terminal), orNull(r.publicIp), orNull(port), orNull(tolerance),
                             orNull(r.documentKind), r.keyId, bytes(r.person.name), bytes(r.person.nameKana),
                             bytes(r.person.dateOfBirth), bytes(r.person.documentNumber), toEpochMicros(r.receivedAt),
                             r.submitter, orNull(r.idempotencyKey), orNull(r.requestHash), r.retentionUntil.toString());
        } catch (const pqxx::unique_violation& e) {
            if (std::string(e.what()).find("police_requests_submitter_idempotency_key_key") != std::string::npos) {
                throw domain::Conflict("idempotency_key_race", "a request with this Idempotency-Key is being stored");
            }
            throw;
        }
    }

    std::optional<domain::StoredPoliceRequest> lock(const std::string& id) override {
        return firstRequest(m_tx.exec_params(std::string(sql::kPoliceLockRequest), id));
    }

    void approve(const std::string& id, std::int64_t staffId, Instant at, bool reviewRequired) override {
        expectOne(m_tx.exec_params(std::string(sql::kPoliceApprove), id, toEpochMicros(at), staffId, reviewRequired));
    }

    void reject(const std::string& id, std::int64_t staffId, Instant at, const std::string& reason) override {
        expectOne(m_tx.exec_params(std::string(sql::kPoliceReject), id, toEpochMicros(at), staffId, reason));
    }

    void expire(const std::string& id, Instant at) override {
        expectOne(m_tx.exec_params(std::string(sql::kPoliceExpire), id, toEpochMicros(at)));
    }

    std::string staffDisplayName(std::int64_t storeId, std::int64_t staffId) override {
        const auto rows = m_tx.exec_params(std::string(sql::kPoliceStaffDisplayName), storeId, staffId);
        if (rows.empty()) {
            throw domain::NotFound("no staff member " + std::to_string(staffId) + " in this store");
        }
        return rows[0][0].as<std::string>();
    }

    std::int64_t nextAnswerNumber(std::int64_t storeId, int year) override {
        return m_tx.exec_params1(std::string(sql::kPoliceNextAnswerNumber), storeId, year)[0].as<std::int64_t>();
    }

    void storeAnswer(const std::string& id, std::int64_t staffId, Instant at,
                     const domain::StoredAnswer& answer) override {
        expectOne(m_tx.exec_params(std::string(sql::kPoliceStoreAnswer), id, toEpochMicros(at), staffId, answer.number,
                                   bytes(answer.documentEnc), bytes(answer.signature), answer.publicKeyPem));
    }

    void recordDisclosures(const std::string& requestId, std::int64_t storeId,
                           const std::vector<domain::Disclosure>& disclosures) override {
        for (const auto& d : disclosures) {
            const auto segment = text(d.segmentId);
            m_tx.exec_params(std::string(sql::kPoliceInsertDisclosure), requestId, storeId, d.identityRecordId,
                             orNull(d.visitId), orNull(segment), d.disclosed);
        }
    }

    domain::AuditHead lockAuditHead(std::int64_t storeId) override {
        return storage::lockAuditHead(m_tx, storeId, storeId);
    }

    domain::AuditHead audit(const domain::AuditEntry& entry) override { return appendAudit(m_tx, entry); }

    domain::LegalHoldLedger& holds() override { return m_holds; }

private:
    static void expectOne(const pqxx::result& result) {
        if (result.affected_rows() != 1) {
            throw std::logic_error("a police request changed state under its row lock");
        }
    }

    pqxx::work& m_tx;
    PgLegalHoldLedger m_holds;
};

} // namespace

std::string arrayLiteral(const std::vector<std::string>& elements) {
    std::string out = "{";
    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (i > 0) {
            out.push_back(',');
        }
        out.push_back('"');
        for (const char c : elements[i]) {
            if (c == '"' || c == '\\') {
                out.push_back('\\');
            }
            out.push_back(c);
        }
        out.push_back('"');
    }
    out.push_back('}');
    return out;
}

void PgPoliceRepository::transact(const std::function<void(domain::PoliceTransaction&)>& body) {
    withTransaction(m_pool, [&](pqxx::work& tx) {
        // An answer reads the records it discloses, then holds them: the barrier against purge steps comes first.
        tx.exec(std::string(sql::kHoldPlacementBarrier));
        PgPoliceTransaction policeTx(tx);
        body(policeTx);
    });
}

void PgPoliceRepository::read(const std::function<void(domain::PoliceLookup&)>& body) {
    withTransaction(m_pool, [&](pqxx::work& tx) {
        PgPoliceReader reader(tx);
        body(reader);
    });
}

std::optional<domain::StoredPoliceRequest> PgPoliceRepository::find(const std::string& id) {
    return withTransaction(
        m_pool, [&](pqxx::work& tx) { return firstRequest(tx.exec_params(std::string(sql::kPoliceFindRequest), id)); });
}

std::optional<domain::StoredAnswer> PgPoliceRepository::findAnswer(const std::string& id) {
    return withTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<domain::StoredAnswer> {
        const auto rows = tx.exec_params(std::string(sql::kPoliceFindAnswer), id);
        if (rows.empty()) {
            return std::nullopt;
        }
        const auto& row = rows[0];
        domain::StoredAnswer answer;
        answer.number = row["answer_number"].as<std::string>();
        answer.documentEnc = readBytes(row["answer_document_enc"]);
        answer.signature = readOptionalBytes(row["answer_signature"]).value_or(ByteString{});
        answer.publicKeyPem = readOptionalText(row["answer_public_key"]).value_or("");
        return answer;
    });
}

std::vector<domain::StoredPoliceRequest> PgPoliceRepository::listForStore(std::int64_t storeId, std::size_t limit) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return readRequests(
            tx.exec_params(std::string(sql::kPoliceListForStore), storeId, static_cast<std::int64_t>(limit)));
    });
}

std::vector<domain::StoredPoliceRequest> PgPoliceRepository::listForAgency(const std::string& agencyKey,
                                                                           std::size_t limit) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return readRequests(
            tx.exec_params(std::string(sql::kPoliceListForAgency), agencyKey, static_cast<std::int64_t>(limit)));
    });
}

std::optional<std::int64_t> PgPoliceRepository::storeIdByCode(const std::string& code) {
    return withTransaction(
        m_pool, [&](pqxx::work& tx) { return firstId(tx.exec_params(std::string(sql::kPoliceStoreByCode), code)); });
}

std::optional<std::int64_t> PgPoliceRepository::boothByLabel(std::int64_t storeId, const std::string& label) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return firstId(tx.exec_params(std::string(sql::kPoliceBoothByLabel), storeId, label));
    });
}

std::optional<std::int64_t> PgPoliceRepository::terminalByNumber(std::int64_t storeId, const std::string& number) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return firstId(tx.exec_params(std::string(sql::kPoliceTerminalByNumber), storeId, number));
    });
}

std::optional<domain::RegisteredAgency> PgPoliceRepository::findAgency(const std::string& organization) {
    return withTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<domain::RegisteredAgency> {
        const auto rows = tx.exec_params(std::string(sql::kPoliceFindAgency), organization);
        if (rows.empty()) {
            return std::nullopt;
        }
        return domain::RegisteredAgency{rows[0]["id"].as<std::int64_t>(),
                                        rows[0]["certificate_organization"].as<std::string>(),
                                        rows[0]["name"].as<std::string>(), rows[0]["disabled"].as<bool>()};
    });
}

} // namespace kiroku::backend::storage
