#pragma once

#include "domain/Audit.h"
#include "domain/CivilDate.h"
#include "domain/IdentityRecord.h"
#include "domain/PoliceKeyFields.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::domain {

using Instant = std::chrono::system_clock::time_point;

/// A month partition (<table>_pYYYYMM) of a table registered in partitioned_tables.
struct MonthPartition {
    std::string table;
    std::string parentTable; ///< empty for a table that belongs to no other
    bool eventTime = false;  ///< keyed by an event's time (UTC month bounds); else by a retention date
    CivilDate month;         ///< its first day

    std::string name() const {
        const std::string day = month.toString();
        return table + "_p" + day.substr(0, 4) + day.substr(5, 2);
    }
};

/// A month partition dropped: its rows, per store too.
struct PartitionDrop {
    std::int64_t rows = 0; ///< -1: the database refused (not past retention everywhere, or held)
    std::map<std::int64_t, std::int64_t> rowsByStore;
};

/// A registered table whose rows expire by their own time (terminal_events, ...).
struct EventTable {
    std::string table;
};

/// Where one store stands at the purge's instant (no personal data).
struct StoreCutoff {
    std::int64_t storeId = 0;
    std::string timeZone;
    int retentionYears = 3;
    CivilDate today;          ///< local date: visits and identity records whose retention ended before it go
    CivilDate lastExpiredDay; ///< local date: terminal events of this day and before go
    Instant eventsBefore;     ///< the start of the day after lastExpiredDay, in the store's zone
};

/// Rows a legal hold keeps past their retention, per table.
struct HeldRows {
    std::string holdId;
    std::string table;
    std::int64_t rows = 0;
};

/// A retention month's data key as the purge sees it: a customers' key (personal_fields) or a police key
/// (police_fields).
struct PurgeKey {
    std::uint32_t id = 0;
    std::string scope; ///< "retention:YYYY-MM", or "police:YYYY-MM" for a police key
    bool police = false;
    bool retired = false;
    bool retiredLongAgo = false; ///< retired more than a day ago (servers no longer write under it)
    bool vault = false;
};

/// An identity record under a key about to be destroyed, with the month it must be kept under now: the month of
/// the later of its retention date and the last day of any hold in force that keeps it.
struct RecordToRekey {
    std::string id;
    EncryptedIdentityFields fields;
    std::string targetMonth; ///< "YYYY-MM"
};

/// What one batch of re-encryption did.
struct RekeyBatch {
    std::size_t examined = 0;
    std::size_t changed = 0;
    std::size_t refused = 0; ///< the callback left the record (it still needs the key)
    std::string lastId;
};

/// The state of a data key in the database, for reconciling the key vault.
enum class KeyState { Live, Destroyed, Unknown };

/// The result of a purge (no personal data): kept as a purge certificate unless it was a dry run.
struct PurgeCertificate {
    std::string id;
    std::optional<std::int64_t> storeId; ///< nothing: every store
    Instant asOf;
    std::optional<CivilDate> cutoffDate; ///< the earliest local date over the stores
    std::vector<StoreCutoff> stores;
    std::map<std::string, std::int64_t> counts; ///< rows purged (or, dry, that would be) per table
    /// The same per store (what each store's signed document carries).
    std::map<std::int64_t, std::map<std::string, std::int64_t>> storeCounts;
    std::vector<std::string> partitionsDropped;
    std::vector<std::string> destroyedKeyMonths;       ///< "YYYY-MM" of customers' keys (personal_fields)
    std::vector<std::string> destroyedPoliceKeyMonths; ///< "YYYY-MM" of police keys (police_fields)
    std::vector<std::uint32_t> destroyedKeyIds;
    struct KeptKey {
        std::uint32_t id = 0;
        std::string scope;
        std::int64_t records = 0; ///< records still under it
    };
    std::vector<KeptKey> keptKeys; ///< keys of months that are over, kept because a record (or request) needs them
    std::int64_t reencrypted = 0;
    std::vector<std::string> holdIds;             ///< holds in force that kept records past their retention
    std::map<std::string, std::int64_t> heldBack; ///< rows those holds kept, per table
    std::int64_t durationMs = 0;
    std::string triggeredBy; ///< daily_job, kirokuctl
    bool dryRun = false;
    /// The certificate as each store it covered sees it (canonical JSON), signed with that store's key.
    struct StoreSignature {
        std::int64_t storeId = 0;
        std::uint32_t keyId = 0;
        std::string document;
        std::vector<std::uint8_t> signature;
    };
    std::vector<StoreSignature> signatures;
};

/// A month of NAT mappings past retention, as the purge reports it: rows that went (per store; the whole month
/// dropped, or all but the mappings holds keep), or, once per hold that keeps mappings of it, the rows kept.
struct NatPartition {
    std::string name;
    std::int64_t rows = 0;
    std::string holdId;                  ///< empty: rows that go (or would); else the hold that keeps some
    std::int64_t holdStoreId = 0;        ///< the store of that hold
    std::optional<std::int64_t> storeId; ///< rows that go come once per store with that store's rows
};

/// Held while a purge runs; two purges never run at once (several servers, kirokuctl).
class PurgeLock {
public:
    virtual ~PurgeLock() = default;
};

/// The storage side of the retention engine. Every method runs in short transactions of its own; nothing here
/// decrypts. Unavailable when the database is unreachable.
class RetentionStore {
public:
    virtual ~RetentionStore() = default;

    /// The purge lock, or nothing when another purge holds it.
    virtual std::unique_ptr<PurgeLock> tryLock() = 0;

    virtual std::vector<std::int64_t> storeIds() = 0;

    /// Creates the partitions ahead of time (kiroku_maintain_partitions); returns how many it made.
    virtual int maintainPartitions(Instant asOf) = 0;

    virtual std::vector<MonthPartition> monthPartitions() = 0;
    virtual std::vector<EventTable> eventTables() = 0;

    /// Whether every row the month can hold is past retention everywhere and not held (kiroku_partition_expired).
    virtual bool partitionExpired(const MonthPartition& partition, Instant asOf) = 0;
    /// Drops the month (kiroku_drop_partition_by_store): the rows it held, per store too, -1 rows when the database
    /// refuses, nothing when the partition does not exist. Throws Unavailable when its lock is not granted in time.
    virtual std::optional<PartitionDrop> dropPartition(const MonthPartition& partition, Instant asOf) = 0;

    /// Deletes up to `limit` visits of the store whose retention ended before `cutoff.today` and that no hold in
    /// force keeps, with their segments; returns rows per table ("visits", "visit_segments"). With `countOnly`,
    /// counts all of them instead and deletes nothing.
    virtual std::map<std::string, std::int64_t> purgeVisits(const StoreCutoff& cutoff, Instant asOf, std::size_t limit,
                                                            bool countOnly) = 0;

    /// The same for an event-time table: rows before `cutoff.eventsBefore` outside held windows.
    virtual std::int64_t purgeEvents(const EventTable& table, const StoreCutoff& cutoff, Instant asOf,
                                     std::size_t limit, bool countOnly) = 0;

    /// Identity records whose retention ended before `cutoff.today`, that no hold in force keeps and no visit
    /// refers to any more, with their members and member cards ("identity_records", "members", "member_cards").
    virtual std::map<std::string, std::int64_t> purgeIdentities(const StoreCutoff& cutoff, Instant asOf,
                                                                std::size_t limit, bool countOnly) = 0;

    /// Police requests of the store whose retention ended before `cutoff.today` and that no hold in force names
    /// (legal_holds.police_request_id), with their disclosures: deletes up to `limit` of them and returns rows per
    /// table ("police_requests", "police_disclosures"); with `countOnly`, counts all of them and deletes nothing.
    virtual std::map<std::string, std::int64_t> purgePoliceRequests(const StoreCutoff& cutoff, Instant asOf,
                                                                    std::size_t limit, bool countOnly) = 0;

    /// How many police requests under key `keyId` a purge at `asOf` with these cut-offs removes (a dry run's view of
    /// whether a police key goes).
    virtual std::int64_t countPoliceRequestsToPurgeUnderKey(std::uint32_t keyId,
                                                            const std::vector<StoreCutoff>& cutoffs, Instant asOf) = 0;

    /// Rows past retention that holds in force keep, per hold and table.
    virtual std::vector<HeldRows> heldBack(const StoreCutoff& cutoff, Instant asOf) = 0;

    /// Brings per-day summaries of terminal events (V003's terminal_event_days) in line after a purge of the
    /// store's events up to `cutoff.lastExpiredDay`.
    virtual void recountEventDays(const StoreCutoff& cutoff) = 0;

    /// The retention months' keys not destroyed: customers' keys and police keys.
    virtual std::vector<PurgeKey> monthKeys() = 0;
    /// Rows of every table that refer to key `keyId` (identity records, police requests, ...).
    virtual std::int64_t countRecordsUnderKey(std::uint32_t keyId) = 0;

    /// Locks up to `limit` records under key `keyId` with an id above `afterId` (empty: from the start) and hands
    /// each to `rekey`, which returns the new fields (under another key) or nothing to leave the record as it is.
    virtual RekeyBatch
    rekeyRecords(std::uint32_t keyId, const std::string& afterId, std::size_t limit, Instant asOf,
                 const std::function<std::optional<EncryptedIdentityFields>(const RecordToRekey&)>& rekey) = 0;

    /// The same for police requests under key `keyId`: locks up to `limit` of them with an id above `afterId` and
    /// stores what `rekey` returns (fields under another key), or leaves the request as it is on nothing.
    virtual RekeyBatch rekeyPoliceRequests(
        std::uint32_t keyId, const std::string& afterId, std::size_t limit,
        const std::function<std::optional<EncryptedPoliceFields>(const PoliceRequestToRekey&)>& rekey) = 0;

    /// Destroys key `keyId` in the database (the wrapped half gone) when no row of any table refers to it, checked
    /// with the key row locked; returns how many rows still do (0: destroyed).
    virtual std::int64_t destroyKeyIfUnused(std::uint32_t keyId) = 0;

    virtual std::map<std::uint32_t, KeyState> keyStates(const std::vector<std::uint32_t>& ids) = 0;

    /// Drops the month partitions of the NAT mappings whose month and every mapping ended before `before`, except
    /// those holding a mapping that a legal hold in force at `asOf` names, which it returns with the hold
    /// (kiroku_purge_nat_partitions); with `countOnly`, only says which.
    virtual std::vector<NatPartition> purgeNatPartitions(Instant before, Instant asOf, bool countOnly) = 0;

    /// Stores the certificate with its signatures and appends `entries` to their stores' audit chains, in one
    /// transaction (the entries last).
    virtual void recordCertificate(const PurgeCertificate& certificate, const std::vector<AuditEntry>& entries) = 0;
};

} // namespace kiroku::domain
