#include "storage/PgRetentionStore.h"

#include "storage/PgAuditLog.h"
#include "storage/PgErrors.h"
#include "storage/PgTime.h"
#include "storage/PurgeTransaction.h"
#include "storage/Sql.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <pqxx/pqxx>

#include <sstream>
#include <thread>

namespace kiroku::backend::storage {

namespace {

using domain::ByteString;

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

pqxx::binarystring bytes(const ByteString& value) {
    return pqxx::binarystring(value.data(), value.size());
}

pqxx::binarystring bytes(const std::optional<ByteString>& value) {
    static const ByteString kEmpty;
    return bytes(value ? *value : kEmpty);
}

/// A PostgreSQL array literal of plain tokens (UUIDs, numbers, YYYY-MM): {a,b,c}.
template <typename Range> std::string arrayLiteral(const Range& items) {
    std::string out = "{";
    for (const auto& item : items) {
        if (out.size() > 1) {
            out += ',';
        }
        std::ostringstream text;
        text << item;
        out += text.str();
    }
    return out + "}";
}

std::string json(const Poco::JSON::Object::Ptr& value) {
    std::ostringstream out;
    value->stringify(out);
    return out.str();
}

std::string json(const Poco::JSON::Array::Ptr& value) {
    std::ostringstream out;
    value->stringify(out);
    return out.str();
}

std::string countsJson(const std::map<std::string, std::int64_t>& counts) {
    Poco::JSON::Object::Ptr object = new Poco::JSON::Object;
    for (const auto& [table, n] : counts) {
        object->set(table, n);
    }
    return json(object);
}

constexpr int kLockAttempts = 40;

[[noreturn]] void lockNotAvailable(const std::string& what) {
    throw domain::Unavailable("the locks to change the partitions of " + what + " were not free");
}

void rethrowLockNotAvailable(const pqxx::sql_error& e, const std::string& what) {
    if (e.sqlstate() == "55P03") { // lock_not_available: NOWAIT or the function's lock_timeout
        lockNotAvailable(what);
    }
}

/// Partition DDL takes its locks without waiting (V012: the partition, then its table and default partition) and is
/// tried again after a short pause while a check-in holds one of them: up to about 10 s.
template <typename F> auto withLockRetries(F&& attempt) {
    for (int i = 1;; ++i) {
        try {
            return attempt();
        } catch (const domain::Unavailable&) {
            if (i == kLockAttempts) {
                throw;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50 + 10 * i));
        }
    }
}

/// The lock's connection stays out of the pool until the lock is released.
class PgPurgeLock : public domain::PurgeLock {
public:
    explicit PgPurgeLock(ConnectionPool::Lease lease) : m_lease(std::move(lease)) {}
    ~PgPurgeLock() override {
        try {
            pqxx::nontransaction tx(*m_lease);
            tx.exec(std::string(sql::kPurgeUnlock));
        } catch (const std::exception&) {
            m_lease.markBroken(); // closing the session releases the lock
        }
    }

private:
    ConnectionPool::Lease m_lease;
};

} // namespace

std::unique_ptr<domain::PurgeLock> PgRetentionStore::tryLock() {
    auto lease = m_pool.acquire();
    try {
        pqxx::nontransaction tx(*lease);
        if (!tx.exec1(std::string(sql::kPurgeTryLock))[0].as<bool>()) {
            return nullptr;
        }
    } catch (const pqxx::broken_connection&) {
        lease.markBroken();
        throw domain::Unavailable("the database connection was lost");
    }
    return std::make_unique<PgPurgeLock>(std::move(lease));
}

std::vector<std::int64_t> PgRetentionStore::storeIds() {
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        std::vector<std::int64_t> ids;
        for (const auto& row : tx.exec(std::string(sql::kRetentionStoreIds))) {
            ids.push_back(row[0].as<std::int64_t>());
        }
        return ids;
    });
}

int PgRetentionStore::maintainPartitions(domain::Instant asOf) {
    const auto missing = inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        std::vector<std::pair<std::string, std::string>> months;
        for (const auto& row : tx.exec_params(std::string(sql::kMissingPartitions), toEpochMicros(asOf))) {
            months.emplace_back(row[0].as<std::string>(), row[1].as<std::string>());
        }
        return months;
    });
    int created = 0;
    for (const auto& [table, month] : missing) {
        created += withLockRetries([&] {
            return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
                try {
                    return tx.exec_params1(std::string(sql::kEnsurePartition), table, month)[0].as<bool>() ? 1 : 0;
                } catch (const pqxx::sql_error& e) {
                    rethrowLockNotAvailable(e, table);
                    throw;
                }
            });
        });
    }
    return created;
}

std::vector<domain::MonthPartition> PgRetentionStore::monthPartitions() {
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        std::vector<domain::MonthPartition> partitions;
        for (const auto& row : tx.exec(std::string(sql::kMonthPartitions))) {
            domain::MonthPartition p;
            p.table = row["table_name"].as<std::string>();
            p.parentTable = row["parent_table"].as<std::string>();
            p.eventTime = row["event_time"].as<bool>();
            p.month = domain::CivilDate::parse(row["month"].as<std::string>(), "month");
            partitions.push_back(std::move(p));
        }
        return partitions;
    });
}

std::vector<domain::EventTable> PgRetentionStore::eventTables() {
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        std::vector<domain::EventTable> tables;
        for (const auto& row : tx.exec(std::string(sql::kEventTables))) {
            tables.push_back({row[0].as<std::string>()});
        }
        return tables;
    });
}

bool PgRetentionStore::partitionExpired(const domain::MonthPartition& partition, domain::Instant asOf) {
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        return tx
            .exec_params1(std::string(sql::kPartitionExpired), partition.table, partition.month.toString(),
                          toEpochMicros(asOf))[0]
            .as<bool>();
    });
}

std::optional<domain::PartitionDrop> PgRetentionStore::dropPartition(const domain::MonthPartition& partition,
                                                                     domain::Instant asOf) {
    return withLockRetries([&] { return dropOnce(partition, asOf); });
}

std::optional<domain::PartitionDrop> PgRetentionStore::dropOnce(const domain::MonthPartition& partition,
                                                                domain::Instant asOf) {
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<domain::PartitionDrop> {
        try {
            tx.exec(std::string(sql::kPurgeStepBarrier));
            const auto rows = tx.exec_params(std::string(sql::kDropPartition), partition.table,
                                             partition.month.toString(), toEpochMicros(asOf));
            if (rows.empty()) {
                return std::nullopt;
            }
            domain::PartitionDrop drop;
            for (const auto& row : rows) {
                const auto n = row["row_count"].as<std::int64_t>();
                if (n < 0) {
                    return domain::PartitionDrop{-1, {}};
                }
                drop.rows += n;
                if (!row["store_id"].is_null()) {
                    drop.rowsByStore[row["store_id"].as<std::int64_t>()] += n;
                }
            }
            return drop;
        } catch (const pqxx::sql_error& e) {
            rethrowLockNotAvailable(e, partition.name());
            throw;
        }
    });
}

std::map<std::string, std::int64_t> PgRetentionStore::purgeVisits(const domain::StoreCutoff& cutoff,
                                                                  domain::Instant asOf, std::size_t limit,
                                                                  bool countOnly) {
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        if (!countOnly) {
            tx.exec(std::string(sql::kPurgeStepBarrier));
        }
        const auto row = countOnly
                             ? tx.exec_params1(std::string(sql::kCountVisitsToPurge), cutoff.storeId,
                                               cutoff.today.toString(), toEpochMicros(asOf))
                             : tx.exec_params1(std::string(sql::kPurgeVisits), cutoff.storeId, cutoff.today.toString(),
                                               toEpochMicros(asOf), static_cast<std::int64_t>(limit));
        return std::map<std::string, std::int64_t>{{"visits", row["visits"].as<std::int64_t>()},
                                                   {"visit_segments", row["visit_segments"].as<std::int64_t>()}};
    });
}

std::int64_t PgRetentionStore::purgeEvents(const domain::EventTable& table, const domain::StoreCutoff& cutoff,
                                           domain::Instant asOf, std::size_t limit, bool countOnly) {
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        if (!countOnly) {
            tx.exec(std::string(sql::kPurgeStepBarrier));
        }
        return tx
            .exec_params1(std::string(sql::kPurgeEventRows), table.table, cutoff.storeId,
                          toEpochMicros(cutoff.eventsBefore), toEpochMicros(asOf), static_cast<std::int64_t>(limit),
                          countOnly)[0]
            .as<std::int64_t>();
    });
}

std::map<std::string, std::int64_t> PgRetentionStore::purgeIdentities(const domain::StoreCutoff& cutoff,
                                                                      domain::Instant asOf, std::size_t limit,
                                                                      bool countOnly) {
    const auto result = [](const pqxx::row& row) {
        return std::map<std::string, std::int64_t>{{"identity_records", row["identity_records"].as<std::int64_t>()},
                                                   {"members", row["members"].as<std::int64_t>()},
                                                   {"member_cards", row["member_cards"].as<std::int64_t>()}};
    };
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        if (countOnly) {
            return result(tx.exec_params1(std::string(sql::kCountIdentitiesToPurge), cutoff.storeId,
                                          cutoff.today.toString(), toEpochMicros(asOf)));
        }
        tx.exec(std::string(sql::kPurgeStepBarrier));
        std::vector<std::string> ids;
        for (const auto& r :
             tx.exec_params(std::string(sql::kLockIdentitiesToPurge), cutoff.storeId, cutoff.today.toString(),
                            toEpochMicros(asOf), static_cast<std::int64_t>(limit))) {
            ids.push_back(r[0].as<std::string>());
        }
        if (ids.empty()) {
            return std::map<std::string, std::int64_t>{{"identity_records", 0}, {"members", 0}, {"member_cards", 0}};
        }
        return result(tx.exec_params1(std::string(sql::kDeleteIdentities), cutoff.storeId, arrayLiteral(ids)));
    });
}

std::vector<domain::HeldRows> PgRetentionStore::heldBack(const domain::StoreCutoff& cutoff, domain::Instant asOf) {
    const auto tables = eventTables();
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        std::vector<domain::HeldRows> held;
        const std::string today = cutoff.today.toString();
        for (const auto& row :
             tx.exec_params(std::string(sql::kHeldVisits), cutoff.storeId, today, toEpochMicros(asOf))) {
            held.push_back({row["hold_id"].as<std::string>(), "visits", row["visits"].as<std::int64_t>()});
            held.push_back(
                {row["hold_id"].as<std::string>(), "visit_segments", row["visit_segments"].as<std::int64_t>()});
        }
        for (const auto& row :
             tx.exec_params(std::string(sql::kHeldIdentities), cutoff.storeId, today, toEpochMicros(asOf))) {
            held.push_back(
                {row["hold_id"].as<std::string>(), "identity_records", row["identity_records"].as<std::int64_t>()});
        }
        for (const auto& row :
             tx.exec_params(std::string(sql::kHeldPoliceRequests), cutoff.storeId, today, toEpochMicros(asOf))) {
            held.push_back(
                {row["hold_id"].as<std::string>(), "police_requests", row["police_requests"].as<std::int64_t>()});
        }
        for (const auto& table : tables) {
            for (const auto& row : tx.exec_params(std::string(sql::kHeldEventRows), table.table, cutoff.storeId,
                                                  toEpochMicros(cutoff.eventsBefore), toEpochMicros(asOf))) {
                held.push_back({row["hold_id"].as<std::string>(), table.table, row["held"].as<std::int64_t>()});
            }
        }
        return held;
    });
}

std::vector<domain::PurgeKey> PgRetentionStore::monthKeys() {
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        std::vector<domain::PurgeKey> keys;
        for (const auto& row : tx.exec(std::string(sql::kPurgeMonthKeys))) {
            domain::PurgeKey key;
            key.id = row["id"].as<std::uint32_t>();
            key.scope = row["scope"].as<std::string>();
            key.police = row["police"].as<bool>();
            key.retired = row["retired"].as<bool>();
            key.retiredLongAgo = row["retired_long_ago"].as<bool>();
            key.vault = row["vault"].as<bool>();
            keys.push_back(std::move(key));
        }
        return keys;
    });
}

std::int64_t PgRetentionStore::countRecordsUnderKey(std::uint32_t keyId) {
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        return tx.exec_params1(std::string(sql::kKeyReferences), keyId)[0].as<std::int64_t>();
    });
}

void PgRetentionStore::recountEventDays(const domain::StoreCutoff& cutoff) {
    inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        if (!tx.exec1(std::string(sql::kEventDaysExist))[0].as<bool>()) {
            return;
        }
        tx.exec_params(std::string(sql::kForgetEventDays), cutoff.storeId, cutoff.lastExpiredDay.toString());
        tx.exec_params(std::string(sql::kRecountEventDays), cutoff.storeId, toEpochMicros(cutoff.eventsBefore));
    });
}

domain::RekeyBatch PgRetentionStore::rekeyRecords(
    std::uint32_t keyId, const std::string& afterId, std::size_t limit, domain::Instant asOf,
    const std::function<std::optional<domain::EncryptedIdentityFields>(const domain::RecordToRekey&)>& rekey) {
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        domain::RekeyBatch batch;
        const auto rows =
            tx.exec_params(std::string(sql::kLockRecordsToRekey), keyId,
                           afterId.empty() ? std::string("00000000-0000-0000-0000-000000000000") : afterId,
                           static_cast<std::int64_t>(limit), toEpochMicros(asOf));
        for (const auto& row : rows) {
            domain::RecordToRekey record;
            record.id = row["id"].as<std::string>();
            record.targetMonth = row["target_month"].as<std::string>();
            auto& f = record.fields;
            f.keyId = row["key_id"].as<std::uint32_t>();
            f.name = readBytes(row["name_enc"]);
            f.nameKana = readOptionalBytes(row["name_kana_enc"]);
            f.address = readBytes(row["address_enc"]);
            f.dateOfBirth = readBytes(row["date_of_birth_enc"]);
            f.documentNumber = readOptionalBytes(row["document_number_enc"]);
            ++batch.examined;
            batch.lastId = record.id;
            const auto fresh = rekey(record);
            if (!fresh) {
                ++batch.refused;
                continue;
            }
            batch.changed += tx.exec_params(std::string(sql::kStoreReencryptedIdentity), record.id, fresh->keyId,
                                            bytes(fresh->name), bytes(fresh->nameKana), bytes(fresh->address),
                                            bytes(fresh->dateOfBirth), bytes(fresh->documentNumber), keyId)
                                 .affected_rows();
        }
        return batch;
    });
}

domain::RekeyBatch PgRetentionStore::rekeyPoliceRequests(
    std::uint32_t keyId, const std::string& afterId, std::size_t limit,
    const std::function<std::optional<domain::EncryptedPoliceFields>(const domain::PoliceRequestToRekey&)>& rekey) {
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        domain::RekeyBatch batch;
        const auto rows =
            tx.exec_params(std::string(sql::kLockPoliceRequestsToRekey), keyId,
                           afterId.empty() ? std::string("00000000-0000-0000-0000-000000000000") : afterId,
                           static_cast<std::int64_t>(limit));
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
            batch.lastId = request.id;
            const auto fresh = rekey(request);
            if (!fresh) {
                ++batch.refused;
                continue;
            }
            batch.changed += tx.exec_params(std::string(sql::kStoreReencryptedPoliceRequest), request.id, fresh->keyId,
                                            bytes(fresh->name), bytes(fresh->nameKana), bytes(fresh->dateOfBirth),
                                            bytes(fresh->documentNumber), bytes(fresh->answerDocument), keyId)
                                 .affected_rows();
        }
        return batch;
    });
}

std::int64_t PgRetentionStore::destroyKeyIfUnused(std::uint32_t keyId) {
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) -> std::int64_t {
        if (tx.exec_params(std::string(sql::kLockKeyToDestroy), keyId).empty()) {
            return 0; // destroyed already
        }
        const auto records = tx.exec_params1(std::string(sql::kKeyReferences), keyId)[0].as<std::int64_t>();
        if (records > 0) {
            return records;
        }
        tx.exec_params(std::string(sql::kDestroyDataKey), keyId);
        return 0;
    });
}

std::map<std::uint32_t, domain::KeyState> PgRetentionStore::keyStates(const std::vector<std::uint32_t>& ids) {
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        std::map<std::uint32_t, domain::KeyState> states;
        for (const auto id : ids) {
            states[id] = domain::KeyState::Unknown;
        }
        for (const auto& row : tx.exec_params(std::string(sql::kKeyStates), arrayLiteral(ids))) {
            states[row["id"].as<std::uint32_t>()] =
                row["destroyed"].as<bool>() ? domain::KeyState::Destroyed : domain::KeyState::Live;
        }
        return states;
    });
}

std::vector<domain::NatPartition> PgRetentionStore::purgeNatPartitions(domain::Instant before, domain::Instant asOf,
                                                                       bool countOnly) {
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        if (!countOnly) {
            tx.exec(std::string(sql::kPurgeStepBarrier));
        }
        std::vector<domain::NatPartition> out;
        for (const auto& row : tx.exec_params(std::string(sql::kPurgeNatPartitions), toEpochMicros(before),
                                              toEpochMicros(asOf), countOnly)) {
            domain::NatPartition p;
            p.name = row["partition_name"].as<std::string>();
            p.rows = row["row_count"].as<std::int64_t>();
            if (!row["store_id"].is_null()) {
                p.storeId = row["store_id"].as<std::int64_t>();
            }
            if (!row["hold_id"].is_null()) {
                p.holdId = row["hold_id"].as<std::string>();
                p.holdStoreId = row["hold_store_id"].as<std::int64_t>();
            }
            out.push_back(std::move(p));
        }
        return out;
    });
}

void PgRetentionStore::recordCertificate(const domain::PurgeCertificate& c,
                                         const std::vector<domain::AuditEntry>& entries) {
    Poco::JSON::Array::Ptr stores = new Poco::JSON::Array;
    for (const auto& s : c.stores) {
        Poco::JSON::Object::Ptr store = new Poco::JSON::Object;
        store->set("store_id", s.storeId);
        store->set("time_zone", s.timeZone);
        store->set("retention_years", s.retentionYears);
        store->set("today", s.today.toString());
        store->set("last_expired_day", s.lastExpiredDay.toString());
        store->set("events_before_us", toEpochMicros(s.eventsBefore));
        stores->add(store);
    }
    Poco::JSON::Array::Ptr kept = new Poco::JSON::Array;
    for (const auto& k : c.keptKeys) {
        Poco::JSON::Object::Ptr key = new Poco::JSON::Object;
        key->set("key_id", static_cast<std::int64_t>(k.id));
        key->set("scope", k.scope);
        key->set("records", k.records);
        kept->add(key);
    }
    const std::optional<std::string> cutoff =
        c.cutoffDate ? std::optional<std::string>(c.cutoffDate->toString()) : std::nullopt;
    const std::optional<std::string> store =
        c.storeId ? std::optional<std::string>(std::to_string(*c.storeId)) : std::nullopt;
    inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        tx.exec_params(std::string(sql::kInsertPurgeCertificate), c.id, store ? store->c_str() : nullptr,
                       toEpochMicros(c.asOf), cutoff ? cutoff->c_str() : nullptr, json(stores), countsJson(c.counts),
                       arrayLiteral(c.partitionsDropped), arrayLiteral(c.destroyedKeyMonths),
                       arrayLiteral(c.destroyedKeyIds), json(kept), c.reencrypted,
                       static_cast<std::int64_t>(c.holdIds.size()), arrayLiteral(c.holdIds), countsJson(c.heldBack),
                       c.durationMs, c.triggeredBy, arrayLiteral(c.destroyedPoliceKeyMonths));
        for (const auto& sig : c.signatures) {
            tx.exec_params(std::string(sql::kInsertPurgeSignature), c.id, sig.storeId,
                           static_cast<std::int64_t>(sig.keyId), sig.document,
                           pqxx::binarystring(sig.signature.data(), sig.signature.size()));
        }
        // The stores' chains last: each append holds its chain's head until the commit.
        for (const auto& entry : entries) {
            appendAudit(tx, entry);
        }
    });
}

std::optional<int> maintainPartitionsIfPresent(pqxx::connection& connection, domain::Instant asOf) {
    std::vector<std::pair<std::string, std::string>> missing;
    {
        pqxx::work tx(connection);
        if (!tx.exec1(std::string(sql::kPartitionFunctionsExist))[0].as<bool>()) {
            return std::nullopt;
        }
        for (const auto& row : tx.exec_params(std::string(sql::kMissingPartitions), toEpochMicros(asOf))) {
            missing.emplace_back(row[0].as<std::string>(), row[1].as<std::string>());
        }
    }
    int created = 0;
    for (const auto& [table, month] : missing) {
        created += withLockRetries([&] {
            try {
                pqxx::work tx(connection);
                const int made =
                    tx.exec_params1(std::string(sql::kEnsurePartition), table, month)[0].as<bool>() ? 1 : 0;
                tx.commit();
                return made;
            } catch (const pqxx::sql_error& e) {
                rethrowLockNotAvailable(e, table);
                throw;
            }
        });
    }
    return created;
}

} // namespace kiroku::backend::storage
