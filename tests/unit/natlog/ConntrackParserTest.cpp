#include "natlog/ConntrackParser.h"

#include <catch2/catch.hpp>

#include <string>

using namespace kiroku::natlog;

namespace {

const ConntrackParser kParser;

NatEvent parsed(std::string_view line) {
    NatEvent event;
    const auto outcome = kParser.parseLine(line, event);
    INFO(line);
    INFO(outcome.reason);
    REQUIRE(outcome.kind == LineOutcome::Kind::Event);
    return event;
}

std::string_view reasonFor(std::string_view line) {
    NatEvent event;
    const auto outcome = kParser.parseLine(line, event);
    INFO(line);
    REQUIRE(outcome.kind == LineOutcome::Kind::Malformed);
    return outcome.reason;
}

std::string text(const Endpoint& e) {
    return toString(e.address) + ":" + std::to_string(e.port);
}

// As conntrack -E -o timestamp,extended prints them (conntrack-tools 1.4.7 on Debian 12).
constexpr std::string_view kNew =
    "[1700000000.123456]\t    [NEW] ipv4     2 tcp      6 120 SYN_SENT src=192.168.10.21 dst=203.0.113.5 "
    "sport=51234 dport=443 [UNREPLIED] src=203.0.113.5 dst=198.51.100.7 sport=443 dport=40001";
constexpr std::string_view kDestroy =
    "[1700000042.000310]\t[DESTROY] ipv4     2 tcp      6 src=192.168.10.21 dst=203.0.113.5 sport=51234 dport=443 "
    "packets=12 bytes=1830 src=203.0.113.5 dst=198.51.100.7 sport=443 dport=40001 packets=10 bytes=9210 [ASSURED] "
    "mark=0 delta-time=42 use=1";

} // namespace

TEST_CASE("a NEW line gives the private endpoint from the original tuple and the public one from the reply tuple",
          "[natlog][conntrack]") {
    const auto event = parsed(kNew);
    CHECK(event.kind == EventKind::New);
    CHECK(event.atMicros == 1700000000123456);
    CHECK(event.protocol == 6);
    CHECK(event.hasPorts);
    CHECK(text(event.privateEndpoint()) == "192.168.10.21:51234");
    CHECK(text(event.publicEndpoint()) == "198.51.100.7:40001");
    CHECK(text(event.originalDestination) == "203.0.113.5:443");
    CHECK(event.deltaSeconds == -1);
}

TEST_CASE("a DESTROY line with counters, flags, mark, delta-time and use is read", "[natlog][conntrack]") {
    const auto event = parsed(kDestroy);
    CHECK(event.kind == EventKind::Destroy);
    CHECK(event.atMicros == 1700000042000310);
    CHECK(text(event.privateEndpoint()) == "192.168.10.21:51234");
    CHECK(text(event.publicEndpoint()) == "198.51.100.7:40001");
    CHECK(event.deltaSeconds == 42);
}

TEST_CASE("an UPDATE of a UDP flow in a zone is read, and old conntrack's space-padded microseconds are a count",
          "[natlog][conntrack]") {
    // conntrack before 1.4.5 printed "%-6ld": 5 µs as "5     ".
    const auto event = parsed("[1700000001.5     ]\t [UPDATE] ipv4     2 udp      17 30 src=192.168.10.22 "
                              "dst=198.51.100.53 sport=53001 dport=53 src=198.51.100.53 dst=198.51.100.7 sport=53 "
                              "dport=53001 mark=0 zone=3 use=2");
    CHECK(event.kind == EventKind::Update);
    CHECK(event.atMicros == 1700000001000005);
    CHECK(event.protocol == 17);
    CHECK(event.zone == 3);
    CHECK(text(event.publicEndpoint()) == "198.51.100.7:53001");
    CHECK(parsed("[1700000001.000005]\t [UPDATE] udp      17 30 src=192.168.10.22 dst=198.51.100.53 sport=53001 "
                 "dport=53 src=198.51.100.53 dst=198.51.100.7 sport=53 dport=53001")
              .atMicros == 1700000001000005);
}

TEST_CASE("ICMP has no ports, and IPv6 connections are read like IPv4 ones", "[natlog][conntrack]") {
    const auto icmp = parsed("[1700000003.000002]\t    [NEW] ipv4     2 icmp     1 30 src=192.168.10.23 dst=8.8.8.8 "
                             "type=8 code=0 id=4242 [UNREPLIED] src=8.8.8.8 dst=198.51.100.7 type=0 code=0 id=4242 "
                             "mark=0 use=1");
    CHECK(icmp.protocol == 1);
    CHECK_FALSE(icmp.hasPorts);
    CHECK(text(icmp.privateEndpoint()) == "192.168.10.23:0");
    CHECK(text(icmp.publicEndpoint()) == "198.51.100.7:0");

    const auto v6 = parsed("[1700000002.000001]\t    [NEW] ipv6     10 tcp      6 120 SYN_SENT src=2001:db8:10::21 "
                           "dst=2606:4700::6810:84e5 sport=50000 dport=443 [UNREPLIED] src=2606:4700::6810:84e5 "
                           "dst=2001:db8:10::21 sport=443 dport=50000");
    CHECK(text(v6.privateEndpoint()) == "2001:db8:10::21:50000");
    CHECK(text(v6.publicEndpoint()) == "2001:db8:10::21:50000");
    const auto icmp6 = parsed("[1700000004.000000]\t    [NEW] ipv6     10 icmpv6   58 30 src=2001:db8:10::21 "
                              "dst=2001:4860:4860::8888 type=128 code=0 id=7 [UNREPLIED] src=2001:4860:4860::8888 "
                              "dst=2001:db8:10::21 type=129 code=0 id=7 mark=0 use=1");
    CHECK(icmp6.protocol == 58);
    CHECK_FALSE(icmp6.hasPorts);
}

TEST_CASE("lines without -o extended, with kernel timestamps, helpers, labels or a userspace origin are read",
          "[natlog][conntrack]") {
    const auto plain = parsed("[1700000000.000000]\t    [NEW] tcp      6 120 SYN_SENT src=192.168.10.21 "
                              "dst=203.0.113.5 sport=51234 dport=443 [UNREPLIED] src=203.0.113.5 dst=198.51.100.7 "
                              "sport=443 dport=40001");
    CHECK(text(plain.publicEndpoint()) == "198.51.100.7:40001");
    const auto rich = parsed(
        "[1700000042.000000]\t[DESTROY] ipv4     2 tcp      6 src=192.168.10.21 dst=203.0.113.5 sport=51234 "
        "dport=21 zone-orig=2 src=203.0.113.5 dst=198.51.100.7 sport=21 dport=40001 zone-reply=2 [ASSURED] mark=7 "
        "secctx=system_u:object_r:unlabeled_t:s0 delta-time=42 [start=Tue Nov 14 22:13:20 2023] "
        "[stop=Tue Nov 14 22:14:02 2023] helper=ftp use=1 id=3735928559 labels=guest,wifi [USERSPACE] portid=4711 "
        "progname=conntrack");
    CHECK(rich.zone == 2);
    CHECK(rich.deltaSeconds == 42);
    CHECK(text(rich.privateEndpoint()) == "192.168.10.21:51234");
    const auto offload = parsed("[1700000000.000000]\t [UPDATE] ipv4     2 udp      17 120 src=192.168.10.21 "
                                "dst=203.0.113.5 sport=5000 dport=5001 src=203.0.113.5 dst=198.51.100.7 sport=5001 "
                                "dport=40002 [OFFLOAD] mark=0 use=2");
    CHECK(offload.kind == EventKind::Update);
    const auto gre = parsed("[1700000000.000000]\t    [NEW] ipv4     2 gre      47 30 src=192.168.10.21 "
                            "dst=203.0.113.5 srckey=0x0 dstkey=0x0 [UNREPLIED] src=203.0.113.5 dst=198.51.100.7 "
                            "srckey=0x0 dstkey=0x0");
    CHECK(gre.protocol == 47);
    CHECK_FALSE(gre.hasPorts);
}

TEST_CASE("a broken line is malformed with a reason that quotes nothing of it", "[natlog][conntrack]") {
    CHECK(reasonFor("    [NEW] tcp      6 120 SYN_SENT src=192.168.10.21 dst=203.0.113.5 sport=1 dport=2 "
                    "src=203.0.113.5 dst=198.51.100.7 sport=2 dport=1")
              .find("-o timestamp") != std::string_view::npos);
    CHECK(reasonFor("[17000x0000.1]\t [NEW] tcp 6 src=1.1.1.1") ==
          "malformed timestamp: expected [seconds.microseconds]");
    CHECK(reasonFor("[1700000000.1234567]\t [NEW] tcp 6") == "malformed timestamp: expected [seconds.microseconds]");
    CHECK(reasonFor("[100.000001]\t [NEW] tcp 6").find("timestamp outside") == 0);
    CHECK(reasonFor("[1700000000.000001]\t [LIST] tcp 6").find("not an event") == 0);
    CHECK(reasonFor("[1700000000.000001]\t [NEW] ipv4 10 tcp 6") == "layer-3 protocol number does not match its name");
    CHECK(reasonFor("[1700000000.000001]\t [NEW] ipv4 2 tcp 17 src=1.1.1.1") ==
          "layer-4 protocol number does not match its name");
    CHECK(reasonFor("[1700000000.000001]\t [NEW] ipv4 2 tcp 6 120 SYN_SENT src=192.168.10.300 dst=203.0.113.5 "
                    "sport=1 dport=2 src=203.0.113.5 dst=198.51.100.7 sport=2 dport=1") == "malformed address in src=");
    CHECK(reasonFor("[1700000000.000001]\t [NEW] ipv4 2 tcp 6 120 SYN_SENT src=192.168.10.21 dst=203.0.113.5 "
                    "sport=1 dport=2") == "missing reply tuple (second src= dst=)");
    CHECK(reasonFor("[1700000000.000001]\t [NEW] ipv4 2 tcp 6 120 SYN_SENT src=192.168.10.21 dst=203.0.113.5 "
                    "sport=1 dport=70000 src=203.0.113.5 dst=198.51.100.7 sport=2 dport=1") == "malformed port");
    CHECK(reasonFor("[1700000000.000001]\t [NEW] ipv4 2 tcp 6 120 SYN_SENT src=192.168.10.21 dst=203.0.113.5 "
                    "sport=1 src=203.0.113.5 dst=198.51.100.7 sport=2 dport=1") == "missing sport= or dport=");
    CHECK(reasonFor("[1700000000.000001]\t [NEW] ipv4 2 tcp 6 120 SYN_SENT src=192.168.10.21 dst=2001:db8::1 "
                    "sport=1 dport=2 src=2001:db8::1 dst=198.51.100.7 sport=2 dport=1") ==
          "IPv4 and IPv6 addresses mixed in one connection");
    CHECK(reasonFor("[1700000000.000001]\t [NEW] ipv6 10 tcp 6 120 SYN_SENT src=192.168.10.21 dst=203.0.113.5 "
                    "sport=1 dport=2 src=203.0.113.5 dst=198.51.100.7 sport=2 dport=1") ==
          "addresses do not match the layer-3 protocol");
    CHECK(reasonFor("[1700000000.000001]\t [NEW] ipv4 2 tcp 6 120 SYN_SENT src=192.168.10.21 dst=203.0.113.5 "
                    "sport=1 dport=2 src=203.0.113.5 dst=198.51.100.7 sport=2 dport=1 [ASSURED") ==
          "unclosed or misplaced '[' ... ']'");
    CHECK(reasonFor("[1700000000.000001]\t [NEW] ipv4 2 tcp 6 120 SYN_SENT src=192.168.10.21 dst=203.0.113.5 "
                    "sport=1 dport=2 hello src=203.0.113.5 dst=198.51.100.7 sport=2 dport=1") ==
          "unexpected word where a key=value field belongs");
    CHECK(reasonFor("[1700000000.000001]\t [NEW] ipv4 2 tcp 6 src=1.1.1.1 dst=1.1.1.2 sport=1 dport=2 src=1.1.1.2 "
                    "dst=1.1.1.1 sport=2 dport=1 src=1.1.1.3 dst=1.1.1.4") ==
          "more than two tuples (src= appears three times)");
}

TEST_CASE("a log is read line by line: bad lines are counted with their numbers and parsing goes on",
          "[natlog][conntrack]") {
    std::string log;
    log += std::string(kNew) + "\r\n";             // 1
    log += "\n";                                   // 2 blank
    log += "# rotated at 2023-11-14T22:15:00Z\n";  // 3 comment
    log += "garbage\n";                            // 4
    log += std::string(kNew.substr(0, 98)) + "\n"; // 5 cut short
    log += std::string(kDestroy);                  // 6, no final line end
    std::vector<NatEvent> events;
    const auto summary = parseLog(kParser, log, events);
    CHECK(summary.lines == 6);
    CHECK(summary.events == 2);
    CHECK(summary.skipped == 2);
    CHECK(summary.malformed == 2);
    REQUIRE(events.size() == 2);
    CHECK(events[0].line == 1);
    CHECK(events[1].line == 6);
    CHECK(events[1].kind == EventKind::Destroy);
    REQUIRE(summary.firstMalformed.size() == 2);
    CHECK(summary.firstMalformed[0].line == 4);
    CHECK(summary.firstMalformed[1].line == 5);
    CHECK(summary.firstMalformed[1].reason == "missing reply tuple (second src= dst=)");

    SECTION("numbering can start where an earlier chunk of the file ended") {
        std::vector<NatEvent> more;
        const auto later = parseLog(kParser, log, more, 1001);
        CHECK(more[1].line == 1006);
        CHECK(later.firstMalformed[0].line == 1004);
    }
}

TEST_CASE("only the first 100 malformed lines are listed, but all are counted, and overlong lines are refused",
          "[natlog][conntrack]") {
    std::string log;
    for (int i = 0; i < 250; ++i) {
        log += i % 2 == 0 ? "nonsense\n" : std::string(kNew) + "\n";
    }
    log += std::string(5000, 'x') + "\n";
    std::vector<NatEvent> events;
    const auto summary = parseLog(kParser, log, events);
    CHECK(summary.lines == 251);
    CHECK(summary.events == 125);
    CHECK(summary.malformed == 126);
    REQUIRE(summary.firstMalformed.size() == kMaxReportedMalformedLines);
    CHECK(summary.firstMalformed.front().line == 1);
    CHECK(summary.firstMalformed.back().line == 199);
}

TEST_CASE("the conntrack format is found by its name", "[natlog]") {
    REQUIRE(parserFor("conntrack") != nullptr);
    CHECK(parserFor("conntrack")->name() == "conntrack");
    CHECK(parserFor("pfsense") == nullptr);
}
