#include "services/nat/NatIngestService.h"

#include "crypto/Hash.h"
#include "domain/Errors.h"
#include "natlog/NatLogParser.h"
#include "services/nat/NatPairing.h"

#include <algorithm>

namespace kiroku::backend::services {

domain::NatIngestResult NatIngestService::ingest(const NatIngestRequest& request) {
    const natlog::NatLogParser* parser = natlog::parserFor(request.format);
    if (parser == nullptr) {
        throw domain::ValidationError("format", "is not a NAT log format this server reads (conntrack)");
    }
    std::vector<natlog::NatEvent> events;
    const natlog::ParseSummary parsed = natlog::parseLog(*parser, request.content, events, request.firstLine);
    const auto latest = m_clock.now() + std::chrono::hours(24);
    const NatPairing paired =
        pairNatEvents(events, std::chrono::duration_cast<std::chrono::microseconds>(latest.time_since_epoch()).count());

    domain::NatUpload upload;
    upload.storeId = request.storeId;
    upload.gatewayId = request.gatewayId;
    upload.format = std::string(parser->name());
    upload.contentSha256 = crypto::sha256Hex(request.content);
    upload.firstLine = request.firstLine;
    upload.lines = parsed.lines;
    upload.events = parsed.events;
    upload.skipped = parsed.skipped + paired.withoutPorts + paired.duplicates;
    upload.malformed = parsed.malformed + paired.refused;
    // The parser's and the pairing's refusals, merged in line order, the first 100.
    for (const auto& line : parsed.firstMalformed) {
        upload.malformedLines.push_back({line.line, std::string(line.reason)});
    }
    upload.malformedLines.insert(upload.malformedLines.end(), paired.refusedLines.begin(), paired.refusedLines.end());
    std::stable_sort(upload.malformedLines.begin(), upload.malformedLines.end(),
                     [](const auto& a, const auto& b) { return a.line < b.line; });
    if (upload.malformedLines.size() > natlog::kMaxReportedMalformedLines) {
        upload.malformedLines.resize(natlog::kMaxReportedMalformedLines);
    }
    return m_repository.ingest(upload, paired.mappings);
}

} // namespace kiroku::backend::services
