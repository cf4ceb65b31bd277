// Gateway NAT logs in the conntrack event format, and the address parser under them.
#include "FuzzCheck.h"
#include "natlog/ConntrackParser.h"
#include "natlog/IpAddress.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

using namespace kiroku::natlog;

namespace {

void checkAddressRoundTrip(const IpAddress& address) {
    char text[kMaxIpText];
    const std::size_t length = formatIpAddress(address, text);
    KIROKU_FUZZ_CHECK(length > 0 && length <= kMaxIpText);
    const auto again = parseIpAddress(std::string_view(text, length));
    KIROKU_FUZZ_CHECK(again && *again == address);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto address = parseIpAddress(text)) {
        KIROKU_FUZZ_CHECK(address->family == 4 || address->family == 6);
        checkAddressRoundTrip(*address);
    }

    static const ConntrackParser parser;
    std::vector<NatEvent> events;
    const ParseSummary summary = parseLog(parser, text, events, 7);
    KIROKU_FUZZ_CHECK(summary.lines == summary.events + summary.skipped + summary.malformed);
    KIROKU_FUZZ_CHECK(events.size() == summary.events);
    KIROKU_FUZZ_CHECK(summary.firstMalformed.size() <= kMaxReportedMalformedLines);
    KIROKU_FUZZ_CHECK(summary.firstMalformed.size() == summary.malformed ||
                      summary.firstMalformed.size() == kMaxReportedMalformedLines);
    std::uint64_t previous = 0;
    for (const auto& bad : summary.firstMalformed) {
        KIROKU_FUZZ_CHECK(bad.line >= 7 && bad.line < 7 + summary.lines && bad.line > previous);
        KIROKU_FUZZ_CHECK(!bad.reason.empty());
        previous = bad.line;
    }
    previous = 0;
    for (const auto& event : events) {
        KIROKU_FUZZ_CHECK(event.line >= 7 && event.line < 7 + summary.lines && event.line > previous);
        previous = event.line;
        KIROKU_FUZZ_CHECK(event.atMicros >= 946684800LL * 1000000 && event.atMicros < 4102444800LL * 1000000);
        const auto family = event.originalSource.address.family;
        KIROKU_FUZZ_CHECK(family == 4 || family == 6);
        for (const Endpoint* e :
             {&event.originalSource, &event.originalDestination, &event.replySource, &event.replyDestination}) {
            KIROKU_FUZZ_CHECK(e->address.family == family);
            KIROKU_FUZZ_CHECK(event.hasPorts || e->port == 0);
            checkAddressRoundTrip(e->address);
        }
    }
    return 0;
}
