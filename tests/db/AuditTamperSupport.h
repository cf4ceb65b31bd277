#pragma once

// What an attacker with database access does to the audit log: changes made as the cluster's superuser with the
// append-only triggers switched off, in one transaction. Shared by the audit and checkpoint tests.

#include "audit/AuditChain.h"
#include "support/TestDatabase.h"

#include <pqxx/pqxx>

#include <string>

namespace kiroku::test {

/// Runs `sql` (with $1 = chain id) as the superuser with the audit tables' triggers disabled.
inline void tamper(const TestDatabase& db, const std::string& sql, std::int64_t chainId) {
    auto c = db.connect();
    pqxx::work tx(*c);
    tx.exec0("ALTER TABLE audit_log DISABLE TRIGGER USER");
    tx.exec0("ALTER TABLE audit_heads DISABLE TRIGGER USER");
    tx.exec_params(sql, chainId);
    tx.exec0("ALTER TABLE audit_log ENABLE TRIGGER USER");
    tx.exec0("ALTER TABLE audit_heads ENABLE TRIGGER USER");
    tx.commit();
}

/// An entry as the writer would hash it, forged for position `seq` after `prevHashHex`.
struct ForgedEntry {
    std::string document;
    std::string hash;
};

inline ForgedEntry forge(const domain::AuditEntry& entry, std::int64_t chainId, std::int64_t seq,
                         const std::string& prevHashHex) {
    namespace audit = backend::audit;
    ForgedEntry forged;
    forged.document = canonical::canonicalize(audit::entryDocument(entry, chainId, seq));
    forged.hash = audit::toHex(audit::linkHash(*audit::digestFromHex(prevHashHex), forged.document));
    return forged;
}

/// Rewrites chain `chainId` from position `from` on as a careful attacker would: every document and hash after a
/// change recomputed in order, and the head moved to the new last entry, so the chain holds together again.
inline void rehashFrom(const TestDatabase& db, std::int64_t chainId, std::int64_t from) {
    namespace audit = backend::audit;
    auto c = db.connect();
    pqxx::work tx(*c);
    tx.exec0("ALTER TABLE audit_log DISABLE TRIGGER USER");
    tx.exec0("ALTER TABLE audit_heads DISABLE TRIGGER USER");
    std::string prev = from == 1 ? std::string(64, '0')
                                 : tx.exec_params1("SELECT encode(hash, 'hex') FROM audit_log WHERE chain_id = $1 "
                                                   "AND seq = $2",
                                                   chainId, from - 1)[0]
                                       .as<std::string>();
    const auto rows = tx.exec_params("SELECT seq, entry::text FROM audit_log WHERE chain_id = $1 AND seq >= $2 "
                                     "ORDER BY seq",
                                     chainId, from);
    for (const auto& row : rows) {
        const auto seq = row[0].as<std::int64_t>();
        auto document = canonical::parse(row[1].as<std::string>());
        canonical::Value fixed = canonical::Value::object();
        for (const auto& [name, value] : document.members()) {
            fixed.set(name, name == "seq" ? canonical::Value(seq) : value);
        }
        const std::string text = canonical::canonicalize(fixed);
        const std::string hash = audit::toHex(audit::linkHash(*audit::digestFromHex(prev), text));
        tx.exec_params("UPDATE audit_log SET entry = $3::jsonb, prev_hash = decode($4, 'hex'), hash = decode($5, "
                       "'hex') WHERE chain_id = $1 AND seq = $2",
                       chainId, seq, text, prev, hash);
        prev = hash;
    }
    tx.exec_params("UPDATE audit_heads SET seq = (SELECT max(seq) FROM audit_log WHERE chain_id = $1), "
                   "hash = decode($2, 'hex') WHERE chain_id = $1",
                   chainId, prev);
    tx.exec0("ALTER TABLE audit_log ENABLE TRIGGER USER");
    tx.exec0("ALTER TABLE audit_heads ENABLE TRIGGER USER");
    tx.commit();
}

} // namespace kiroku::test
