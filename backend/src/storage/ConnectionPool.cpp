#include "storage/ConnectionPool.h"

#include "domain/Errors.h"
#include "storage/Sql.h"

#include <pqxx/pqxx>

namespace kiroku::backend::storage {

ConnectionPool::Lease::Lease(ConnectionPool* pool, std::unique_ptr<pqxx::connection> connection)
    : m_pool(pool), m_connection(std::move(connection)) {}

ConnectionPool::Lease::Lease(Lease&& other) noexcept
    : m_pool(other.m_pool), m_connection(std::move(other.m_connection)), m_broken(other.m_broken) {
    other.m_pool = nullptr;
}

ConnectionPool::Lease::~Lease() {
    if (m_pool != nullptr) {
        m_pool->giveBack(std::move(m_connection), m_broken);
    }
}

ConnectionPool::ConnectionPool(std::string dsn, std::size_t size, std::chrono::milliseconds acquireTimeout,
                               std::string role)
    : m_dsn(std::move(dsn)), m_role(std::move(role)), m_size(size == 0 ? 1 : size), m_acquireTimeout(acquireTimeout) {}

ConnectionPool::~ConnectionPool() = default;

ConnectionPool::Lease ConnectionPool::acquire() {
    std::unique_ptr<pqxx::connection> connection;
    {
        std::unique_lock lock(m_mutex);
        const bool free = m_available.wait_for(lock, m_acquireTimeout, [this] { return m_leased < m_size; });
        if (!free) {
            throw domain::Unavailable("all database connections are busy");
        }
        connection = takeIdle();
    }
    return open(std::move(connection));
}

std::optional<ConnectionPool::Lease> ConnectionPool::tryAcquire() {
    std::unique_ptr<pqxx::connection> connection;
    {
        std::lock_guard lock(m_mutex);
        if (m_leased >= m_size) {
            return std::nullopt;
        }
        connection = takeIdle();
    }
    return open(std::move(connection));
}

std::unique_ptr<pqxx::connection> ConnectionPool::takeIdle() {
    ++m_leased;
    std::unique_ptr<pqxx::connection> connection;
    if (!m_idle.empty()) {
        connection = std::move(m_idle.back());
        m_idle.pop_back();
    }
    return connection;
}

ConnectionPool::Lease ConnectionPool::open(std::unique_ptr<pqxx::connection> connection) {
    try {
        if (!connection || !connection->is_open()) {
            connection = std::make_unique<pqxx::connection>(m_dsn);
            if (!m_role.empty()) {
                try {
                    pqxx::nontransaction tx(*connection);
                    tx.exec0("SET ROLE " + tx.quote_name(m_role));
                } catch (const pqxx::sql_error&) {
                    giveBack(nullptr, true);
                    throw domain::Unavailable("the database role " + m_role +
                                              " cannot be assumed: run kirokuctl migrate, and make the connecting "
                                              "user a member of that role");
                }
            }
            prepareStatements(*connection);
        }
    } catch (const domain::Unavailable&) {
        throw;
    } catch (const std::exception&) {
        giveBack(nullptr, true);
        // libpq's message may carry host names or user names; keep it out of the answer.
        throw domain::Unavailable("the database cannot be reached");
    }
    return Lease(this, std::move(connection));
}

void ConnectionPool::giveBack(std::unique_ptr<pqxx::connection> connection, bool broken) noexcept {
    {
        std::lock_guard lock(m_mutex);
        --m_leased;
        if (connection && !broken && connection->is_open()) {
            m_idle.push_back(std::move(connection));
        }
    }
    m_available.notify_one();
}

} // namespace kiroku::backend::storage
