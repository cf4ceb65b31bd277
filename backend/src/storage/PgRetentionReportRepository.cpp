#include "storage/PgRetentionReportRepository.h"

#include "storage/PgErrors.h"
#include "storage/PgTime.h"
#include "storage/Sql.h"

namespace kiroku::backend::storage {

domain::RetentionFigures PgRetentionReportRepository::figures(const domain::RetentionQuery& q) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        tx.exec0(std::string(sql::kReadOnlySnapshot));
        const auto heldBefore = toEpochMicros(q.heldBefore);
        domain::RetentionFigures f;
        for (const auto& row : tx.exec_params(std::string(sql::kReportHeldByMonth), q.storeId, heldBefore, q.timeZone,
                                              q.asOf.toString())) {
            f.heldByMonth.push_back({row["month"].as<std::string>(),
                                     {row["identity_records"].as<std::int64_t>(), row["visits"].as<std::int64_t>(),
                                      row["segments"].as<std::int64_t>(), row["events"].as<std::int64_t>()}});
        }
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
        return f;
    });
}

} // namespace kiroku::backend::storage
