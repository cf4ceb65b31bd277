#include "http/handlers/TerminalEventHandler.h"
#include "services/visits/Clock.h"

#include <catch2/catch.hpp>

#include <thread>

using kiroku::backend::http::canonicalIpAddress;
using kiroku::backend::http::canonicalMacAddress;

TEST_CASE("a terminal's MAC address is six hex pairs, stored lower-case with colons", "[visits][terminal]") {
    CHECK(canonicalMacAddress("00:1A:2b:3C:4d:5E") == "00:1a:2b:3c:4d:5e");
    CHECK(canonicalMacAddress("00-1a-2b-3c-4d-5e") == "00:1a:2b:3c:4d:5e");
    CHECK_FALSE(canonicalMacAddress("00:1a:2b:3c:4d"));
    CHECK_FALSE(canonicalMacAddress("00:1a:2b-3c:4d:5e"));
    CHECK_FALSE(canonicalMacAddress("00:1a:2b:3c:4d:5g"));
    CHECK_FALSE(canonicalMacAddress("001a.2b3c.4d5e.f"));
    CHECK_FALSE(canonicalMacAddress(""));
}

TEST_CASE("a terminal's private address is one IPv4 or IPv6 host address", "[visits][terminal]") {
    CHECK(canonicalIpAddress("192.168.10.21") == "192.168.10.21");
    CHECK(canonicalIpAddress("fd00::1") == "fd00::1");
    CHECK_FALSE(canonicalIpAddress("192.168.10.256"));
    CHECK_FALSE(canonicalIpAddress("192.168.10.0/24"));
    CHECK_FALSE(canonicalIpAddress("fe80::1%eth0"));
    CHECK_FALSE(canonicalIpAddress("pc-01.local"));
    CHECK_FALSE(canonicalIpAddress(""));
}

TEST_CASE("the testing clock starts at the configured instant and runs on from there", "[visits][clock]") {
    using namespace std::chrono;
    const auto start = sys_days{year{2026} / 11 / 22} + hours{14} + minutes{59} + seconds{59};
    const kiroku::backend::services::ShiftedClock clock(start);
    const auto first = clock.now();
    CHECK(first >= start);
    CHECK(first - start < seconds(1));
    std::this_thread::sleep_for(milliseconds(20));
    CHECK(clock.now() - first >= milliseconds(20));
}
