#include "services/retention/PurgeService.h"

#include "crypto/Errors.h"
#include "domain/Errors.h"
#include "services/identity/IdentityFields.h"
#include "services/identity/Uuid.h"
#include "services/retention/PurgeCertificateDocument.h"
#include "services/rules/Retention.h"
#include "services/rules/ZoneTime.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <thread>

namespace kiroku::backend::services {

namespace fields = identity_fields;
using domain::Instant;

namespace {

constexpr std::string_view kScopePrefix = "retention:";
constexpr std::string_view kPoliceScopePrefix = "police:";
constexpr const char* kPoliceTable = "police_requests"; // V006: its fields are bound to the table, as identity fields

/// "YYYY-MM" of a retention month key's scope ("retention:YYYY-MM", or "police:YYYY-MM" for a police key); empty for
/// another scope.
std::string monthOfScope(const std::string& scope) {
    for (const std::string_view prefix : {kScopePrefix, kPoliceScopePrefix}) {
        if (scope.rfind(prefix, 0) == 0 && scope.size() == prefix.size() + 7) {
            return scope.substr(prefix.size());
        }
    }
    return {};
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

std::optional<domain::ByteString> reencryptPoliceField(const KeyService& keys, const char* column,
                                                       const std::string& id, std::uint32_t from, std::uint32_t to,
                                                       const std::optional<domain::ByteString>& blob) {
    if (!blob) {
        return std::nullopt;
    }
    const std::string plaintext = keys.cipher().decrypt(crypto::FieldContext{kPoliceTable, column, id, from}, *blob);
    return keys.cipher().encrypt(crypto::FieldContext{kPoliceTable, column, id, to}, plaintext);
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
    for (const char* table : {"visits", "visit_segments", "identity_records", "members", "member_cards",
                              "police_requests", "police_disclosures"}) {
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
        collectHolds(asOf, cutoffs, certificate, holdsByStore);
        purgeNatMappings(asOf, cutoffs, options.dryRun, certificate, holdsByStore);
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

void PurgeService::purgeNatMappings(Instant asOf, const std::vector<domain::StoreCutoff>& cutoffs, bool dryRun,
                                    domain::PurgeCertificate& certificate,
                                    std::map<std::int64_t, std::set<std::string>>& holdsByStore) {
    // NAT mappings are kept with the terminal events they explain; their months are shared by every store, so a
    // month goes once its mappings are past retention in the store whose retention reaches furthest back.
    Instant before = cutoffs.front().eventsBefore;
    for (const auto& c : cutoffs) {
        before = std::min(before, c.eventsBefore);
    }
    // The mappings a police answer went through stay while the answer's hold is in force; the rest of their month
    // goes (V014), but the month's partition is not counted as dropped.
    auto& rows = certificate.counts["nat_mappings"];
    const auto partitions = m_store.purgeNatPartitions(before, asOf, dryRun);
    std::set<std::string> held;
    std::set<std::string> holds(certificate.holdIds.begin(), certificate.holdIds.end());
    for (const auto& partition : partitions) {
        if (partition.holdId.empty()) {
            continue;
        }
        if (held.insert(partition.name).second) {
            certificate.heldBack["nat_mappings"] += partition.rows;
        }
        holds.insert(partition.holdId);
        holdsByStore[partition.holdStoreId].insert(partition.holdId);
    }
    std::set<std::string> dropped;
    for (const auto& partition : partitions) {
        if (!partition.holdId.empty()) {
            continue;
        }
        rows += partition.rows;
        if (partition.storeId) {
            certificate.storeCounts[*partition.storeId]["nat_mappings"] += partition.rows;
        }
        if (held.count(partition.name) == 0 && dropped.insert(partition.name).second) {
            certificate.partitionsDropped.push_back(partition.name);
        }
    }
    certificate.holdIds.assign(holds.begin(), holds.end());
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
    const auto drop = [&](const domain::MonthPartition& p) -> std::optional<domain::PartitionDrop> {
        // Dropping takes exclusive locks for milliseconds, without waiting for them (the store tries again for a few
        // seconds while requests hold them). When they never come free, the month's rows go one by one below.
        try {
            return m_store.dropPartition(p, asOf);
        } catch (const domain::Unavailable&) {
            return domain::PartitionDrop{-1, {}};
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
            const auto dropped = drop(member);
            if (dropped && dropped->rows < 0) {
                break; // held, or not past retention in some store: its rows go one by one below
            }
            if (dropped) {
                certificate.counts[member.table] += dropped->rows;
                for (const auto& [store, n] : dropped->rowsByStore) {
                    certificate.storeCounts[store][member.table] += n;
                }
                certificate.partitionsDropped.push_back(member.name());
            }
        }
    }
}

void PurgeService::purgeRows(Instant asOf, const std::vector<domain::StoreCutoff>& cutoffs, const PurgeOptions& options,
                             domain::PurgeCertificate& certificate) {
    const auto eventTables = m_store.eventTables();
    const std::size_t batch = std::max<std::size_t>(1, options.batchSize);
    const int share = std::clamp(options.workShare, 10, 100);
    // Runs one batch, then pauses so that the batches take `share` percent of the time.
    const auto paced = [share](auto&& step) {
        const auto started = std::chrono::steady_clock::now();
        auto rows = step();
        if (share < 100 && rows > 0) {
            std::this_thread::sleep_for((std::chrono::steady_clock::now() - started) * (100 - share) / share);
        }
        return rows;
    };
    for (const auto& cutoff : cutoffs) {
        auto& storeCounts = certificate.storeCounts[cutoff.storeId];
        const auto record = [&](const std::map<std::string, std::int64_t>& rows) {
            add(certificate.counts, rows);
            add(storeCounts, rows);
            return total(rows);
        };
        const auto recordEvents = [&](const std::string& table, std::int64_t rows) {
            certificate.counts[table] += rows;
            storeCounts[table] += rows;
            return rows;
        };
        if (options.dryRun) {
            record(m_store.purgeVisits(cutoff, asOf, batch, true));
            for (const auto& table : eventTables) {
                recordEvents(table.table, m_store.purgeEvents(table, cutoff, asOf, batch, true));
            }
            record(m_store.purgeIdentities(cutoff, asOf, batch, true));
            record(m_store.purgePoliceRequests(cutoff, asOf, batch, true));
            continue;
        }
        while (paced([&] { return record(m_store.purgeVisits(cutoff, asOf, batch, false)); }) > 0) {
        }
        for (const auto& table : eventTables) {
            while (paced([&] {
                       return recordEvents(table.table, m_store.purgeEvents(table, cutoff, asOf, batch, false));
                   }) > 0) {
            }
        }
        m_store.recountEventDays(cutoff);
        while (paced([&] { return record(m_store.purgeIdentities(cutoff, asOf, batch, false)); }) > 0) {
        }
        // Police requests past retention that no hold in force names, with their disclosures (V011).
        while (paced([&] { return record(m_store.purgePoliceRequests(cutoff, asOf, batch, false)); }) > 0) {
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

std::int64_t PurgeService::rekeyPoliceRequests(const domain::PurgeKey& key, std::size_t batchSize) {
    // Police requests stored before they had keys of their own sit under a customers' month key: they move to the
    // police key of their own retention month, so that the customers' key can go while the requests are kept.
    std::int64_t changed = 0;
    std::string after;
    for (;;) {
        const auto batch = m_store.rekeyPoliceRequests(
            key.id, after, batchSize,
            [&](const domain::PoliceRequestToRekey& request) -> std::optional<domain::EncryptedPoliceFields> {
                try {
                    m_keys.ensureLoaded(key.id);
                    const std::uint32_t to = m_keys.policeKeyFor(request.retentionMonth);
                    const auto& old = request.fields;
                    const auto moveField = [&](const char* column, const std::optional<domain::ByteString>& blob) {
                        return reencryptPoliceField(m_keys, column, request.id, key.id, to, blob);
                    };
                    domain::EncryptedPoliceFields fresh;
                    fresh.keyId = to;
                    fresh.name = moveField("question_name_enc", old.name);
                    fresh.nameKana = moveField("question_name_kana_enc", old.nameKana);
                    fresh.dateOfBirth = moveField("question_date_of_birth_enc", old.dateOfBirth);
                    fresh.documentNumber = moveField("question_document_number_enc", old.documentNumber);
                    fresh.answerDocument = moveField("answer_document_enc", old.answerDocument);
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
    std::set<std::string> policeMonths;
    // Customers' keys first: destroying one moves the police requests still under it (stored before V008) onto
    // their police key, which must then not have been destroyed already.
    auto keys = m_store.monthKeys();
    std::stable_partition(keys.begin(), keys.end(), [](const domain::PurgeKey& k) { return !k.police; });
    for (const auto& key : keys) {
        const std::string month = monthOfScope(key.scope);
        if (month.empty()) {
            continue;
        }
        // A retention month is over once its last day has passed in every store; a retired key (rotated away) may
        // go a day after retirement, once every server has stopped writing under it, if no record is under it.
        const bool over = rules::firstDayOfNextMonth(firstDayOf(month)) <= minToday;
        // A police key goes as soon as its month has begun in every store and no request is under it any more: a
        // request received from then on is kept for years, so it never falls in that month.
        const bool eligible = key.police ? firstDayOf(month) <= minToday : over;
        if (!eligible && !(key.retired && key.retiredLongAgo)) {
            continue;
        }
        if (key.vault && m_keys.vault() == nullptr) {
            throw crypto::KeyFileError("the purge needs the key vault (crypto.key_vault_dir) to destroy keys");
        }
        if (options.dryRun) {
            const std::int64_t records = m_store.countRecordsUnderKey(key.id);
            if (key.police) {
                // Only requests that go in this run free the key; a held one keeps it.
                const std::int64_t left = records - m_store.countPoliceRequestsToPurgeUnderKey(key.id, cutoffs, asOf);
                if (left == 0) {
                    certificate.destroyedKeyIds.push_back(key.id);
                    if (eligible) {
                        policeMonths.insert(month);
                    }
                } else if (over) {
                    certificate.keptKeys.push_back({key.id, key.scope, left});
                }
            } else if (over) {
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
        if (!key.police) {
            if (over) {
                certificate.reencrypted += rekey(key, asOf, options.batchSize);
            }
            certificate.reencrypted += rekeyPoliceRequests(key, options.batchSize);
        }
        // The same path for both kinds of key: the database half first (with the key row locked, only when no row
        // of any table is under it), then the vault half.
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
        if (eligible) {
            (key.police ? policeMonths : months).insert(month);
        }
    }
    certificate.destroyedKeyMonths.assign(months.begin(), months.end());
    certificate.destroyedPoliceKeyMonths.assign(policeMonths.begin(), policeMonths.end());
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
