#include "audit/AuditChain.h"
#include "crypto/Hash.h"
#include "services/audit/AuditVerifier.h"

#include <catch2/catch.hpp>

#include <map>

using namespace kiroku;
using backend::services::AuditVerifier;
using backend::services::ChainWalker;
namespace audit = backend::audit;

namespace {

domain::AuditEntry sample(int n) {
    domain::AuditEntry e;
    e.storeId = 3;
    e.action = "visit.check_in";
    e.actor = domain::AuditActor::staff(7);
    e.reason = "identity_record";
    e.at = std::chrono::system_clock::time_point(std::chrono::microseconds(1795000000000000 + n));
    e.subjects.push_back({"visit", "00000000-0000-4000-8000-00000000000" + std::to_string(n % 10)});
    e.details["booth_id"] = std::int64_t{n};
    e.details["minor"] = false;
    return e;
}

/// Appends as the storage writer does, into memory.
class MemoryChain : public domain::AuditRepository {
public:
    std::vector<domain::StoredAuditEntry> rows;
    std::optional<domain::AuditHead> recordedHead;

    void append(const domain::AuditEntry& entry) {
        const std::int64_t chain = audit::chainOf(entry);
        const std::int64_t seq = recordedHead ? recordedHead->length + 1 : 1;
        const auto prev = recordedHead ? *audit::digestFromHex(recordedHead->hash) : audit::kGenesis;
        const std::string document = canonical::canonicalize(audit::entryDocument(entry, chain, seq));
        const std::string hash = audit::toHex(audit::linkHash(prev, document));
        rows.push_back({chain, seq, entry.storeId, audit::toMicros(entry.at), entry.action, entry.actor.staffId,
                        document, audit::toHex(prev), hash});
        recordedHead = domain::AuditHead{chain, seq, hash};
    }

    std::optional<domain::AuditHead> scan(std::int64_t, std::int64_t afterSeq, std::size_t,
                                          const std::function<bool(const domain::StoredAuditEntry&)>& visit) override {
        auto sorted = rows;
        std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.seq < b.seq; });
        for (const auto& row : sorted) {
            if (row.seq <= afterSeq) {
                continue;
            }
            if (!visit(row)) {
                break;
            }
        }
        return recordedHead;
    }
    std::optional<domain::StoredAuditEntry> entryAt(std::int64_t, std::int64_t seq) override {
        for (const auto& row : rows) {
            if (row.seq == seq) {
                return row;
            }
        }
        return std::nullopt;
    }
    std::vector<std::int64_t> chains() override { return {3}; }
};

MemoryChain chainOf(int n) {
    MemoryChain chain;
    for (int i = 1; i <= n; ++i) {
        chain.append(sample(i));
    }
    return chain;
}

} // namespace

TEST_CASE("an entry's hash is SHA-256 of the previous hash followed by its canonical document", "[audit]") {
    const auto entry = sample(1);
    const std::string document = canonical::canonicalize(audit::entryDocument(entry, 3, 1));
    CHECK(document ==
          R"({"action":"visit.check_in","actor":{"kind":"staff","staff_id":7},"at_us":1795000000000001,)"
          R"("chain":3,"details":{"booth_id":1,"minor":false},"reason":"identity_record","seq":1,)"
          R"("store_id":3,"subjects":[{"id":"00000000-0000-4000-8000-000000000001","kind":"visit"}],"v":1})");
    const std::string input = std::string(32, '\0') + document;
    CHECK(audit::toHex(audit::linkHash(audit::kGenesis, document)) == crypto::sha256Hex(input));
}

TEST_CASE("a chain written by the writer's rules verifies from its first entry to its head", "[audit]") {
    auto chain = chainOf(20);
    AuditVerifier verifier(chain);
    const auto result = verifier.verify(3);
    CHECK(result.ok);
    CHECK(result.length == 20);
    CHECK(result.headHash == chain.recordedHead->hash);
    CHECK_FALSE(result.firstBroken);
}

TEST_CASE("an empty chain verifies with the genesis hash", "[audit]") {
    MemoryChain chain;
    const auto result = AuditVerifier(chain).verify(3);
    CHECK(result.ok);
    CHECK(result.length == 0);
    CHECK(result.headHash == std::string(64, '0'));
}

TEST_CASE("a changed entry document breaks the chain at that entry", "[audit]") {
    auto chain = chainOf(10);
    auto& row = chain.rows[4];
    row.document.replace(row.document.find("identity_record"), 15, "manual_override");
    const auto result = AuditVerifier(chain).verify(3);
    REQUIRE_FALSE(result.ok);
    CHECK(result.firstBroken->seq == 5);
    CHECK(result.firstBroken->code == "hash_mismatch");
    CHECK(result.length == 4);
}

TEST_CASE("a query column that disagrees with the hashed document is reported", "[audit]") {
    auto chain = chainOf(6);
    chain.rows[2].staffId = 99;
    const auto result = AuditVerifier(chain).verify(3);
    REQUIRE_FALSE(result.ok);
    CHECK(result.firstBroken->seq == 3);
    CHECK(result.firstBroken->code == "entry_mismatch");
}

TEST_CASE("a deleted entry shows as a gap at its position", "[audit]") {
    auto chain = chainOf(8);
    chain.rows.erase(chain.rows.begin() + 3);
    const auto result = AuditVerifier(chain).verify(3);
    REQUIRE_FALSE(result.ok);
    CHECK(result.firstBroken->seq == 4);
    CHECK(result.firstBroken->code == "sequence_gap");
}

TEST_CASE("swapping two entries' positions breaks the chain at the first of them", "[audit]") {
    auto chain = chainOf(8);
    std::swap(chain.rows[2].seq, chain.rows[3].seq);
    const auto result = AuditVerifier(chain).verify(3);
    REQUIRE_FALSE(result.ok);
    CHECK(result.firstBroken->seq == 3);
    CHECK(result.firstBroken->code == "prev_hash_mismatch");
}

TEST_CASE("a removed last entry shows as a head beyond the log", "[audit]") {
    auto chain = chainOf(5);
    chain.rows.pop_back();
    const auto result = AuditVerifier(chain).verify(3);
    REQUIRE_FALSE(result.ok);
    CHECK(result.firstBroken->code == "head_mismatch");
    CHECK(result.firstBroken->seq == 5);
}

TEST_CASE("a chain walker refuses to go on after the first break", "[audit]") {
    auto chain = chainOf(3);
    ChainWalker walker(3);
    chain.rows[1].prevHash = std::string(64, 'a');
    CHECK_FALSE(walker.next(chain.rows[0]));
    CHECK(walker.next(chain.rows[1]));
    CHECK_THROWS_AS(walker.next(chain.rows[2]), std::logic_error);
}

TEST_CASE("a walk from a trusted position checks only the entries after it, counting from the chain's start",
          "[audit]") {
    auto chain = chainOf(10);
    chain.rows[1].document = "{}"; // before the trusted position: not read
    const auto result = AuditVerifier(chain).verifyFrom(3, 5, chain.rows[4].hash);
    CHECK(result.ok);
    CHECK(result.length == 10);
    chain.rows[7].document.replace(chain.rows[7].document.find("identity_record"), 15, "manual_override");
    const auto broken = AuditVerifier(chain).verifyFrom(3, 5, chain.rows[4].hash);
    REQUIRE_FALSE(broken.ok);
    CHECK(broken.firstBroken->seq == 8);
    const auto wrongStart = AuditVerifier(chain).verifyFrom(3, 5, std::string(64, 'f'));
    REQUIRE_FALSE(wrongStart.ok);
    CHECK(wrongStart.firstBroken->seq == 6);
}
