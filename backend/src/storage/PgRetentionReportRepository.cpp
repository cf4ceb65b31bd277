#include "storage/PgRetentionReportRepository.h"

#include "storage/PgErrors.h"
#include "storage/PgTime.h"
#include "storage/Sql.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <future>
#include <sstream>

namespace kiroku::backend::storage {

namespace {

std::map<std::string, std::int64_t> countsOf(const std::string& json) {
    std::map<std::string, std::int64_t> out;
    Poco::JSON::Parser parser;
    const auto object = parser.parse(json).extract<Poco::JSON::Object::Ptr>();
    for (const auto& [table, n] : *object) {
        out[table] = n.convert<std::int64_t>();
    }
    return out;
}

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string item; std::getline(in, item, ',');) {
        if (!item.empty()) {
            out.push_back(item);
        }
    }
    return out;
}

void readRetentionWork(pqxx::work& tx, const domain::RetentionQuery& q, domain::RetentionFigures& f) {
    const auto end = toEpochMicros(q.heldBefore);
    const auto from = toEpochMicros(q.readsFrom);
    const std::string fromDay = q.readsFromDay.toString();
    for (const auto& row : tx.exec_params(std::string(sql::kReportHolds), q.storeId, end, from, fromDay)) {
        domain::ReportedHold h;
        h.id = row["id"].as<std::string>();
        h.reasonCode = row["reason_code"].as<std::string>();
        h.reason = row["reason"].as<std::string>();
        h.until = domain::CivilDate::parse(row["until"].as<std::string>(), "until");
        if (!row["released_us"].is_null()) {
            h.releasedAt = fromEpochMicros(row["released_us"].as<std::int64_t>());
        }
        if (!row["police_request_id"].is_null()) {
            h.policeRequestId = row["police_request_id"].as<std::string>();
        }
        h.records = row["records"].as<std::int64_t>();
        f.holds.push_back(std::move(h));
    }
    for (const auto& row : tx.exec_params(std::string(sql::kReportPurges), q.storeId, end, from)) {
        domain::ReportedPurge p;
        p.id = row["id"].as<std::string>();
        p.ranAt = fromEpochMicros(row["ran_us"].as<std::int64_t>());
        if (!row["cutoff"].is_null()) {
            p.cutoff = domain::CivilDate::parse(row["cutoff"].as<std::string>(), "cutoff");
        }
        p.counts = countsOf(row["counts"].as<std::string>());
        p.keysDestroyed = split(row["keys_destroyed"].as<std::string>());
        p.holdsRespected = row["holds_respected"].as<std::int64_t>() > 0;
        p.durationMs = row["duration_ms"].as<std::int64_t>();
        f.purges.push_back(std::move(p));
    }
    for (const auto& row : tx.exec_params(std::string(sql::kReportDisclosuresByBasis), q.storeId, end, from)) {
        f.disclosuresByBasis.push_back({row["basis"].as<std::string>(), row["disclosed"].as<std::int64_t>()});
    }
}

std::vector<domain::MonthCounts> heldByMonth(pqxx::work& tx, const domain::RetentionQuery& q) {
    std::vector<domain::MonthCounts> out;
    for (const auto& row : tx.exec_params(std::string(sql::kReportHeldByMonth), q.storeId, toEpochMicros(q.heldBefore),
                                          q.timeZone, q.asOf.toString())) {
        out.push_back({row["month"].as<std::string>(),
                       {row["identity_records"].as<std::int64_t>(), row["visits"].as<std::int64_t>(),
                        row["segments"].as<std::int64_t>(), row["events"].as<std::int64_t>()}});
    }
    return out;
}

} // namespace

domain::RetentionFigures PgRetentionReportRepository::figures(const domain::RetentionQuery& q) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        tx.exec0(std::string(sql::kReadOnlySnapshot));
        tx.exec0(std::string(sql::kNoJit));
        domain::RetentionFigures f;
        // The months' counts are the longest statement and run on one core. When the pool has a connection to
        // spare they are read there, in this transaction's snapshot, while this connection reads the rest.
        auto spare = m_pool.tryAcquire();
        std::future<std::vector<domain::MonthCounts>> months;
        if (spare) {
            const auto snapshot = tx.exec1(std::string(sql::kReportExportSnapshot))[0].as<std::string>();
            months = std::async(std::launch::async, [&q, &spare, snapshot] {
                try {
                    pqxx::work other(**spare);
                    other.exec0(std::string(sql::kReadOnlySnapshot));
                    other.exec0(std::string(sql::kReportImportSnapshot) + other.quote(snapshot));
                    other.exec0(std::string(sql::kNoJit));
                    auto out = heldByMonth(other, q);
                    other.commit();
                    return out;
                } catch (const pqxx::broken_connection&) {
                    spare->markBroken();
                    throw domain::Unavailable("the database connection was lost");
                }
            });
        } else {
            f.heldByMonth = heldByMonth(tx, q);
        }
        const auto heldBefore = toEpochMicros(q.heldBefore);
        const auto due = tx.exec_params(std::string(sql::kReportDue), q.storeId, heldBefore, q.asOf.toString(),
                                        q.dueBefore.toString(), q.retentionYears)
                             .at(0);
        f.dueNext30Days = {due["identity_records"].as<std::int64_t>(), due["visits"].as<std::int64_t>(),
                           due["segments"].as<std::int64_t>(), due["events"].as<std::int64_t>()};
        for (const auto& row :
             tx.exec_params(std::string(sql::kReportReadsByStaff), q.storeId, heldBefore, toEpochMicros(q.readsFrom))) {
            f.personalDataReadsByStaff.push_back({row["staff_id"].as<std::int64_t>(), row["login"].as<std::string>(),
                                                  row["display_name"].as<std::string>(),
                                                  row["reads"].as<std::int64_t>()});
        }
        const auto gaps = tx.exec_params(std::string(sql::kReportGaps), q.storeId, heldBefore,
                                         q.foreignPassportDeclaredAddressAccepted)
                              .at(0);
        f.gaps.visitsWithoutIdentityRecord = gaps["visits_without_identity"].as<std::int64_t>();
        f.gaps.segmentsWithoutTerminal = gaps["segments_without_terminal"].as<std::int64_t>();
        f.gaps.identityRecordsMissingRequiredItem = gaps["missing_required"].as<std::int64_t>();
        f.gaps.missingSupplementaryAddressProof = gaps["missing_proof"].as<std::int64_t>();
        readRetentionWork(tx, q, f);
        if (months.valid()) {
            f.heldByMonth = months.get();
        }
        return f;
    });
}

} // namespace kiroku::backend::storage
