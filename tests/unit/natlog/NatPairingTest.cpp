#include "services/nat/NatPairing.h"
#include "natlog/ConntrackParser.h"

#include <catch2/catch.hpp>

#include <string>

using namespace kiroku;
using backend::services::pairNatEvents;

namespace {

// 2023-11-14T22:13:20Z and on.
constexpr std::int64_t kT0 = 1700000000;
constexpr std::int64_t kFarFuture = 4000000000LL * 1000000;

std::string line(const std::string& kind, std::int64_t seconds, int privatePort, int publicPort,
                 const std::string& remote = "203.0.113.5", const std::string& extra = "") {
    return "[" + std::to_string(seconds) + ".000000]\t" + kind +
           " ipv4     2 tcp      6 src=192.168.10.21 dst=" + remote + " sport=" + std::to_string(privatePort) +
           " dport=443 src=" + remote + " dst=198.51.100.7 sport=443 dport=" + std::to_string(publicPort) + extra +
           "\n";
}

backend::services::NatPairing pair(const std::string& log, std::int64_t latest = kFarFuture) {
    static const natlog::ConntrackParser parser;
    std::vector<natlog::NatEvent> events;
    const auto summary = natlog::parseLog(parser, log, events);
    REQUIRE(summary.malformed == 0);
    return pairNatEvents(events, latest);
}

std::int64_t seconds(std::chrono::system_clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

} // namespace

TEST_CASE("a NEW and its DESTROY make one mapping with both times; the remote end is not kept", "[nat][pairing]") {
    const auto result = pair(line("[NEW]", kT0, 51234, 40001) + line("[UPDATE]", kT0 + 1, 51234, 40001) +
                             line("[DESTROY]", kT0 + 42, 51234, 40001));
    REQUIRE(result.mappings.size() == 1);
    const auto& m = result.mappings[0];
    CHECK(m.protocol == 6);
    CHECK(m.privateIp == "192.168.10.21");
    CHECK(m.privatePort == 51234);
    CHECK(m.publicIp == "198.51.100.7");
    CHECK(m.publicPort == 40001);
    REQUIRE(m.startedAt);
    CHECK(seconds(*m.startedAt) == kT0);
    CHECK(m.keyAt == *m.startedAt);
    REQUIRE(m.endedAt);
    CHECK(seconds(*m.endedAt) == kT0 + 42);
    CHECK_FALSE(m.continuation);
    CHECK_FALSE(m.startEstimated);
}

TEST_CASE("connections to different remote ends through the same public port stay apart", "[nat][pairing]") {
    const auto result =
        pair(line("[NEW]", kT0, 5000, 40001, "203.0.113.5") + line("[NEW]", kT0 + 1, 5000, 40001, "203.0.113.9") +
             line("[DESTROY]", kT0 + 10, 5000, 40001, "203.0.113.9") +
             line("[DESTROY]", kT0 + 20, 5000, 40001, "203.0.113.5"));
    REQUIRE(result.mappings.size() == 2);
    CHECK(seconds(*result.mappings[0].endedAt) == kT0 + 20);
    CHECK(seconds(*result.mappings[1].endedAt) == kT0 + 10);
}

TEST_CASE("an UPDATE or DESTROY without its NEW is kept as a continuation of what an earlier upload opened",
          "[nat][pairing]") {
    const auto result = pair(line("[UPDATE]", kT0 + 5, 1111, 40011) + line("[DESTROY]", kT0 + 9, 1111, 40011) +
                             line("[DESTROY]", kT0 + 50, 2222, 40022) +
                             line("[DESTROY]", kT0 + 60, 3333, 40033, "203.0.113.5", " delta-time=15"));
    REQUIRE(result.mappings.size() == 3);
    const auto& updated = result.mappings[0];
    CHECK(updated.continuation);
    CHECK_FALSE(updated.startedAt);
    CHECK(seconds(updated.keyAt) == kT0 + 5);
    CHECK(seconds(*updated.endedAt) == kT0 + 9);
    const auto& destroyed = result.mappings[1];
    CHECK(destroyed.continuation);
    CHECK_FALSE(destroyed.startedAt);
    CHECK(seconds(destroyed.keyAt) == kT0 + 50);
    const auto& lifetime = result.mappings[2];
    CHECK(lifetime.startEstimated);
    CHECK(seconds(*lifetime.startedAt) == kT0 + 45);
    CHECK(lifetime.keyAt == *lifetime.startedAt);
}

TEST_CASE("lines repeated within an upload add nothing", "[nat][pairing]") {
    const std::string once = line("[NEW]", kT0, 51234, 40001) + line("[DESTROY]", kT0 + 42, 51234, 40001);
    const auto result = pair(once + once);
    CHECK(result.mappings.size() == 1);
    CHECK(result.duplicates == 2);
}

TEST_CASE("events from the future and ends before their start are refused by line number", "[nat][pairing]") {
    const auto latest = (kT0 + 100) * 1000000;
    const auto result =
        pair(line("[NEW]", kT0, 1, 40001) + line("[DESTROY]", kT0 - 5, 1, 40001) + line("[NEW]", kT0 + 101, 2, 40002),
             latest);
    CHECK(result.refused == 2);
    REQUIRE(result.refusedLines.size() == 2);
    CHECK(result.refusedLines[0].line == 2);
    CHECK(result.refusedLines[0].reason.find("ends before it began") == 0);
    CHECK(result.refusedLines[1].line == 3);
    CHECK(result.refusedLines[1].reason == "more than a day ahead of the server's clock");
    REQUIRE(result.mappings.size() == 1);
    CHECK_FALSE(result.mappings[0].endedAt);
}

TEST_CASE("ICMP events have no port to look up by and are only counted", "[nat][pairing]") {
    const auto result = pair("[1700000003.000002]\t    [NEW] ipv4     2 icmp     1 30 src=192.168.10.23 dst=8.8.8.8 "
                             "type=8 code=0 id=4242 [UNREPLIED] src=8.8.8.8 dst=198.51.100.7 type=0 code=0 id=4242\n");
    CHECK(result.mappings.empty());
    CHECK(result.withoutPorts == 1);
}
