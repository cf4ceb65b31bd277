#pragma once

#include <pqxx/connection>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::backend::storage {

/// A fixed-size pool of libpqxx connections. A connection is used by one thread at a time: `acquire`
/// hands out a Lease that returns the connection when it goes out of scope. Connections are opened
/// lazily; a lease marked broken (or whose connection closed) is discarded and reopened next time.
class ConnectionPool {
public:
    class Lease {
    public:
        Lease(Lease&& other) noexcept;
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease();

        pqxx::connection& operator*() const { return *m_connection; }
        pqxx::connection* operator->() const { return m_connection.get(); }
        /// The connection failed mid-use: close it instead of returning it to the pool.
        void markBroken() noexcept { m_broken = true; }

    private:
        friend class ConnectionPool;
        Lease(ConnectionPool* pool, std::unique_ptr<pqxx::connection> connection);
        ConnectionPool* m_pool;
        std::unique_ptr<pqxx::connection> m_connection;
        bool m_broken = false;
    };

    /// `dsn` is a libpq connection string; `size` the most connections open at once. With a `role`, each new
    /// connection runs SET ROLE to it before use, so the pool works with that role's privileges only.
    ConnectionPool(std::string dsn, std::size_t size, std::chrono::milliseconds acquireTimeout, std::string role = {});
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool&) = delete;
    ConnectionPool& operator=(const ConnectionPool&) = delete;

    /// Waits up to the acquire timeout for a free connection. Throws domain::Unavailable when none
    /// is free in time or the database cannot be reached (the message names no credentials).
    Lease acquire();

    /// A connection now if one is free (opening it if needed), else none: for work that can also be done on the
    /// connection the caller already holds.
    std::optional<Lease> tryAcquire();

    std::size_t size() const noexcept { return m_size; }

private:
    void giveBack(std::unique_ptr<pqxx::connection> connection, bool broken) noexcept;
    /// Counts a lease and hands out an idle connection, if any; the caller holds m_mutex.
    std::unique_ptr<pqxx::connection> takeIdle();
    /// Opens `connection` unless it is open and usable; gives the lease back if that fails.
    Lease open(std::unique_ptr<pqxx::connection> connection);

    const std::string m_dsn;
    const std::string m_role;
    const std::size_t m_size;
    const std::chrono::milliseconds m_acquireTimeout;
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<pqxx::connection>> m_idle;
    std::size_t m_leased = 0;
};

} // namespace kiroku::backend::storage
