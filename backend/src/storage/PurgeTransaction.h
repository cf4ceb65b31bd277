#pragma once

// The transactions of the purge (and of the partitions' upkeep), shared by the files of PgRetentionStore.

#include "storage/ConnectionPool.h"
#include "storage/PgErrors.h"
#include "storage/Sql.h"

#include <pqxx/pqxx>

#include <string>

namespace kiroku::backend::storage {

/// A transaction of the purge: on one core (sql::kOneCore), whatever the plans.
template <typename F> auto inPurgeTransaction(ConnectionPool& pool, F&& work) {
    return withTransaction(pool, [&](pqxx::work& tx) {
        tx.exec(std::string(sql::kOneCore));
        return work(tx);
    });
}

} // namespace kiroku::backend::storage
