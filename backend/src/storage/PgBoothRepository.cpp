#include "storage/PgBoothRepository.h"

#include "domain/Errors.h"
#include "storage/PgErrors.h"
#include "storage/PgTime.h"
#include "storage/Sql.h"

#include <pqxx/pqxx>

namespace kiroku::backend::storage {

namespace {

std::vector<domain::BoothState> readMap(const pqxx::result& rows) {
    std::vector<domain::BoothState> booths;
    booths.reserve(rows.size());
    for (const auto& row : rows) {
        domain::BoothState booth;
        booth.id = row["id"].as<std::int64_t>();
        booth.label = row["label"].as<std::string>();
        booth.kind = row["kind"].as<std::string>();
        booth.status =
            domain::boothStatusFromCode(row["status"].as<std::string>()).value_or(domain::BoothStatus::OutOfService);
        if (!row["terminal_id"].is_null()) {
            booth.terminal =
                domain::TerminalRef{row["terminal_id"].as<std::int64_t>(), row["terminal_number"].as<std::string>()};
        }
        if (!row["visit_id"].is_null()) {
            domain::BoothVisit visit;
            visit.id = row["visit_id"].as<std::string>();
            visit.startedAt = fromEpochMicros(row["visit_started_us"].as<std::int64_t>());
            visit.minor = row["minor"].as<bool>();
            if (!row["must_leave_us"].is_null()) {
                visit.minorMustLeaveAt = fromEpochMicros(row["must_leave_us"].as<std::int64_t>());
            }
            booth.visit = std::move(visit);
        }
        booths.push_back(std::move(booth));
    }
    return booths;
}

} // namespace

std::vector<domain::BoothState> PgBoothRepository::list(std::int64_t storeId) {
    return withSingleStatement(m_pool, [&](pqxx::nontransaction& tx) {
        return readMap(tx.exec_prepared(std::string(sql::kBoothMap.name), storeId, static_cast<const char*>(nullptr)));
    });
}

domain::BoothState PgBoothRepository::setStatus(std::int64_t storeId, std::int64_t boothId,
                                                domain::BoothStatus status) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        const auto locked = tx.exec_prepared(std::string(sql::kBoothLock.name), storeId, boothId);
        if (locked.empty()) {
            throw domain::NotFound("no booth with this id in your store");
        }
        if (locked[0]["status"].as<std::string>() == domain::toCode(domain::BoothStatus::Occupied) ||
            locked[0]["in_use"].as<bool>()) {
            throw domain::Conflict("booth_occupied", "a visit is in this booth; move or check out the visit first",
                                   "status");
        }
        tx.exec_prepared(std::string(sql::kBoothSetStatus.name), storeId, boothId, std::string(domain::toCode(status)));
        auto booths = readMap(tx.exec_prepared(std::string(sql::kBoothMap.name), storeId, boothId));
        return std::move(booths.at(0));
    });
}

} // namespace kiroku::backend::storage
