#pragma once

#include "domain/Errors.h"
#include "storage/ConnectionPool.h"

#include <pqxx/pqxx>

#include <string>

namespace kiroku::backend::storage {

/// Maps a PostgreSQL constraint violation to a domain error naming the field, without quoting any
/// value (PostgreSQL's DETAIL quotes them).
[[noreturn]] void rethrowAsDomainError(const pqxx::sql_error& e);

/// Runs `body` with a `Tx` (pqxx::work or pqxx::nontransaction) on a pooled connection and commits. pqxx errors
/// never leave: constraint violations become ValidationError/Conflict, a lost connection Unavailable (the
/// connection is dropped from the pool), anything else propagates as a generic runtime_error.
template <typename Tx, typename F> auto runOnConnection(ConnectionPool& pool, F&& body) {
    auto lease = pool.acquire();
    try {
        Tx tx(*lease);
        if constexpr (std::is_void_v<decltype(body(tx))>) {
            body(tx);
            tx.commit();
        } else {
            auto result = body(tx);
            tx.commit();
            return result;
        }
    } catch (const pqxx::broken_connection&) {
        lease.markBroken();
        throw domain::Unavailable("the database connection was lost");
    } catch (const pqxx::in_doubt_error&) {
        lease.markBroken();
        throw domain::Unavailable("the database connection was lost while committing; retry with the same key");
    } catch (const pqxx::sql_error& e) {
        rethrowAsDomainError(e);
    }
}

/// Runs `body` in a read-write transaction (BEGIN … COMMIT).
template <typename F> auto withTransaction(ConnectionPool& pool, F&& body) {
    return runOnConnection<pqxx::work>(pool, std::forward<F>(body));
}

/// Runs `body` without BEGIN/COMMIT: each statement is its own transaction, one round trip instead of three.
/// Only for a single read (or statements that need no atomicity together).
template <typename F> auto withSingleStatement(ConnectionPool& pool, F&& body) {
    return runOnConnection<pqxx::nontransaction>(pool, std::forward<F>(body));
}

} // namespace kiroku::backend::storage
