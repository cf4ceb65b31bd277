#pragma once

#include "domain/PoliceRepository.h"
#include "storage/ConnectionPool.h"

namespace kiroku::backend::storage {

/// police_requests, police_answer_numbers, police_disclosures and police_agencies in PostgreSQL, and the look-ups
/// of an answer over visit_segments, visits and identity_records. Personal fields arrive and leave encrypted.
class PgPoliceRepository : public domain::PoliceRepository {
public:
    explicit PgPoliceRepository(ConnectionPool& pool) : m_pool(pool) {}

    void transact(const std::function<void(domain::PoliceTransaction&)>& body) override;
    void read(const std::function<void(domain::PoliceLookup&)>& body) override;
    std::optional<domain::StoredPoliceRequest> find(const std::string& id) override;
    std::optional<domain::StoredAnswer> findAnswer(const std::string& id) override;
    std::vector<domain::StoredPoliceRequest> listForStore(std::int64_t storeId, std::size_t limit) override;
    std::vector<domain::StoredPoliceRequest> listForAgency(const std::string& agencyKey, std::size_t limit) override;
    std::optional<std::int64_t> storeIdByCode(const std::string& code) override;
    std::optional<std::int64_t> boothByLabel(std::int64_t storeId, const std::string& label) override;
    std::optional<std::int64_t> terminalByNumber(std::int64_t storeId, const std::string& number) override;
    std::optional<domain::RegisteredAgency> findAgency(const std::string& organization) override;

private:
    ConnectionPool& m_pool;
};

/// A PostgreSQL array literal of the given elements, each double-quoted and escaped ({"a","b"}), for a
/// $n::uuid[] / $n::bytea[] parameter.
std::string arrayLiteral(const std::vector<std::string>& elements);

} // namespace kiroku::backend::storage
