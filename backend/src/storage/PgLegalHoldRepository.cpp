#include "storage/PgLegalHoldRepository.h"

#include "domain/Errors.h"
#include "storage/PgAuditLog.h"
#include "storage/PgErrors.h"
#include "storage/PgTime.h"
#include "storage/Sql.h"

#include <map>

namespace kiroku::backend::storage {

namespace {

domain::LegalHold readHold(const pqxx::row& row) {
    domain::LegalHold hold;
    hold.id = row["id"].as<std::string>();
    hold.storeId = row["store_id"].as<std::int64_t>();
    hold.reasonCode = row["reason_code"].as<std::string>();
    hold.reason = row["reason"].as<std::string>();
    if (!row["police_request_id"].is_null()) {
        hold.policeRequestId = row["police_request_id"].as<std::string>();
    }
    hold.createdAt = fromEpochMicros(row["created_us"].as<std::int64_t>());
    hold.createdBy = row["created_by"].as<std::int64_t>();
    hold.until = domain::CivilDate::parse(row["until"].as<std::string>(), "until");
    if (!row["released_us"].is_null()) {
        hold.releasedAt = fromEpochMicros(row["released_us"].as<std::int64_t>());
        hold.releasedBy = row["released_by"].as<std::int64_t>();
    }
    return hold;
}

/// Fills in the items of `holds` (one query for all).
void readItems(pqxx::work& tx, std::vector<domain::LegalHold>& holds) {
    if (holds.empty()) {
        return;
    }
    std::map<std::string, domain::LegalHold*> byId;
    std::string ids = "{";
    for (auto& hold : holds) {
        byId[hold.id] = &hold;
        ids += (ids.size() > 1 ? "," : "") + hold.id;
    }
    ids += "}";
    for (const auto& row : tx.exec_params(std::string(sql::kLegalHoldItems), ids)) {
        auto& items = byId.at(row["hold_id"].as<std::string>())->items;
        if (!row["identity_record_id"].is_null()) {
            items.identityRecordIds.push_back(row["identity_record_id"].as<std::string>());
        } else if (!row["visit_id"].is_null()) {
            items.visitIds.push_back(row["visit_id"].as<std::string>());
        } else if (!row["nat_key_us"].is_null()) {
            items.natMappings.push_back({row["nat_public_ip"].as<std::string>(),
                                         static_cast<std::uint16_t>(row["nat_public_port"].as<int>()),
                                         fromEpochMicros(row["nat_key_us"].as<std::int64_t>())});
        } else {
            items.terminalWindows.push_back({row["terminal_id"].as<std::int64_t>(),
                                             fromEpochMicros(row["from_us"].as<std::int64_t>()),
                                             fromEpochMicros(row["to_us"].as<std::int64_t>())});
        }
    }
}

[[noreturn]] void unknown(const std::string& field, const std::string& what) {
    throw domain::RuleViolation("unknown_record", "no " + what + " with this id in your store", field);
}

} // namespace

void PgLegalHoldLedger::place(const std::string& id, const domain::NewLegalHold& hold) {
    const auto& items = hold.items;
    for (std::size_t i = 0; i < items.identityRecordIds.size(); ++i) {
        if (m_tx.exec_params(std::string(sql::kHoldIdentityExists), hold.storeId, items.identityRecordIds[i]).empty()) {
            unknown("identity_record_ids[" + std::to_string(i) + "]", "identity verification record");
        }
    }
    for (std::size_t i = 0; i < items.visitIds.size(); ++i) {
        if (m_tx.exec_params(std::string(sql::kHoldVisitExists), hold.storeId, items.visitIds[i]).empty()) {
            unknown("visit_ids[" + std::to_string(i) + "]", "visit");
        }
    }
    for (std::size_t i = 0; i < items.terminalWindows.size(); ++i) {
        if (m_tx.exec_params(std::string(sql::kHoldTerminalExists), hold.storeId, items.terminalWindows[i].terminalId)
                .empty()) {
            unknown("terminal_windows[" + std::to_string(i) + "].terminal_id", "terminal");
        }
    }
    m_tx.exec_params(std::string(sql::kInsertLegalHold), id, hold.storeId, hold.reasonCode, hold.reason,
                     hold.policeRequestId ? hold.policeRequestId->c_str() : nullptr, toEpochMicros(hold.createdAt),
                     hold.createdBy, hold.until.toString());
    for (const auto& record : items.identityRecordIds) {
        m_tx.exec_params(std::string(sql::kInsertHoldIdentity), id, hold.storeId, record);
    }
    for (const auto& visit : items.visitIds) {
        m_tx.exec_params(std::string(sql::kInsertHoldVisit), id, hold.storeId, visit);
    }
    for (const auto& w : items.terminalWindows) {
        m_tx.exec_params(std::string(sql::kInsertHoldWindow), id, hold.storeId, w.terminalId, toEpochMicros(w.from),
                         toEpochMicros(w.to));
    }
    for (const auto& m : items.natMappings) {
        m_tx.exec_params(std::string(sql::kInsertHoldNatMapping), id, hold.storeId, m.publicIp,
                         static_cast<int>(m.publicPort), toEpochMicros(m.keyAt));
    }
}

std::optional<domain::LegalHold> PgLegalHoldLedger::find(std::int64_t storeId, const std::string& holdId) {
    const auto rows =
        m_tx.exec_params(std::string(sql::kLegalHoldColumns) + " " + std::string(sql::kLockLegalHold), storeId, holdId);
    if (rows.empty()) {
        return std::nullopt;
    }
    std::vector<domain::LegalHold> holds{readHold(rows[0])};
    readItems(m_tx, holds);
    return std::move(holds.front());
}

domain::LegalHold PgLegalHoldLedger::release(std::int64_t storeId, const std::string& holdId, std::int64_t staffId,
                                             std::chrono::system_clock::time_point at) {
    auto hold = find(storeId, holdId);
    if (!hold) {
        throw domain::NotFound("no legal hold with this id in your store");
    }
    if (hold->releasedAt) {
        throw domain::Conflict("hold_released", "this legal hold has already been released");
    }
    m_tx.exec_params(std::string(sql::kReleaseLegalHold), storeId, holdId, toEpochMicros(at), staffId);
    hold->releasedAt = fromEpochMicros(toEpochMicros(at));
    hold->releasedBy = staffId;
    return std::move(*hold);
}

domain::AuditHead PgLegalHoldLedger::audit(const domain::AuditEntry& entry) {
    return appendAudit(m_tx, entry);
}

void PgLegalHoldRepository::transact(const std::function<void(domain::LegalHoldLedger&)>& body) {
    withTransaction(m_pool, [&](pqxx::work& tx) {
        tx.exec(std::string(sql::kHoldPlacementBarrier)); // first, before any lock on the records (see RetentionSql.h)
        PgLegalHoldLedger ledger(tx);
        body(ledger);
    });
}

std::vector<domain::LegalHold> PgLegalHoldRepository::list(std::int64_t storeId) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        std::vector<domain::LegalHold> holds;
        for (const auto& row :
             tx.exec_params(std::string(sql::kLegalHoldColumns) + " " + std::string(sql::kListLegalHolds), storeId)) {
            holds.push_back(readHold(row));
        }
        readItems(tx, holds);
        return holds;
    });
}

} // namespace kiroku::backend::storage
