#include "storage/PgCheckpointRepository.h"

#include "storage/PgAuditLog.h"
#include "storage/PgErrors.h"
#include "storage/PgTime.h"
#include "storage/Sql.h"

namespace kiroku::backend::storage {

std::optional<domain::AuditCheckpoint>
PgCheckpointRepository::create(std::int64_t storeId,
                               std::optional<std::chrono::system_clock::time_point> skipIfMadeSince,
                               const std::function<domain::AuditCheckpoint(const domain::AuditHead&)>& make,
                               const std::function<domain::AuditEntry(const domain::AuditCheckpoint&)>& entryFor) {
    return withTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<domain::AuditCheckpoint> {
        const domain::AuditHead head = lockAuditHead(tx, storeId, storeId);
        // Checked under the head's lock, so two servers' daily jobs make one checkpoint.
        if (skipIfMadeSince &&
            !tx.exec_params(std::string(sql::kCheckpointMadeSince), storeId, toEpochMicros(*skipIfMadeSince)).empty()) {
            return std::nullopt;
        }
        domain::AuditCheckpoint checkpoint = make(head);
        checkpoint.id =
            tx.exec_params1(std::string(sql::kInsertCheckpoint), storeId, checkpoint.length, checkpoint.headHash,
                            toEpochMicros(checkpoint.createdAt), checkpoint.keyId, checkpoint.payload,
                            pqxx::binarystring(checkpoint.signature.data(), checkpoint.signature.size()))[0]
                .as<std::int64_t>();
        appendAudit(tx, entryFor(checkpoint));
        return checkpoint;
    });
}

std::optional<domain::AuditCheckpoint> PgCheckpointRepository::latest(std::int64_t storeId) {
    return withTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<domain::AuditCheckpoint> {
        const auto rows = tx.exec_params(std::string(sql::kLatestCheckpoint), storeId);
        if (rows.empty()) {
            return std::nullopt;
        }
        const auto& row = rows[0];
        domain::AuditCheckpoint c;
        c.id = row["id"].as<std::int64_t>();
        c.storeId = row["store_id"].as<std::int64_t>();
        c.length = row["length"].as<std::int64_t>();
        c.headHash = row["head_hash"].as<std::string>();
        c.createdAt = fromEpochMicros(row["created_us"].as<std::int64_t>());
        c.keyId = row["key_id"].as<std::uint32_t>();
        c.payload = row["payload"].as<std::string>();
        const pqxx::binarystring signature(row["signature"]);
        c.signature.assign(signature.begin(), signature.end());
        return c;
    });
}

std::vector<std::int64_t> PgCheckpointRepository::storeIds() {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        std::vector<std::int64_t> ids;
        for (const auto& row : tx.exec(std::string(sql::kAllStoreIds))) {
            ids.push_back(row[0].as<std::int64_t>());
        }
        return ids;
    });
}

} // namespace kiroku::backend::storage
