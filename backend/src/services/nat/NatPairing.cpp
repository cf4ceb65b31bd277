#include "services/nat/NatPairing.h"

#include "natlog/NatLogParser.h"

#include <unordered_map>

namespace kiroku::backend::services {

namespace {

// conntrack's identity of a connection while it lives.
struct FlowKey {
    std::uint8_t protocol = 0;
    std::uint16_t zone = 0;
    natlog::Endpoint source;
    natlog::Endpoint destination;

    friend bool operator==(const FlowKey&, const FlowKey&) = default;
};

struct FlowKeyHash {
    std::size_t operator()(const FlowKey& k) const noexcept {
        const std::hash<natlog::IpAddress> address;
        std::size_t h = address(k.source.address) * 31 + address(k.destination.address);
        h = h * 31 + (static_cast<std::size_t>(k.source.port) << 16 | k.destination.port);
        return h * 31 + (static_cast<std::size_t>(k.protocol) << 16 | k.zone);
    }
};

struct Candidate {
    std::uint8_t protocol = 0;
    natlog::Endpoint privateEndpoint;
    natlog::Endpoint publicEndpoint;
    std::int64_t keyMicros = 0;
    std::optional<std::int64_t> startedMicros;
    bool startEstimated = false;
    std::optional<std::int64_t> endedMicros;
    bool continuation = false;
};

struct Latest {
    std::size_t index = 0;
    bool open = false;
};

std::chrono::system_clock::time_point instant(std::int64_t micros) {
    return std::chrono::system_clock::time_point(
        std::chrono::duration_cast<std::chrono::system_clock::duration>(std::chrono::microseconds(micros)));
}

} // namespace

NatPairing pairNatEvents(const std::vector<natlog::NatEvent>& events, std::int64_t latestMicros) {
    NatPairing result;
    std::vector<Candidate> candidates;
    candidates.reserve(events.size() / 2 + 1);
    std::unordered_map<FlowKey, Latest, FlowKeyHash> flows;
    flows.reserve(events.size() / 2 + 1);
    const auto refuse = [&](const natlog::NatEvent& e, const char* reason) {
        ++result.refused;
        if (result.refusedLines.size() < natlog::kMaxReportedMalformedLines) {
            result.refusedLines.push_back({e.line, reason});
        }
    };
    const auto open = [&](const natlog::NatEvent& e, const FlowKey& key) -> Candidate& {
        Candidate c;
        c.protocol = e.protocol;
        c.privateEndpoint = e.privateEndpoint();
        c.publicEndpoint = e.publicEndpoint();
        c.keyMicros = e.atMicros;
        candidates.push_back(c);
        flows[key] = {candidates.size() - 1, true};
        return candidates.back();
    };

    for (const auto& e : events) {
        if (!e.hasPorts) {
            ++result.withoutPorts;
            continue;
        }
        if (e.atMicros > latestMicros) {
            refuse(e, "more than a day ahead of the server's clock");
            continue;
        }
        const FlowKey key{e.protocol, e.zone, e.originalSource, e.originalDestination};
        const auto found = flows.find(key);
        Candidate* latest = found == flows.end() ? nullptr : &candidates[found->second.index];
        const bool isOpen = latest != nullptr && found->second.open;
        switch (e.kind) {
        case natlog::EventKind::New:
            if (latest != nullptr && latest->startedMicros == e.atMicros && !latest->startEstimated) {
                ++result.duplicates;
                break;
            }
            // An open one whose DESTROY never came stays open; this is a new connection.
            open(e, key).startedMicros = e.atMicros;
            break;
        case natlog::EventKind::Update:
            if (isOpen || (latest != nullptr && latest->endedMicros && e.atMicros <= *latest->endedMicros)) {
                break; // confirms what is known
            }
            open(e, key).continuation = true;
            break;
        case natlog::EventKind::Destroy:
            if (isOpen) {
                if (e.atMicros < latest->keyMicros) {
                    refuse(e, "ends before it began (did the gateway's clock step back?)");
                    break;
                }
                latest->endedMicros = e.atMicros;
                found->second.open = false;
                break;
            }
            if (latest != nullptr && latest->endedMicros == e.atMicros) {
                ++result.duplicates;
                break;
            }
            {
                Candidate& c = open(e, key);
                c.continuation = true;
                c.endedMicros = e.atMicros;
                if (e.deltaSeconds >= 0 && e.deltaSeconds <= e.atMicros / 1000000) {
                    c.keyMicros = e.atMicros - e.deltaSeconds * 1000000;
                    c.startedMicros = c.keyMicros;
                    c.startEstimated = true;
                }
                flows[key].open = false;
            }
            break;
        }
    }

    result.mappings.reserve(candidates.size());
    for (const auto& c : candidates) {
        domain::NatMappingRecord record;
        record.protocol = c.protocol;
        record.privateIp = natlog::toString(c.privateEndpoint.address);
        record.privatePort = c.privateEndpoint.port;
        record.publicIp = natlog::toString(c.publicEndpoint.address);
        record.publicPort = c.publicEndpoint.port;
        record.keyAt = instant(c.keyMicros);
        if (c.startedMicros) {
            record.startedAt = instant(*c.startedMicros);
        }
        record.startEstimated = c.startEstimated;
        if (c.endedMicros) {
            record.endedAt = instant(*c.endedMicros);
        }
        record.continuation = c.continuation;
        result.mappings.push_back(std::move(record));
    }
    return result;
}

} // namespace kiroku::backend::services
