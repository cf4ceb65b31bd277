#include "PoliceTestSupport.h"

#include "services/nat/NatIngestService.h"
#include "services/retention/LegalHoldService.h"
#include "services/retention/PurgeService.h"
#include "storage/PgLegalHoldRepository.h"
#include "storage/PgNatMappingRepository.h"
#include "storage/PgRetentionStore.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kiroku;
using namespace kiroku::test;
using backend::services::PoliceCaller;

namespace {

std::int64_t epochSeconds(Instant t) {
    return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

/// One conntrack event line: a TCP connection from a booth PC through the gateway's public address 198.51.100.7.
std::string conntrack(const std::string& kind, Instant t, int privatePort, int publicPort) {
    return "[" + std::to_string(epochSeconds(t)) + ".000000]\t" + kind +
           " ipv4     2 tcp      6 src=192.168.10.21 dst=203.0.113.5 sport=" + std::to_string(privatePort) +
           " dport=443 src=203.0.113.5 dst=198.51.100.7 sport=443 dport=" + std::to_string(publicPort) + "\n";
}

/// PC-01 (booth B01, configured 192.168.10.21): customer A 10:00–10:30, customer B 10:40–11:30 on 20 November.
/// The gateway's log: a connection from PC-01 opened at 10:20 (A) and closed at 10:50 (after A left and B sat
/// down) on public port 40001; one on port 40002 whose start the log never showed, closed at 11:10.
struct Gateway {
    PoliceStore s;
    std::string customerA = s.verify({"山田 太郎", "ヤマダ タロウ", "1990-05-01", "123456789012"});
    std::string customerB = s.verify({"佐藤 花子", "サトウ ハナコ", "1988-02-03", "234567890123"});
    std::string visitA, visitB;

    Gateway() {
        {
            auto c = s.db.connect();
            pqxx::work tx(*c);
            tx.exec_params0("UPDATE terminals SET private_ip = '192.168.10.21' WHERE id = $1", s.terminals.at("PC-01"));
            tx.commit();
        }
        visitA = s.checkIn(customerA, "B01", tokyo(20, 10));
        s.checkout(visitA, tokyo(20, 10, 30));
        visitB = s.checkIn(customerB, "B01", tokyo(20, 10, 40));
        s.checkout(visitB, tokyo(20, 11, 30));

        backend::storage::PgNatMappingRepository mappings{s.pool};
        backend::services::NatIngestService ingest{mappings, s.clock};
        backend::services::NatIngestRequest upload;
        upload.storeId = s.manager.storeId;
        const std::string log = conntrack("[NEW]", tokyo(20, 10, 20), 51234, 40001) +
                                conntrack("[DESTROY]", tokyo(20, 10, 50), 51234, 40001) +
                                conntrack("[DESTROY]", tokyo(20, 11, 10), 52000, 40002);
        upload.content = log;
        REQUIRE(ingest.ingest(upload).malformed == 0);
        s.clock.set(tokyo(22, 15));
    }

    std::string answer(int port, Instant at, Instant from, Instant to, int tolerance = 0) {
        auto in = paperRequest(from, to);
        in.question.kind = domain::QuestionKind::PublicEndpoint;
        in.question.publicIp = "198.51.100.7";
        in.question.sourcePort = port;
        in.question.at = at;
        in.question.toleranceSeconds = tolerance;
        const auto id = s.police.submit(PoliceCaller{s.managerA(), std::nullopt}, in, std::nullopt).stored.id;
        s.police.approve(s.managerB(), id);
        return s.police.answer(s.managerA(), id).document;
    }
};

bool mentions(const std::string& document, const std::string& text) {
    return document.find(text) != std::string::npos;
}

} // namespace

TEST_CASE("a public address and port lead through the NAT log to the customer who opened the connection, even after "
          "their checkout",
          "[police][nat][db]") {
    Gateway g;
    // At 10:45 customer B sits at PC-01, but the connection on port 40001 was opened at 10:20 by customer A.
    const auto document = g.answer(40001, tokyo(20, 10, 45), tokyo(20, 10), tokyo(20, 11));
    CHECK(mentions(document, R"("record_count":1)"));
    CHECK(mentions(document, g.customerA));
    CHECK(mentions(document, g.visitA));
    CHECK(mentions(document, "山田 太郎"));
    CHECK_FALSE(mentions(document, g.customerB));
    CHECK_FALSE(mentions(document, "佐藤"));
    // The mapping the answer went through, with the terminal and where its address came from.
    CHECK(mentions(document, R"("nat_mappings":[{)"));
    CHECK(mentions(document, R"("private":{"ip":"192.168.10.21","port":51234})"));
    CHECK(mentions(document, R"("public":{"ip":"198.51.100.7","port":40001})"));
    CHECK(mentions(document, R"("terminal":"PC-01","terminal_address_source":"configured")"));
}

TEST_CASE("a public-endpoint answer never discloses a visit outside the scope, nor someone who did not open the "
          "connection",
          "[police][nat][db]") {
    Gateway g;
    // The scope starts after customer A left: A opened the connection, so nobody is disclosed, and the mapping is
    // still shown.
    const auto document = g.answer(40001, tokyo(20, 10, 45), tokyo(20, 10, 35), tokyo(20, 11));
    CHECK(mentions(document, R"("record_count":0)"));
    CHECK_FALSE(mentions(document, g.customerA));
    CHECK_FALSE(mentions(document, g.customerB));
    CHECK(mentions(document, R"("port":40001})"));
}

TEST_CASE("a mapping whose start the log did not show leads to whoever used the terminal at the asked time",
          "[police][nat][db]") {
    Gateway g;
    const auto document = g.answer(40002, tokyo(20, 11, 5), tokyo(20, 11), tokyo(20, 12), 60);
    CHECK(mentions(document, R"("record_count":1)"));
    CHECK(mentions(document, g.visitB));
    CHECK_FALSE(mentions(document, g.visitA));
    CHECK(mentions(document, R"("started_at":null)"));

    // A port the gateway never mapped: an answer with nothing in it, not an error.
    const auto nothing = g.answer(40009, tokyo(20, 11, 5), tokyo(20, 11), tokyo(20, 12), 60);
    CHECK(mentions(nothing, R"("record_count":0)"));
    CHECK(mentions(nothing, R"("nat_mappings":[])"));
}

TEST_CASE("a public-endpoint answer's hold keeps the NAT mappings it went through, not their month, until it is "
          "released",
          "[police][nat][retention][holds][db]") {
    Gateway g;
    g.answer(40001, tokyo(20, 10, 45), tokyo(20, 10), tokyo(20, 11));
    backend::storage::PgLegalHoldRepository holdRepository{g.s.pool};
    backend::services::LegalHoldService holds{holdRepository, g.s.stores, g.s.clock};
    const auto placed = holds.list(g.s.managerA());
    REQUIRE(placed.size() == 1);
    const auto hold = placed.front();
    CHECK(hold.items.visitIds == std::vector<std::string>{g.visitA});
    REQUIRE(hold.items.natMappings.size() == 1);
    CHECK(hold.items.natMappings[0].publicIp == "198.51.100.7");
    CHECK(hold.items.natMappings[0].publicPort == 40001);
    CHECK(hold.items.natMappings[0].keyAt == tokyo(20, 10, 20));

    // 2 December 2029 in Tokyo: November 2026's NAT log (two mappings) is past retention; the hold keeps the one
    // the answer went through (port 40001), the other goes.
    const auto noon = [](unsigned day) {
        return std::chrono::sys_days{std::chrono::year{2029} / std::chrono::December / std::chrono::day{day}} +
               std::chrono::hours{3};
    };
    backend::storage::PgRetentionStore retention{g.s.pool};
    backend::services::PurgeService purge{retention, g.s.stores, g.s.keys, g.s.signer};
    backend::services::PurgeOptions dry;
    dry.dryRun = true;
    const auto preview = purge.run(noon(2), dry);
    CHECK(preview.counts.at("nat_mappings") == 1);
    CHECK(preview.heldBack.at("nat_mappings") == 1);
    CHECK(g.s.count("SELECT count(*) FROM nat_mappings") == 2);

    const auto kept = purge.run(noon(2), {});
    CHECK(kept.counts.at("nat_mappings") == 1);
    CHECK(kept.heldBack.at("nat_mappings") == 1);
    CHECK(kept.holdIds == std::vector<std::string>{hold.id});
    CHECK(std::count(kept.partitionsDropped.begin(), kept.partitionsDropped.end(), "nat_mappings_p202611") == 0);
    REQUIRE(kept.signatures.size() == 1);
    CHECK(kept.signatures[0].document.find(hold.id) != std::string::npos);
    CHECK(g.s.count("SELECT count(*) FROM nat_mappings") == 1);
    CHECK(g.s.count("SELECT count(*) FROM nat_mappings_p202611 "
                    "WHERE public_port = 40001 AND key_at = '2026-11-20 01:20:00+00'") == 1);
    // The kept mapping still leads to the terminal and the visit, and a second purge changes nothing.
    const auto again = g.answer(40001, tokyo(20, 10, 45), tokyo(20, 10), tokyo(20, 11));
    CHECK(mentions(again, g.visitA));
    const auto second = purge.run(noon(2), {});
    CHECK(second.counts.at("nat_mappings") == 0);
    CHECK(second.heldBack.at("nat_mappings") == 1);

    g.s.clock.set(noon(2));
    for (const auto& h : holds.list(g.s.managerA())) {
        holds.release(g.s.managerA(), h.id);
    }
    const auto dropped = purge.run(noon(3), {});
    CHECK(dropped.counts.at("nat_mappings") == 1);
    CHECK(dropped.holdIds.empty());
    CHECK(std::count(dropped.partitionsDropped.begin(), dropped.partitionsDropped.end(), "nat_mappings_p202611") == 1);
    CHECK(g.s.count("SELECT count(*) FROM nat_mappings") == 0);
}
