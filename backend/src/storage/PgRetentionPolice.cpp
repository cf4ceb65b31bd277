// PgRetentionStore: the purge of police requests past retention, with their disclosures (migrations/V011).

#include "storage/PgErrors.h"
#include "storage/PgPoliceRepository.h"
#include "storage/PgRetentionStore.h"
#include "storage/PgTime.h"
#include "storage/PurgeTransaction.h"
#include "storage/Sql.h"

#include <pqxx/pqxx>

namespace kiroku::backend::storage {

namespace {

std::map<std::string, std::int64_t> policeRows(const pqxx::row& row) {
    return {{"police_requests", row["police_requests"].as<std::int64_t>()},
            {"police_disclosures", row["police_disclosures"].as<std::int64_t>()}};
}

} // namespace

std::map<std::string, std::int64_t> PgRetentionStore::purgePoliceRequests(const domain::StoreCutoff& cutoff,
                                                                          domain::Instant asOf, std::size_t limit,
                                                                          bool countOnly) {
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        if (countOnly) {
            return policeRows(tx.exec_params1(std::string(sql::kCountPoliceRequestsToPurge), cutoff.storeId,
                                              cutoff.today.toString(), toEpochMicros(asOf)));
        }
        // First: a hold being placed on a request (a police answer's) commits before the holds are looked at, or
        // comes after the request is gone (docs/retention.md, "A hold and a purge never pass each other").
        tx.exec(std::string(sql::kPurgeStepBarrier));
        std::vector<std::string> ids;
        for (const auto& r :
             tx.exec_params(std::string(sql::kLockPoliceRequestsToPurge), cutoff.storeId, cutoff.today.toString(),
                            toEpochMicros(asOf), static_cast<std::int64_t>(limit))) {
            ids.push_back(r[0].as<std::string>());
        }
        if (ids.empty()) {
            return std::map<std::string, std::int64_t>{{"police_requests", 0}, {"police_disclosures", 0}};
        }
        return policeRows(tx.exec_params1(std::string(sql::kDeletePoliceRequests), cutoff.storeId, arrayLiteral(ids)));
    });
}

std::int64_t PgRetentionStore::countPoliceRequestsToPurgeUnderKey(std::uint32_t keyId,
                                                                  const std::vector<domain::StoreCutoff>& cutoffs,
                                                                  domain::Instant asOf) {
    std::vector<std::string> stores;
    std::vector<std::string> todays;
    for (const auto& c : cutoffs) {
        stores.push_back(std::to_string(c.storeId));
        todays.push_back(c.today.toString());
    }
    return inPurgeTransaction(m_pool, [&](pqxx::work& tx) {
        return tx
            .exec_params1(std::string(sql::kCountPoliceRequestsToPurgeUnderKey), keyId, arrayLiteral(stores),
                          arrayLiteral(todays), toEpochMicros(asOf))[0]
            .as<std::int64_t>();
    });
}

} // namespace kiroku::backend::storage
