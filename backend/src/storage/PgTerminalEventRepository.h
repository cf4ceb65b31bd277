#pragma once

#include "domain/TerminalEventRepository.h"
#include "storage/ConnectionPool.h"

namespace kiroku::backend::storage {

class PgTerminalEventRepository : public domain::TerminalEventRepository {
public:
    explicit PgTerminalEventRepository(ConnectionPool& pool) : m_pool(pool) {}

    std::optional<domain::TerminalCredentialRecord> findTerminal(std::int64_t terminalId) override;
    bool record(const domain::TerminalCredentialRecord& terminal, const domain::TerminalEvent& event) override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
