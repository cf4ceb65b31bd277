#include "storage/Sql.h"

#include <pqxx/pqxx>

#include <array>
#include <string>

namespace kiroku::backend::storage::sql {

void prepareStatements(pqxx::connection& connection) {
    static constexpr std::array kStatements{
        kAppliedMigrations,
        kFindStaffByLogin,
        kFindSession,
        kFindStore,
        kFindIdentityRecord,
        kFindLiveMemberCard,
        kVisitLockBooths,
        kVisitHasActive,
        kVisitInsert,
        kVisitOpenSegment,
        kVisitSetBoothStatus,
        kVisitLock,
        kVisitFindEnded,
        kVisitOpenSegmentOf,
        kVisitLastSegmentEndInBooth,
        kVisitLastEndOfCustomer,
        kVisitCloseSegment,
        kVisitEnd,
        kVisitExtendIdentityRetention,
        kVisitListActive,
        kIdempotencyClaim,
        kIdempotencyFind,
        kIdempotencyRecord,
        kBoothMap,
        kBoothLock,
        kBoothSetStatus,
        kTerminalCredential,
        kTerminalEventKeyLock,
        kTerminalInsertEvent,
        kPoliceSegmentsOfBooth,
        kPoliceSegmentsOfTerminal,
        kPoliceSegmentsOfIdentities,
        kPoliceIdentitiesByNameDob,
        kPoliceIdentitiesByDocument,
        kPoliceIdentities,
        kAuditLockHead,
        kAuditCreateHead,
        kAuditAppend,
        kGatewayCredential,
        kNatFindByPublicEndpoint,
    };
    for (const auto& statement : kStatements) {
        connection.prepare(std::string(statement.name), std::string(statement.text));
    }
}

} // namespace kiroku::backend::storage::sql
