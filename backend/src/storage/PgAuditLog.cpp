#include "storage/PgAuditLog.h"

#include "audit/AuditChain.h"
#include "storage/PgErrors.h"
#include "storage/Sql.h"

namespace kiroku::backend::storage {

namespace {

const char* orNull(const std::optional<std::string>& value) {
    return value ? value->c_str() : nullptr;
}

std::optional<std::string> optionalId(const std::optional<std::int64_t>& id) {
    return id ? std::optional<std::string>(std::to_string(*id)) : std::nullopt;
}

std::optional<std::int64_t> optionalInt(const pqxx::field& field) {
    return field.is_null() ? std::nullopt : std::optional<std::int64_t>(field.as<std::int64_t>());
}

domain::StoredAuditEntry readEntry(const pqxx::row& row) {
    domain::StoredAuditEntry e;
    e.chainId = row["chain_id"].as<std::int64_t>();
    e.seq = row["seq"].as<std::int64_t>();
    e.storeId = optionalInt(row["store_id"]);
    e.atMicros = row["at_us"].as<std::int64_t>();
    e.action = row["action"].as<std::string>();
    e.staffId = optionalInt(row["staff_id"]);
    e.document = row["entry"].as<std::string>();
    e.prevHash = row["prev_hash"].as<std::string>();
    e.hash = row["hash"].as<std::string>();
    return e;
}

} // namespace

domain::AuditHead lockAuditHead(pqxx::work& tx, std::int64_t chainId, std::optional<std::int64_t> storeId) {
    const std::string lockHead(sql::kAuditLockHead.name);
    auto rows = tx.exec_prepared(lockHead, chainId);
    if (rows.empty()) {
        tx.exec_prepared(std::string(sql::kAuditCreateHead.name), chainId, orNull(optionalId(storeId)));
        rows = tx.exec_prepared(lockHead, chainId);
    }
    return domain::AuditHead{chainId, rows.at(0)["seq"].as<std::int64_t>(), rows.at(0)["hash"].as<std::string>()};
}

domain::AuditHead appendAudit(pqxx::work& tx, const domain::AuditEntry& entry) {
    const std::int64_t chainId = audit::chainOf(entry);
    const domain::AuditHead head = lockAuditHead(tx, chainId, entry.storeId);
    const std::int64_t seq = head.length + 1;
    const std::string& prevHex = head.hash;
    const auto prev = audit::digestFromHex(prevHex);
    if (!prev) {
        throw std::runtime_error("the audit chain head holds a malformed hash");
    }
    const std::string document = canonical::canonicalize(audit::entryDocument(entry, chainId, seq));
    const std::string hash = audit::toHex(audit::linkHash(*prev, document));
    tx.exec_prepared(std::string(sql::kAuditAppend.name), chainId, seq, orNull(optionalId(entry.storeId)),
                     audit::toMicros(entry.at), entry.action, orNull(optionalId(entry.actor.staffId)), document,
                     prevHex, hash);
    return domain::AuditHead{chainId, seq, hash};
}

domain::AuditHead PgAuditLog::append(const domain::AuditEntry& entry) {
    return withTransaction(m_pool, [&](pqxx::work& tx) { return appendAudit(tx, entry); });
}

std::optional<domain::AuditHead> PgAuditLog::scan(std::int64_t chainId, std::int64_t afterSeq, std::size_t batchSize,
                                                  const std::function<bool(const domain::StoredAuditEntry&)>& visit) {
    return withTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<domain::AuditHead> {
        // One snapshot: entries appended while the walk runs are neither seen nor counted in the head.
        tx.exec0(std::string(sql::kReadOnlySnapshot));
        std::optional<domain::AuditHead> head;
        if (const auto rows = tx.exec_params(std::string(sql::kAuditHead), chainId); !rows.empty()) {
            head = domain::AuditHead{chainId, rows[0]["seq"].as<std::int64_t>(), rows[0]["hash"].as<std::string>()};
        }
        std::int64_t after = afterSeq;
        for (;;) {
            const auto rows = tx.exec_params(std::string(sql::kAuditEntries), chainId, after, batchSize);
            for (const auto& row : rows) {
                const auto entry = readEntry(row);
                if (!visit(entry)) {
                    return head;
                }
                after = entry.seq;
            }
            if (rows.size() < batchSize) {
                return head;
            }
        }
    });
}

std::optional<domain::StoredAuditEntry> PgAuditLog::entryAt(std::int64_t chainId, std::int64_t seq) {
    return withTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<domain::StoredAuditEntry> {
        const auto rows = tx.exec_params(std::string(sql::kAuditEntryAt), chainId, seq);
        if (rows.empty()) {
            return std::nullopt;
        }
        return readEntry(rows[0]);
    });
}

std::vector<std::int64_t> PgAuditLog::chains() {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        std::vector<std::int64_t> chains;
        for (const auto& row : tx.exec_params(std::string(sql::kAuditChains))) {
            chains.push_back(row[0].as<std::int64_t>());
        }
        return chains;
    });
}

} // namespace kiroku::backend::storage
