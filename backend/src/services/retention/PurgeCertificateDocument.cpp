#include "services/retention/PurgeCertificateDocument.h"

#include "canonical/Json.h"
#include "crypto/Hash.h"
#include "services/police/PoliceRequestView.h"

namespace kiroku::backend::services {

namespace {

using canonical::Value;

Value counts(const std::map<std::string, std::int64_t>& rows) {
    Value out = Value::object();
    for (const auto& [table, n] : rows) {
        out.set(table, Value(n));
    }
    return out;
}

template <typename T> Value strings(const T& items) {
    Value out = Value::array();
    for (const auto& item : items) {
        out.push(Value(std::string(item)));
    }
    return out;
}

/// The rows one store's records lost, per table (every table of the run, 0 where the store lost none).
std::map<std::string, std::int64_t> storeRows(const domain::PurgeCertificate& c, std::int64_t storeId) {
    std::map<std::string, std::int64_t> rows;
    for (const auto& [table, n] : c.counts) {
        rows[table] = 0;
    }
    if (const auto it = c.storeCounts.find(storeId); it != c.storeCounts.end()) {
        for (const auto& [table, n] : it->second) {
            rows[table] += n;
        }
    }
    return rows;
}

std::int64_t total(const std::map<std::string, std::int64_t>& rows) {
    std::int64_t sum = 0;
    for (const auto& [table, n] : rows) {
        sum += n;
    }
    return sum;
}

} // namespace

std::string purgeCertificateDocument(const domain::PurgeCertificate& c, const domain::StoreCutoff& store,
                                     const std::set<std::string>& storeHolds) {
    Value keyIds = Value::array();
    for (const auto id : c.destroyedKeyIds) {
        keyIds.push(Value(static_cast<std::int64_t>(id)));
    }
    Value kept = Value::array();
    for (const auto& k : c.keptKeys) {
        kept.push(Value::object({{"key_id", Value(static_cast<std::int64_t>(k.id))},
                                 {"scope", Value(k.scope)},
                                 {"records", Value(k.records)}}));
    }
    const Value document = Value::object({
        {"kind", Value("kiroku.purge_certificate")},
        {"version", Value(2)},
        {"certificate_id", Value(c.id)},
        {"store_id", Value(store.storeId)},
        {"scope", Value(c.storeId ? "store" : "all_stores")},
        {"as_of", Value(formatUtcMicros(c.asOf))},
        {"triggered_by", Value(c.triggeredBy)},
        {"store_cutoff", Value::object({{"time_zone", Value(store.timeZone)},
                                        {"retention_years", Value(store.retentionYears)},
                                        {"today", Value(store.today.toString())},
                                        {"last_expired_day", Value(store.lastExpiredDay.toString())}})},
        {"purged_rows", counts(storeRows(c, store.storeId))},
        {"purged_rows_all_stores", counts(c.counts)},
        {"partitions_dropped", strings(c.partitionsDropped)},
        {"keys_destroyed", Value::object({{"months", strings(c.destroyedKeyMonths)},
                                          {"police_months", strings(c.destroyedPoliceKeyMonths)},
                                          {"ids", keyIds}})},
        {"keys_kept", kept},
        {"reencrypted", Value(c.reencrypted)},
        {"holds_respected", strings(storeHolds)},
        {"duration_ms", Value(c.durationMs)},
    });
    return canonical::canonicalize(document);
}

domain::AuditEntry purgeAuditEntry(const domain::PurgeCertificate& c,
                                   const domain::PurgeCertificate::StoreSignature& signature,
                                   const std::set<std::string>& storeHolds, const domain::AuditActor& actor) {
    domain::AuditEntry entry;
    entry.storeId = signature.storeId;
    entry.action = domain::audit_action::kPurge;
    entry.actor = actor;
    entry.reason = c.triggeredBy;
    entry.at = c.asOf;
    entry.subjects.push_back({"purge_certificate", c.id});
    for (const auto& hold : storeHolds) {
        entry.subjects.push_back({"legal_hold", hold});
    }
    entry.details["certificate_id"] = c.id;
    entry.details["document_sha256"] = crypto::sha256Hex(signature.document);
    entry.details["signing_key_id"] = static_cast<std::int64_t>(signature.keyId);
    entry.details["rows_purged"] = total(storeRows(c, signature.storeId));
    entry.details["partitions_dropped"] = static_cast<std::int64_t>(c.partitionsDropped.size());
    entry.details["keys_destroyed"] = static_cast<std::int64_t>(c.destroyedKeyIds.size());
    entry.details["holds_respected"] = static_cast<std::int64_t>(storeHolds.size());
    return entry;
}

} // namespace kiroku::backend::services
