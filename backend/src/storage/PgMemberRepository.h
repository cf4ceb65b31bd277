#pragma once

#include "domain/MemberRepository.h"
#include "storage/ConnectionPool.h"

namespace kiroku::backend::storage {

/// members and member_cards in PostgreSQL; card tokens arrive already hashed.
class PgMemberRepository : public domain::MemberRepository {
public:
    explicit PgMemberRepository(ConnectionPool& pool) : m_pool(pool) {}

    void insertMember(const domain::NewMember& member) override;
    std::size_t insertCard(const domain::NewMemberCard& card) override;
    std::optional<domain::MemberCardHolder> findLiveCard(std::int64_t storeId, const std::string& tokenHash) override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
