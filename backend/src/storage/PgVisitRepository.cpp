#include "storage/PgVisitRepository.h"

#include "domain/Errors.h"
#include "storage/PgAuditLog.h"
#include "storage/PgErrors.h"
#include "storage/PgIdempotencyStore.h"
#include "storage/PgTime.h"
#include "storage/Sql.h"

#include <pqxx/pqxx>

namespace kiroku::backend::storage {

namespace {

using Instant = std::chrono::system_clock::time_point;

std::optional<Instant> optionalInstant(const pqxx::field& field) {
    if (field.is_null()) {
        return std::nullopt;
    }
    return fromEpochMicros(field.as<std::int64_t>());
}

std::optional<std::string> optionalMicros(const std::optional<Instant>& t) {
    if (!t) {
        return std::nullopt;
    }
    return std::to_string(toEpochMicros(*t));
}

/// libpqxx 6 sends a null pointer as SQL NULL.
const char* orNull(const std::optional<std::string>& value) {
    return value ? value->c_str() : nullptr;
}

std::optional<domain::TerminalRef> terminalOf(const pqxx::row& row) {
    if (row["terminal_id"].is_null()) {
        return std::nullopt;
    }
    return domain::TerminalRef{row["terminal_id"].as<std::int64_t>(), row["terminal_number"].as<std::string>()};
}

bool violates(const pqxx::unique_violation& e, const char* index) {
    return std::string(e.what()).find(std::string("\"") + index + "\"") != std::string::npos;
}

class PgVisitTransaction : public domain::VisitTransaction {
public:
    explicit PgVisitTransaction(pqxx::work& tx) : m_tx(tx), m_ledger(tx) {}

    domain::IdempotencyLedger& idempotency() override { return m_ledger; }

    std::vector<domain::LockedBooth> lockBooths(std::int64_t storeId, std::vector<std::int64_t> boothIds) override {
        if (boothIds.empty() || boothIds.size() > 2) {
            throw std::invalid_argument("lock one or two booths at a time");
        }
        const std::int64_t second = boothIds.size() == 2 ? boothIds[1] : boothIds[0];
        const auto rows = m_tx.exec_prepared(std::string(sql::kVisitLockBooths.name), storeId, boothIds[0], second);
        std::vector<domain::LockedBooth> booths;
        for (const auto& row : rows) {
            domain::LockedBooth booth;
            booth.id = row["id"].as<std::int64_t>();
            booth.label = row["label"].as<std::string>();
            booth.status = domain::boothStatusFromCode(row["status"].as<std::string>())
                               .value_or(domain::BoothStatus::OutOfService);
            booth.terminal = terminalOf(row);
            booths.push_back(std::move(booth));
        }
        return booths;
    }

    bool hasActiveVisit(std::int64_t storeId, const std::string& identityRecordId) override {
        return !m_tx.exec_prepared(std::string(sql::kVisitHasActive.name), storeId, identityRecordId).empty();
    }

    std::string insertVisit(const domain::NewVisit& visit) override {
        try {
            return m_tx
                .exec_prepared1(std::string(sql::kVisitInsert.name), visit.storeId, visit.identityRecordId,
                                orNull(visit.memberId), toEpochMicros(visit.startedAt), visit.startedBy, visit.minor,
                                orNull(optionalMicros(visit.minorMustLeaveAt)))[0]
                .as<std::string>();
        } catch (const pqxx::unique_violation& e) {
            if (violates(e, "visits_active_identity_idx")) {
                throw domain::Conflict("already_checked_in",
                                       "this customer is already checked in; move or check out that visit");
            }
            throw;
        }
    }

    void openSegment(std::int64_t storeId, const std::string& visitId, std::int64_t boothId,
                     std::optional<std::int64_t> terminalId, Instant at) override {
        const std::optional<std::string> terminal =
            terminalId ? std::optional<std::string>(std::to_string(*terminalId)) : std::nullopt;
        try {
            m_tx.exec_prepared(std::string(sql::kVisitOpenSegment.name), storeId, visitId, boothId, orNull(terminal),
                               toEpochMicros(at));
        } catch (const pqxx::unique_violation& e) {
            if (violates(e, "visit_segments_open_booth_idx")) {
                throw domain::Conflict("booth_occupied", "another customer is in this booth", "booth_id");
            }
            throw;
        }
    }

    void setBoothStatus(std::int64_t storeId, std::int64_t boothId, domain::BoothStatus status) override {
        m_tx.exec_prepared(std::string(sql::kVisitSetBoothStatus.name), storeId, boothId,
                           std::string(domain::toCode(status)));
    }

    std::optional<domain::LockedVisit> lockVisit(std::int64_t storeId, const std::string& visitId) override {
        auto rows = m_tx.exec_prepared(std::string(sql::kVisitLock.name), storeId, visitId);
        if (rows.empty()) {
            // Not open: an ended visit (in its retention month) is still found, so that it can be refused as such.
            rows = m_tx.exec_prepared(std::string(sql::kVisitFindEnded.name), storeId, visitId);
        }
        if (rows.empty()) {
            return std::nullopt;
        }
        const auto& row = rows[0];
        domain::LockedVisit visit;
        visit.id = row["id"].as<std::string>();
        visit.identityRecordId = row["identity_record_id"].as<std::string>();
        visit.startedAt = fromEpochMicros(row["started_us"].as<std::int64_t>());
        visit.minor = row["minor"].as<bool>();
        visit.minorMustLeaveAt = optionalInstant(row["must_leave_us"]);
        visit.endedAt = optionalInstant(row["ended_us"]);
        return visit;
    }

    std::optional<domain::OpenSegment> openSegmentOf(std::int64_t storeId, const std::string& visitId) override {
        const auto rows = m_tx.exec_prepared(std::string(sql::kVisitOpenSegmentOf.name), storeId, visitId);
        if (rows.empty()) {
            return std::nullopt;
        }
        return domain::OpenSegment{rows[0]["id"].as<std::int64_t>(), rows[0]["booth_id"].as<std::int64_t>(),
                                   fromEpochMicros(rows[0]["started_us"].as<std::int64_t>())};
    }

    std::optional<Instant> lastSegmentEndInBooth(std::int64_t storeId, std::int64_t boothId) override {
        return optionalInstant(
            m_tx.exec_prepared1(std::string(sql::kVisitLastSegmentEndInBooth.name), storeId, boothId)["ended_us"]);
    }

    std::optional<Instant> lastVisitEndOf(std::int64_t storeId, const std::string& identityRecordId) override {
        return optionalInstant(
            m_tx.exec_prepared1(std::string(sql::kVisitLastEndOfCustomer.name), storeId, identityRecordId)["ended_us"]);
    }

    void closeSegment(std::int64_t storeId, std::int64_t segmentId, Instant at) override {
        m_tx.exec_prepared(std::string(sql::kVisitCloseSegment.name), storeId, segmentId, toEpochMicros(at));
    }

    void endVisit(std::int64_t storeId, const std::string& visitId, Instant at, std::int64_t endedBy,
                  domain::CivilDate retentionUntil) override {
        m_tx.exec_prepared(std::string(sql::kVisitEnd.name), storeId, visitId, toEpochMicros(at), endedBy,
                           retentionUntil.toString());
    }

    void extendIdentityRetention(std::int64_t storeId, const std::string& identityRecordId,
                                 domain::CivilDate lastServiceOn, domain::CivilDate retentionUntil) override {
        m_tx.exec_prepared(std::string(sql::kVisitExtendIdentityRetention.name), storeId, identityRecordId,
                           lastServiceOn.toString(), retentionUntil.toString());
    }

    void audit(const domain::AuditEntry& entry) override { appendAudit(m_tx, entry); }

private:
    pqxx::work& m_tx;
    PgIdempotencyLedger m_ledger;
};

} // namespace

void PgVisitRepository::transact(const std::function<void(domain::VisitTransaction&)>& body) {
    withTransaction(m_pool, [&](pqxx::work& tx) {
        PgVisitTransaction visitTx(tx);
        body(visitTx);
    });
}

std::vector<domain::VisitView> PgVisitRepository::listActive(std::int64_t storeId) {
    return withSingleStatement(m_pool, [&](pqxx::nontransaction& tx) {
        std::vector<domain::VisitView> visits;
        for (const auto& row : tx.exec_prepared(std::string(sql::kVisitListActive.name), storeId)) {
            domain::VisitView visit;
            visit.id = row["id"].as<std::string>();
            if (!row["booth_id"].is_null()) {
                visit.booth = {row["booth_id"].as<std::int64_t>(), row["booth_label"].as<std::string>()};
            }
            visit.terminal = terminalOf(row);
            visit.startedAt = fromEpochMicros(row["started_us"].as<std::int64_t>());
            visit.minor = row["minor"].as<bool>();
            visit.minorMustLeaveAt = optionalInstant(row["must_leave_us"]);
            visits.push_back(std::move(visit));
        }
        return visits;
    });
}

} // namespace kiroku::backend::storage
