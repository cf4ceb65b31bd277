#pragma once

// In-memory fakes of the visit workflow's repository interfaces, for pure-logic tests of VisitService. A
// transaction works on a copy of the state and commits it only when the body returns, as the database does.

#include "domain/Idempotency.h"
#include "domain/IdentityDirectory.h"
#include "domain/StoreRepository.h"
#include "domain/VisitRepository.h"
#include "services/visits/Clock.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace kiroku::tests {

using Instant = std::chrono::system_clock::time_point;

struct FakeVisit {
    domain::NewVisit visit;
    std::optional<Instant> endedAt;
    std::optional<domain::CivilDate> retentionUntil;
};

struct FakeSegment {
    std::int64_t id = 0;
    std::string visitId;
    std::int64_t boothId = 0;
    std::optional<std::int64_t> terminalId;
    Instant startedAt;
    std::optional<Instant> endedAt;
};

struct FakeState {
    std::map<std::int64_t, domain::LockedBooth> booths; ///< store 1 only
    std::map<std::string, FakeVisit> visits;
    std::vector<FakeSegment> segments;
    std::map<std::string, domain::RecordedResponse> keys;
    std::map<std::string, std::pair<domain::CivilDate, domain::CivilDate>> identityRetention; ///< last service, until
    std::vector<domain::AuditEntry> audits;
    int nextVisit = 1;
};

class FakeTransaction : public domain::VisitTransaction, public domain::IdempotencyLedger {
public:
    explicit FakeTransaction(FakeState& state) : m_s(state) {}

    domain::IdempotencyLedger& idempotency() override { return *this; }
    std::optional<domain::RecordedResponse> claim(const domain::IdempotencyKey& key) override {
        const auto it = m_s.keys.find(key.key);
        return it == m_s.keys.end() ? std::nullopt : std::optional(it->second);
    }
    void record(const domain::IdempotencyKey& key, const domain::StoredResponse& response) override {
        m_s.keys[key.key] = {key.requestHash, response};
    }

    std::vector<domain::LockedBooth> lockBooths(std::int64_t storeId, std::vector<std::int64_t> ids) override {
        std::vector<domain::LockedBooth> result;
        for (auto id : ids) {
            if (storeId == 1 && m_s.booths.count(id)) {
                result.push_back(m_s.booths.at(id));
            }
        }
        return result;
    }
    bool hasActiveVisit(std::int64_t, const std::string& identityRecordId) override {
        return std::any_of(m_s.visits.begin(), m_s.visits.end(), [&](const auto& v) {
            return v.second.visit.identityRecordId == identityRecordId && !v.second.endedAt;
        });
    }
    std::string insertVisit(const domain::NewVisit& visit) override {
        const std::string id = "00000000-0000-4000-8000-" + std::string(11, '0') + std::to_string(m_s.nextVisit++);
        m_s.visits[id] = {visit, std::nullopt, std::nullopt};
        return id;
    }
    void openSegment(std::int64_t, const std::string& visitId, std::int64_t boothId,
                     std::optional<std::int64_t> terminalId, Instant at) override {
        m_s.segments.push_back(
            {static_cast<std::int64_t>(m_s.segments.size() + 1), visitId, boothId, terminalId, at, std::nullopt});
    }
    void setBoothStatus(std::int64_t, std::int64_t boothId, domain::BoothStatus status) override {
        m_s.booths.at(boothId).status = status;
    }
    std::optional<domain::LockedVisit> lockVisit(std::int64_t storeId, const std::string& visitId) override {
        const auto it = m_s.visits.find(visitId);
        if (storeId != 1 || it == m_s.visits.end()) {
            return std::nullopt;
        }
        const auto& v = it->second;
        return domain::LockedVisit{it->first,     v.visit.identityRecordId, v.visit.startedAt,
                                   v.visit.minor, v.visit.minorMustLeaveAt, v.endedAt};
    }
    std::optional<domain::OpenSegment> openSegmentOf(std::int64_t, const std::string& visitId) override {
        for (const auto& s : m_s.segments) {
            if (s.visitId == visitId && !s.endedAt) {
                return domain::OpenSegment{s.id, s.boothId, s.startedAt};
            }
        }
        return std::nullopt;
    }
    std::optional<Instant> lastSegmentEndInBooth(std::int64_t, std::int64_t boothId) override {
        std::optional<Instant> last;
        for (const auto& s : m_s.segments) {
            if (s.boothId == boothId && s.endedAt && (!last || *s.endedAt > *last)) {
                last = s.endedAt;
            }
        }
        return last;
    }
    std::optional<Instant> lastVisitEndOf(std::int64_t, const std::string& identityRecordId) override {
        std::optional<Instant> last;
        for (const auto& [id, v] : m_s.visits) {
            if (v.visit.identityRecordId == identityRecordId && v.endedAt && (!last || *v.endedAt > *last)) {
                last = v.endedAt;
            }
        }
        return last;
    }
    void closeSegment(std::int64_t, std::int64_t segmentId, Instant at) override {
        m_s.segments.at(static_cast<std::size_t>(segmentId - 1)).endedAt = at;
    }
    void endVisit(std::int64_t, const std::string& visitId, Instant at, std::int64_t,
                  domain::CivilDate retentionUntil) override {
        m_s.visits.at(visitId).endedAt = at;
        m_s.visits.at(visitId).retentionUntil = retentionUntil;
    }
    void extendIdentityRetention(std::int64_t, const std::string& id, domain::CivilDate lastServiceOn,
                                 domain::CivilDate retentionUntil) override {
        auto& current = m_s.identityRetention[id];
        current.first = std::max(current.first, lastServiceOn);
        current.second = std::max(current.second, retentionUntil);
    }
    void audit(const domain::AuditEntry& entry) override { m_s.audits.push_back(entry); }

private:
    FakeState& m_s;
};

class FakeVisitRepository : public domain::VisitRepository, public domain::IdempotencyStore {
public:
    FakeState state;
    int transactions = 0;

    void transact(const std::function<void(domain::VisitTransaction&)>& body) override {
        ++transactions;
        FakeState working = state;
        FakeTransaction tx(working);
        body(tx);
        state = std::move(working);
    }
    std::vector<domain::VisitView> listActive(std::int64_t) override { return {}; }
    std::optional<domain::RecordedResponse> find(std::int64_t, const std::string& key) override {
        const auto it = state.keys.find(key);
        return it == state.keys.end() ? std::nullopt : std::optional(it->second);
    }
};

class FakeDirectory : public domain::IdentityDirectory {
public:
    std::map<std::string, domain::IdentitySummary> records;
    std::map<std::string, domain::MemberCardMatch> cards;

    std::optional<domain::IdentitySummary> find(std::int64_t storeId, const std::string& id) override {
        const auto it = records.find(id);
        return storeId == 1 && it != records.end() ? std::optional(it->second) : std::nullopt;
    }
    std::optional<domain::MemberCardMatch> findByCardToken(std::int64_t storeId, const std::string& token) override {
        const auto it = cards.find(token);
        return storeId == 1 && it != cards.end() ? std::optional(it->second) : std::nullopt;
    }
    std::optional<domain::MemberCardMatch> readByCardToken(std::int64_t storeId, const std::string& token,
                                                           const domain::DataAccess& access) override {
        reads.push_back(access);
        return findByCardToken(storeId, token);
    }
    std::vector<domain::DataAccess> reads;
};

class FakeStores : public domain::StoreRepository {
public:
    domain::StoreRules rules = domain::StoreRules::defaults();
    std::optional<domain::Store> find(std::int64_t storeId) override {
        if (storeId != 1) {
            return std::nullopt;
        }
        return domain::Store{1, "test", "Test", rules};
    }
};

class FakeClock : public backend::services::Clock {
public:
    Instant at;
    Instant now() const override { return at; }
};

} // namespace kiroku::tests
