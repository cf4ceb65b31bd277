#pragma once

#include "domain/Errors.h"
#include "storage/ConnectionPool.h"

#include <pqxx/pqxx>

#include <string>

namespace kiroku::backend::storage {

/// Maps a PostgreSQL constraint violation to a domain error naming the field, without quoting any
/// value (PostgreSQL's DETAIL quotes them).
[[noreturn]] void rethrowAsDomainError(const pqxx::sql_error& e);

/// Runs `body` in a read-write transaction on a pooled connection and commits. pqxx errors never
/// leave: constraint violations become ValidationError/Conflict, a lost connection Unavailable
/// (the connection is dropped from the pool), anything else propagates as a generic runtime_error.
template <typename F> auto withTransaction(ConnectionPool& pool, F&& body) {
    auto lease = pool.acquire();
    try {
        pqxx::work tx(*lease);
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

} // namespace kiroku::backend::storage
