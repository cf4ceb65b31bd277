#include "services/retention/PurgeService.h"

#include "crypto/Errors.h"
#include "domain/Errors.h"
#include "services/identity/IdentityFields.h"
#include "services/identity/Uuid.h"
#include "services/retention/PurgeCertificateDocument.h"
#include "services/rules/Retention.h"
#include "services/rules/ZoneTime.h"

#include <algorithm>
#include <set>

namespace kiroku::backend::services {

namespace fields = identity_fields;
using domain::Instant;

namespace {

constexpr std::string_view kScopePrefix = "retention:";

/// "YYYY-MM" of a personal-fields key's scope; empty for another scope.
std::string monthOfScope(const std::string& scope) {
    if (scope.rfind(kScopePrefix, 0) != 0 || scope.size() != kScopePrefix.size() + 7) {
        return {};
    }
    return scope.substr(kScopePrefix.size());
}

domain::CivilDate firstDayOf(const std::string& yearMonth) {
    return domain::CivilDate(std::stoi(yearMonth.substr(0, 4)), std::stoi(yearMonth.substr(5, 2)), 1);
}

/// The first instant of the month after `month`, in UTC: the upper bound of an event-time partition.
Instant utcMonthEnd(domain::CivilDate month) {
    return Instant(rules::firstDayOfNextMonth(month).toSysDays());
}

domain::ByteString reencryptField(const KeyService& keys, const char* column, const std::string& id, std::uint32_t from,
                                  std::uint32_t to, const domain::ByteString& blob) {
    const std::string plaintext = keys.cipher().decrypt(fields::context(column, id, from), blob);
    return keys.cipher().encrypt(fields::context(column, id, to), plaintext);
}

void add(std::map<std::string, std::int64_t>& into, const std::map<std::string, std::int64_t>& rows) {
    for (const auto& [table, n] : rows) {
        into[table] += n;
    }
}

std::int64_t total(const std::map<std::string, std::int64_t>& rows) {
    std::int64_t sum = 0;
    for (const auto& [table, n] : rows) {
        sum += n;
    }
    return sum;
}

} // namespace

PurgeService::PurgeService(domain::RetentionStore& store, domain::StoreRepository& stores, KeyService& keys,
                           StoreSigner& signer)
    : m_store(store), m_stores(stores), m_keys(keys), m_signer(signer) {}

domain::StoreCutoff PurgeService::cutoffFor(std::int64_t storeId, const domain::StoreRules& rules, Instant asOf) {
    const auto seconds = std::chrono::floor<std::chrono::seconds>(asOf);
    domain::StoreCutoff cutoff;
    cutoff.storeId = storeId;
    cutoff.timeZone = rules.timeZone;
    cutoff.retentionYears = rules.retentionYears;
    cutoff.today = rules::localDateAt(seconds, rules.timeZone);
    cutoff.lastExpiredDay = rules::lastExpiredServiceDay(cutoff.today, rules.retentionYears);
    cutoff.eventsBefore =
        Instant(rules::toInstant(cutoff.lastExpiredDay.addDays(1), domain::LocalTimeOfDay{0, 0}, rules.timeZone));
    return cutoff;
}

int PurgeService::maintainPartitions(Instant asOf) {
    return m_store.maintainPartitions(asOf);
}

domain::PurgeCertificate PurgeService::run(Instant asOf, const PurgeOptions& options) {
    const auto started = std::chrono::steady_clock::now();
    std::unique_ptr<domain::PurgeLock> lock;
    if (!options.dryRun) {
        lock = m_store.tryLock();
        if (!lock) {
            throw domain::Conflict("purge_running", "another purge is running; try again when it has finished");
        }
    }
    domain::PurgeCertificate certificate;
    certificate.id = newUuidV4();
    certificate.asOf = asOf;
    certificate.dryRun = options.dryRun;
    certificate.triggeredBy = options.triggeredBy;
    for (const char* table : {"visits", "visit_segments", "identity_records", "members", "member_cards"}) {
        certificate.counts[table] = 0;
    }
    for (const auto& table : m_store.eventTables()) {
        certificate.counts[table.table] = 0;
    }
    if (!options.dryRun) {
        m_store.maintainPartitions(asOf);
    }
    std::vector<domain::StoreCutoff> cutoffs;
    std::map<std::int64_t, std::set<std::string>> holdsByStore;
    for (const std::int64_t id : m_store.storeIds()) {
        if (const auto store = m_stores.find(id)) {
            cutoffs.push_back(cutoffFor(id, store->rules, asOf));
        }
    }
    if (!cutoffs.empty()) {
        certificate.cutoffDate = std::min_element(cutoffs.begin(), cutoffs.end(), [](const auto& a, const auto& b) {
                                     return a.today < b.today;
                                 })->today;
        // Whole months first (cheap), then what is left by key; identity records last, once their visits are gone.
        dropExpiredPartitions(asOf, cutoffs, options.dryRun, certificate);
        purgeRows(asOf, cutoffs, options, certificate);
        purgeNatMappings(cutoffs, options.dryRun, certificate);
        collectHolds(asOf, cutoffs, certificate, holdsByStore);
        shredKeys(asOf, cutoffs, options, certificate);
    }
    certificate.stores = std::move(cutoffs);
    certificate.durationMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    if (!options.dryRun) {
        signAndRecord(certificate, options, holdsByStore);
    }
    return certificate;
}

void PurgeService::purgeNatMappings(const std::vector<domain::StoreCutoff>& cutoffs, bool dryRun,
                                    domain::PurgeCertificate& certificate) {
    // NAT mappings are kept with the terminal events they explain; their months are shared by every store, so a
    // month goes once its mappings are past retention in the store whose retention reaches furthest back.
    Instant before = cutoffs.front().eventsBefore;
    for (const auto& c : cutoffs) {
        before = std::min(before, c.eventsBefore);
    }
    auto& rows = certificate.counts["nat_mappings"];
    for (const auto& partition : m_store.purgeNatPartitions(before, dryRun)) {
        rows += partition.rows;
        certificate.partitionsDropped.push_back(partition.name);
    }
}

void PurgeService::signAndRecord(domain::PurgeCertificate& certificate, const PurgeOptions& options,
                                 const std::map<std::int64_t, std::set<std::string>>& holdsByStore) {
    static const std::set<std::string> none;
    std::vector<domain::AuditEntry> entries;
    for (const auto& store : certificate.stores) {
        const auto held = holdsByStore.find(store.storeId);
        const auto& holds = held == holdsByStore.end() ? none : held->second;
        domain::PurgeCertificate::StoreSignature sig;
        sig.storeId = store.storeId;
        sig.document = purgeCertificateDocument(certificate, store, holds);
        auto signature = m_signer.sign(store.storeId, sig.document);
        sig.keyId = signature.keyId;
        sig.signature = std::move(signature.signature);
        entries.push_back(purgeAuditEntry(certificate, sig, holds, options.actor));
        certificate.signatures.push_back(std::move(sig));
    }
    m_store.recordCertificate(certificate, entries);
}

void PurgeService::dropExpiredPartitions(Instant asOf, const std::vector<domain::StoreCutoff>& cutoffs, bool dryRun,
                                         domain::PurgeCertificate& certificate) {
    domain::CivilDate minToday = cutoffs.front().today;
    Instant minEventsBefore = cutoffs.front().eventsBefore;
    for (const auto& c : cutoffs) {
        minToday = std::min(minToday, c.today);
        minEventsBefore = std::min(minEventsBefore, c.eventsBefore);
    }
    const auto partitions = m_store.monthPartitions();
    const auto drop = [&](const domain::MonthPartition& p) -> std::optional<std::int64_t> {
        // Dropping takes exclusive locks for milliseconds, without waiting for them (the store tries again for a few
        // seconds while requests hold them). When they never come free, the month's rows go one by one below.
        try {
            return m_store.dropPartition(p, asOf);
        } catch (const domain::Unavailable&) {
            return -1;
        }
    };
    for (const auto& p : partitions) {
        if (!p.parentTable.empty()) {
            continue; // dropped with the table it belongs to, first
        }
        const domain::CivilDate next = rules::firstDayOfNextMonth(p.month);
        const bool pastEverywhere = p.eventTime ? utcMonthEnd(p.month) <= minEventsBefore : next <= minToday;
        if (!pastEverywhere) {
            continue;
        }
        std::vector<domain::MonthPartition> family;
        for (const auto& c : partitions) {
            if (c.parentTable == p.table && c.month == p.month) {
                family.push_back(c);
            }
        }
        family.push_back(p);
        if (dryRun) {
            if (m_store.partitionExpired(p, asOf)) {
                for (const auto& member : family) {
                    certificate.partitionsDropped.push_back(member.name());
                }
            }
            continue;
        }
        for (const auto& member : family) {
            const auto rows = drop(member);
            if (rows && *rows < 0) {
                break; // held, or not past retention in some store: its rows go one by one below
            }
            if (rows) {
                certificate.counts[member.table] += *rows;
                certificate.partitionsDropped.push_back(member.name());
            }
        }
    }
}

void PurgeService::purgeRows(Instant asOf, const std::vector<domain::StoreCutoff>& cutoffs, const PurgeOptions& options,
                             domain::PurgeCertificate& certificate) {
    const auto eventTables = m_store.eventTables();
    const std::size_t batch = std::max<std::size_t>(1, options.batchSize);
    for (const auto& cutoff : cutoffs) {
        if (options.dryRun) {
            add(certificate.counts, m_store.purgeVisits(cutoff, asOf, batch, true));
            for (const auto& table : eventTables) {
                certificate.counts[table.table] += m_store.purgeEvents(table, cutoff, asOf, batch, true);
            }
            add(certificate.counts, m_store.purgeIdentities(cutoff, asOf, batch, true));
            continue;
        }
        for (;;) {
            const auto rows = m_store.purgeVisits(cutoff, asOf, batch, false);
            add(certificate.counts, rows);
            if (total(rows) == 0) {
                break;
            }
        }
        for (const auto& table : eventTables) {
            for (;;) {
                const std::int64_t rows = m_store.purgeEvents(table, cutoff, asOf, batch, false);
                certificate.counts[table.table] += rows;
                if (rows == 0) {
                    break;
                }
            }
        }
        m_store.recountEventDays(cutoff);
        for (;;) {
            const auto rows = m_store.purgeIdentities(cutoff, asOf, batch, false);
            add(certificate.counts, rows);
            if (total(rows) == 0) {
                break;
            }
        }
    }
}

void PurgeService::collectHolds(Instant asOf, const std::vector<domain::StoreCutoff>& cutoffs,
                                domain::PurgeCertificate& certificate,
                                std::map<std::int64_t, std::set<std::string>>& holdsByStore) {
    std::set<std::string> holds;
    for (const auto& cutoff : cutoffs) {
        for (const auto& held : m_store.heldBack(cutoff, asOf)) {
            if (held.rows > 0) {
                holds.insert(held.holdId);
                holdsByStore[cutoff.storeId].insert(held.holdId);
                certificate.heldBack[held.table] += held.rows;
            }
        }
    }
    certificate.holdIds.assign(holds.begin(), holds.end());
}

std::int64_t PurgeService::rekey(const domain::PurgeKey& key, Instant asOf, std::size_t batchSize) {
    const std::string keyMonth = monthOfScope(key.scope);
    std::int64_t changed = 0;
    std::string after;
    for (;;) {
        const auto batch = m_store.rekeyRecords(
            key.id, after, batchSize, asOf,
            [&](const domain::RecordToRekey& record) -> std::optional<domain::EncryptedIdentityFields> {
                if (record.targetMonth <= keyMonth) {
                    return std::nullopt; // still needs this key (an open visit, say): the key is kept
                }
                try {
                    m_keys.ensureLoaded(key.id);
                    const std::uint32_t to = m_keys.personalKeyFor(record.targetMonth);
                    const auto& old = record.fields;
                    domain::EncryptedIdentityFields fresh;
                    fresh.keyId = to;
                    fresh.name = reencryptField(m_keys, fields::kName, record.id, key.id, to, old.name);
                    if (old.nameKana) {
                        fresh.nameKana =
                            reencryptField(m_keys, fields::kNameKana, record.id, key.id, to, *old.nameKana);
                    }
                    fresh.address = reencryptField(m_keys, fields::kAddress, record.id, key.id, to, old.address);
                    fresh.dateOfBirth =
                        reencryptField(m_keys, fields::kDateOfBirth, record.id, key.id, to, old.dateOfBirth);
                    if (old.documentNumber) {
                        fresh.documentNumber =
                            reencryptField(m_keys, fields::kDocumentNumber, record.id, key.id, to, *old.documentNumber);
                    }
                    return fresh;
                } catch (const crypto::DecryptionError&) {
                    return std::nullopt; // a tampered ciphertext: left as it is, and the key with it
                }
            });
        if (batch.examined == 0) {
            return changed;
        }
        changed += static_cast<std::int64_t>(batch.changed);
        after = batch.lastId;
    }
}

void PurgeService::shredKeys(Instant asOf, const std::vector<domain::StoreCutoff>& cutoffs, const PurgeOptions& options,
                             domain::PurgeCertificate& certificate) {
    domain::CivilDate minToday = cutoffs.front().today;
    for (const auto& c : cutoffs) {
        minToday = std::min(minToday, c.today);
    }
    std::set<std::string> months;
    for (const auto& key : m_store.personalKeys()) {
        const std::string month = monthOfScope(key.scope);
        if (month.empty()) {
            continue;
        }
        // A retention month is over once its last day has passed in every store; a retired key (rotated away) may
        // go a day after retirement, once every server has stopped writing under it, if no record is under it.
        const bool over = rules::firstDayOfNextMonth(firstDayOf(month)) <= minToday;
        if (!over && !(key.retired && key.retiredLongAgo)) {
            continue;
        }
        if (key.vault && m_keys.vault() == nullptr) {
            throw crypto::KeyFileError("the purge needs the key vault (crypto.key_vault_dir) to destroy keys");
        }
        if (options.dryRun) {
            const std::int64_t records = m_store.countRecordsUnderKey(key.id);
            if (over) {
                // Those records are purged or re-encrypted first in a real run; a record that still needs the
                // month (an open visit) keeps the key.
                certificate.destroyedKeyIds.push_back(key.id);
                months.insert(month);
                if (records > 0) {
                    certificate.keptKeys.push_back({key.id, key.scope, records});
                }
            } else if (records == 0) {
                certificate.destroyedKeyIds.push_back(key.id);
            }
            continue;
        }
        if (over) {
            certificate.reencrypted += rekey(key, asOf, options.batchSize);
        }
        const std::int64_t remaining = m_store.destroyKeyIfUnused(key.id);
        if (remaining > 0) {
            if (over) {
                certificate.keptKeys.push_back({key.id, key.scope, remaining});
            }
            continue;
        }
        // The database half is gone (committed): now the vault half, which also shreds old backups.
        if (key.vault) {
            m_keys.vault()->destroy(key.id, key.scope);
        }
        m_keys.forget(key.id);
        certificate.destroyedKeyIds.push_back(key.id);
        if (over) {
            months.insert(month);
        }
    }
    certificate.destroyedKeyMonths.assign(months.begin(), months.end());
    if (!options.dryRun) {
        reconcileVault();
    }
}

void PurgeService::reconcileVault() {
    crypto::KeyVault* vault = m_keys.vault();
    if (vault == nullptr) {
        return;
    }
    const auto entries = vault->list();
    std::vector<std::uint32_t> ids;
    for (const auto& e : entries) {
        ids.push_back(e.keyId);
    }
    if (ids.empty()) {
        return;
    }
    const auto states = m_store.keyStates(ids);
    for (const auto& e : entries) {
        // A half whose key the database says is destroyed (a run that stopped between the two steps) goes now.
        // Halves of keys this database does not know are left alone: they may belong to a newer copy of it.
        const auto it = states.find(e.keyId);
        if (it != states.end() && it->second == domain::KeyState::Destroyed) {
            vault->destroy(e.keyId, e.scope);
        }
    }
}

} // namespace kiroku::backend::services
