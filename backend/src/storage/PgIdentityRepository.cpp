#include "storage/PgIdentityRepository.h"

#include "storage/PgAuditLog.h"
#include "storage/PgErrors.h"
#include "storage/PgIdempotencyStore.h"
#include "storage/PgTime.h"
#include "storage/Sql.h"

namespace kiroku::backend::storage {

namespace {

using domain::ByteString;

pqxx::binarystring bytes(const ByteString& value) {
    return pqxx::binarystring(value.data(), value.size());
}

/// An absent value goes as an empty bytea, which the statement turns into NULL.
pqxx::binarystring bytes(const std::optional<ByteString>& value) {
    static const ByteString kEmpty;
    return bytes(value ? *value : kEmpty);
}

const char* textOrNull(const std::optional<std::string>& value) {
    return value ? value->c_str() : nullptr;
}

std::optional<std::string> dateText(const std::optional<domain::CivilDate>& date) {
    return date ? std::optional<std::string>(date->toString()) : std::nullopt;
}

ByteString readBytes(const pqxx::field& field) {
    const pqxx::binarystring value(field);
    return ByteString(value.begin(), value.end());
}

std::optional<ByteString> readOptionalBytes(const pqxx::field& field) {
    if (field.is_null()) {
        return std::nullopt;
    }
    return readBytes(field);
}

std::optional<std::string> readOptionalText(const pqxx::field& field) {
    if (field.is_null()) {
        return std::nullopt;
    }
    return field.as<std::string>();
}

std::optional<domain::CivilDate> readOptionalDate(const pqxx::field& field) {
    if (field.is_null()) {
        return std::nullopt;
    }
    return domain::CivilDate::parse(field.as<std::string>(), field.name());
}

domain::EncryptedIdentityFields readFields(const pqxx::row& r) {
    domain::EncryptedIdentityFields f;
    f.keyId = r["key_id"].as<std::uint32_t>();
    f.name = readBytes(r["name_enc"]);
    f.nameKana = readOptionalBytes(r["name_kana_enc"]);
    f.address = readBytes(r["address_enc"]);
    f.dateOfBirth = readBytes(r["date_of_birth_enc"]);
    f.documentNumber = readOptionalBytes(r["document_number_enc"]);
    return f;
}

domain::StoredIdentityRecord readRecord(const pqxx::row& r) {
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
    record.fields = readFields(r);
    record.nameDobIndex = readBytes(r["name_dob_bidx"]);
    record.documentNumberIndex = readOptionalBytes(r["document_number_bidx"]);
    record.lastServiceOn = domain::CivilDate::parse(r["last_service_on"].as<std::string>(), "last_service_on");
    record.retentionUntil = domain::CivilDate::parse(r["retention_until"].as<std::string>(), "retention_until");
    return record;
}

domain::StoredDataKey readDataKey(const pqxx::row& row) {
    domain::StoredDataKey key;
    key.id = row["id"].as<std::uint32_t>();
    key.purpose = row["purpose"].as<std::string>();
    key.scope = row["scope"].as<std::string>();
    key.kekVersion = row["kek_version"].as<std::uint32_t>();
    key.wrapped = readBytes(row["wrapped_key"]);
    return key;
}

constexpr const char* kNoUuid = "00000000-0000-0000-0000-000000000000";

void insertRecord(pqxx::work& tx, const domain::StoredIdentityRecord& r) {
    const auto expires = dateText(r.documentExpiresOn);
    const auto issued = dateText(r.documentIssuedOn);
    const auto proofDate = dateText(r.addressProofDate);
    const auto& f = r.fields;
    tx.exec_params(std::string(sql::kInsertIdentityRecord), r.id, r.storeId, toEpochMicros(r.verifiedAt), r.verifiedBy,
                   r.method, r.documentKind, textOrNull(r.documentIssuer), textOrNull(expires), textOrNull(issued),
                   textOrNull(r.nationality), r.addressOnDocument, textOrNull(r.addressProofKind),
                   textOrNull(proofDate), f.keyId, bytes(f.name), bytes(f.nameKana), bytes(f.address),
                   bytes(f.dateOfBirth), bytes(f.documentNumber), bytes(r.nameDobIndex), bytes(r.documentNumberIndex),
                   r.lastServiceOn.toString(), r.retentionUntil.toString());
}

} // namespace

void PgIdentityRepository::insert(const domain::StoredIdentityRecord& record, const domain::AuditEntry& audit) {
    withTransaction(m_pool, [&](pqxx::work& tx) {
        insertRecord(tx, record);
        appendAudit(tx, audit);
    });
}

std::optional<domain::RecordedResponse> PgIdentityRepository::insertOnce(const domain::StoredIdentityRecord& record,
                                                                         const domain::IdempotencyKey& key,
                                                                         const domain::StoredResponse& answer,
                                                                         const domain::AuditEntry& audit) {
    return withTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<domain::RecordedResponse> {
        PgIdempotencyLedger ledger(tx);
        if (auto recorded = ledger.claim(key)) {
            return recorded;
        }
        insertRecord(tx, record);
        ledger.record(key, answer);
        appendAudit(tx, audit);
        return std::nullopt;
    });
}

std::optional<domain::StoredIdentityRecord> PgIdentityRepository::find(std::int64_t storeId, const std::string& id) {
    return withSingleStatement(m_pool, [&](pqxx::nontransaction& tx) -> std::optional<domain::StoredIdentityRecord> {
        const auto rows = tx.exec_prepared(std::string(sql::kFindIdentityRecord.name), storeId, id);
        if (rows.empty()) {
            return std::nullopt;
        }
        return readRecord(rows[0]);
    });
}

std::optional<domain::StoredIdentityRecord> PgIdentityRepository::read(std::int64_t storeId, const std::string& id,
                                                                       const domain::AuditEntry& audit) {
    return withTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<domain::StoredIdentityRecord> {
        const auto rows = tx.exec_prepared(std::string(sql::kFindIdentityRecord.name), storeId, id);
        if (rows.empty()) {
            return std::nullopt;
        }
        auto record = readRecord(rows[0]);
        appendAudit(tx, audit);
        return record;
    });
}

domain::AuditEntry PgIdentityKeyMaintenance::entry(const char* action, const char* reason) const {
    domain::AuditEntry e;
    e.action = action;
    e.actor = m_actor;
    e.reason = reason;
    e.at = std::chrono::system_clock::now();
    return e;
}

domain::MaintenanceBatch PgIdentityKeyMaintenance::rewrapDataKeys(
    std::uint32_t afterId, std::size_t limit, std::uint32_t targetKekVersion,
    const std::function<std::optional<ByteString>(const domain::StoredDataKey&)>& rewrap) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        domain::MaintenanceBatch batch;
        const auto rows = tx.exec_params(std::string(sql::kLockKeysToRewrap), afterId, targetKekVersion, limit);
        for (const auto& row : rows) {
            const auto key = readDataKey(row);
            ++batch.examined;
            batch.lastKey = std::to_string(key.id);
            const auto wrapped = rewrap(key);
            if (!wrapped) {
                ++batch.failed;
                continue;
            }
            tx.exec_params(std::string(sql::kStoreRewrappedKey), key.id, bytes(*wrapped), targetKekVersion);
            ++batch.changed;
        }
        if (batch.changed > 0 || batch.failed > 0) {
            auto audit = entry(domain::audit_action::kKeyRewrap, "kek_rotation");
            audit.details["target_kek_version"] = std::int64_t{targetKekVersion};
            audit.details["rewrapped"] = static_cast<std::int64_t>(batch.changed);
            audit.details["failed"] = static_cast<std::int64_t>(batch.failed);
            audit.details["last_key_id"] = batch.lastKey;
            appendAudit(tx, audit);
        }
        return batch;
    });
}

namespace {

std::vector<domain::PersonalKeyInfo> liveKeys(ConnectionPool& pool, std::string_view statement) {
    return withTransaction(pool, [&](pqxx::work& tx) {
        std::vector<domain::PersonalKeyInfo> keys;
        for (const auto& row : tx.exec(std::string(statement))) {
            keys.push_back({row["id"].as<std::uint32_t>(), row["scope"].as<std::string>(), row["retired"].as<bool>()});
        }
        return keys;
    });
}

} // namespace

std::vector<domain::PersonalKeyInfo> PgIdentityKeyMaintenance::livePersonalKeys() {
    return liveKeys(m_pool, sql::kLivePersonalKeys);
}

std::vector<domain::PersonalKeyInfo> PgIdentityKeyMaintenance::livePoliceKeys() {
    return liveKeys(m_pool, sql::kLivePoliceKeys);
}

bool PgIdentityKeyMaintenance::retireKey(std::uint32_t id) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        const auto rows = tx.exec_params(std::string(sql::kRetireDataKey), id);
        const bool retired = !rows.empty();
        if (retired) {
            const bool police = rows[0][0].as<std::string>() == "police_fields";
            auto audit =
                entry(domain::audit_action::kKeyRetire, police ? "police_key_rotation" : "personal_key_rotation");
            audit.subjects.push_back({"data_key", std::to_string(id)});
            appendAudit(tx, audit);
        }
        return retired;
    });
}

std::size_t PgIdentityKeyMaintenance::countPoliceRequestsUnderKey(std::uint32_t keyId) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return tx.exec_params1(std::string(sql::kCountPoliceRequestsUnderKey), keyId)[0].as<std::size_t>();
    });
}

domain::MaintenanceBatch PgIdentityKeyMaintenance::reencryptPoliceRequests(
    std::uint32_t fromKeyId, const std::string& afterId, std::size_t limit,
    const std::function<std::optional<domain::EncryptedPoliceFields>(const domain::PoliceRequestToRekey&)>& reencrypt) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        domain::MaintenanceBatch batch;
        // The rows locked as the purge locks them: an answer being written waits, then reads the new key.
        const auto rows =
            tx.exec_params(std::string(sql::kLockPoliceRequestsToRekey), fromKeyId,
                           afterId.empty() ? std::string(kNoUuid) : afterId, static_cast<std::int64_t>(limit));
        for (const auto& row : rows) {
            domain::PoliceRequestToRekey request;
            request.id = row["id"].as<std::string>();
            request.retentionMonth = row["retention_month"].as<std::string>();
            auto& f = request.fields;
            f.keyId = row["key_id"].as<std::uint32_t>();
            f.name = readOptionalBytes(row["question_name_enc"]);
            f.nameKana = readOptionalBytes(row["question_name_kana_enc"]);
            f.dateOfBirth = readOptionalBytes(row["question_date_of_birth_enc"]);
            f.documentNumber = readOptionalBytes(row["question_document_number_enc"]);
            f.answerDocument = readOptionalBytes(row["answer_document_enc"]);
            ++batch.examined;
            batch.lastKey = request.id;
            const auto fresh = reencrypt(request);
            if (!fresh) {
                ++batch.failed;
                continue;
            }
            batch.changed += tx.exec_params(std::string(sql::kStoreReencryptedPoliceRequest), request.id, fresh->keyId,
                                            bytes(fresh->name), bytes(fresh->nameKana), bytes(fresh->dateOfBirth),
                                            bytes(fresh->documentNumber), bytes(fresh->answerDocument), fromKeyId)
                                 .affected_rows();
        }
        if (batch.changed > 0 || batch.failed > 0) {
            auto audit = entry(domain::audit_action::kKeyReencrypt, "police_key_rotation");
            audit.subjects.push_back({"data_key", std::to_string(fromKeyId)});
            audit.details["reencrypted"] = static_cast<std::int64_t>(batch.changed);
            audit.details["failed"] = static_cast<std::int64_t>(batch.failed);
            appendAudit(tx, audit);
        }
        return batch;
    });
}

std::size_t PgIdentityKeyMaintenance::countRecordsUnderKey(std::uint32_t keyId) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return tx.exec_params1(std::string(sql::kCountIdentityRecordsUnderKey), keyId)[0].as<std::size_t>();
    });
}

domain::MaintenanceBatch PgIdentityKeyMaintenance::reencryptRecords(
    std::uint32_t fromKeyId, const std::string& afterId, std::size_t limit,
    const std::function<std::optional<domain::EncryptedIdentityFields>(
        const std::string&, const domain::EncryptedIdentityFields&)>& reencrypt) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        domain::MaintenanceBatch batch;
        const auto rows = tx.exec_params(std::string(sql::kLockIdentityRecordsToReencrypt), fromKeyId,
                                         afterId.empty() ? std::string(kNoUuid) : afterId, limit);
        for (const auto& row : rows) {
            const std::string id = row["id"].as<std::string>();
            ++batch.examined;
            batch.lastKey = id;
            const auto fresh = reencrypt(id, readFields(row));
            if (!fresh) {
                ++batch.failed;
                continue;
            }
            const auto changed = tx.exec_params(std::string(sql::kStoreReencryptedIdentity), id, fresh->keyId,
                                                bytes(fresh->name), bytes(fresh->nameKana), bytes(fresh->address),
                                                bytes(fresh->dateOfBirth), bytes(fresh->documentNumber), fromKeyId)
                                     .affected_rows();
            batch.changed += changed;
        }
        if (batch.changed > 0 || batch.failed > 0) {
            auto audit = entry(domain::audit_action::kKeyReencrypt, "personal_key_rotation");
            audit.subjects.push_back({"data_key", std::to_string(fromKeyId)});
            audit.details["reencrypted"] = static_cast<std::int64_t>(batch.changed);
            audit.details["failed"] = static_cast<std::int64_t>(batch.failed);
            appendAudit(tx, audit);
        }
        return batch;
    });
}

} // namespace kiroku::backend::storage
