#include "natlog/IpAddress.h"

#include <catch2/catch.hpp>

using namespace kiroku::natlog;

namespace {
std::string canonical(std::string_view text) {
    const auto address = parseIpAddress(text);
    REQUIRE(address);
    return toString(*address);
}
} // namespace

TEST_CASE("IPv4 addresses are read as dotted quads and written back the same way", "[natlog][ip]") {
    CHECK(canonical("192.168.10.21") == "192.168.10.21");
    CHECK(canonical("0.0.0.0") == "0.0.0.0");
    CHECK(canonical("255.255.255.255") == "255.255.255.255");
    const auto a = parseIpv4("198.51.100.7");
    REQUIRE(a);
    CHECK(a->family == 4);
    CHECK(a->bytes[0] == 198);
    CHECK(a->bytes[3] == 7);
    for (const char* bad : {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1..2.3", "1.2.3.4 ", "a.b.c.d",
                            "1.2.3.-4", "1234.1.1.1"}) {
        INFO(bad);
        CHECK_FALSE(parseIpAddress(bad));
    }
}

TEST_CASE("IPv6 addresses in any RFC 4291 spelling are written back in the RFC 5952 form", "[natlog][ip]") {
    CHECK(canonical("2001:db8:10::21") == "2001:db8:10::21");
    CHECK(canonical("2001:0DB8:0000:0000:0000:0000:0000:0001") == "2001:db8::1");
    CHECK(canonical("::") == "::");
    CHECK(canonical("::1") == "::1");
    CHECK(canonical("fe80::") == "fe80::");
    CHECK(canonical("2001:db8:0:1:0:0:0:1") == "2001:db8:0:1::1");      // the longer zero run wins
    CHECK(canonical("2001:db8:0:0:1:0:0:1") == "2001:db8::1:0:0:1");    // the first of two equal runs
    CHECK(canonical("2001:db8:1:1:1:1:0:1") == "2001:db8:1:1:1:1:0:1"); // one zero group stays
    CHECK(canonical("::ffff:192.168.10.21") == "::ffff:c0a8:a15");
    CHECK(canonical("2606:4700::6810:84e5") == "2606:4700::6810:84e5");
    for (const char* bad : {":", ":::", "1::2::3", "2001:db8:::1", "12345::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7",
                            "::ffff:1.2.3", "g::1", "1:2:3:4:5:6:7:8::", "::1:", ":1::"}) {
        INFO(bad);
        CHECK_FALSE(parseIpAddress(bad));
    }
}
