#include "cli/Command.h"
#include "services/nat/NatIngestService.h"
#include "services/visits/Clock.h"
#include "storage/ConnectionPool.h"
#include "storage/PgGatewayRepository.h"
#include "storage/PgNatMappingRepository.h"
#include "storage/PgStoreAdminRepository.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <ostream>

namespace kiroku::backend::cli {

namespace {

// A file is stored in chunks of about this size, cut at a line end, each in one transaction and recognised by
// its content hash when the same file is given again. Fixed, so that a rerun cuts the file the same way.
constexpr std::size_t kChunkBytes = 4 * 1024 * 1024;

std::uint64_t countLines(std::string_view chunk) {
    const auto ends = static_cast<std::uint64_t>(std::count(chunk.begin(), chunk.end(), '\n'));
    return ends + (!chunk.empty() && chunk.back() != '\n' ? 1 : 0);
}

} // namespace

Command ingestNatCommand() {
    return {"ingest-nat", "ingest-nat FILE [--store CODE] [--format conntrack]",
            "store a gateway's NAT log (conntrack -E -o timestamp,extended; FILE '-' reads standard input) in chunks "
            "of 4 MiB, one transaction each; malformed lines are reported by number and skipped; running it again "
            "on the same file stores nothing twice (--store may be left out when there is only one store)",
            [](CommandContext& ctx) {
                if (ctx.args.empty() || (ctx.args[0].rfind("--", 0) == 0)) {
                    throw std::invalid_argument("give the log FILE (or - for standard input) first");
                }
                const std::string file = ctx.args[0];
                auto options = parseOptions(std::vector<std::string>(ctx.args.begin() + 1, ctx.args.end()), {},
                                            {"store", "format"});
                const std::string format = options.count("format") ? options["format"] : "conntrack";
                if (format != "conntrack") {
                    throw std::invalid_argument("--format must be conntrack (the only format read so far)");
                }
                std::ifstream opened;
                std::istream* in = &std::cin;
                if (file != "-") {
                    opened.open(file, std::ios::binary);
                    if (!opened) {
                        ctx.err << "kirokuctl ingest-nat: cannot read the file given\n";
                        return kExitDataErr;
                    }
                    in = &opened;
                }

                storage::ConnectionPool pool(ctx.settings.database.dsn, 1, std::chrono::seconds(10));
                std::optional<std::int64_t> store;
                if (options.count("store")) {
                    store = storage::PgStoreAdminRepository(pool).findStore(options["store"]);
                    if (!store) {
                        ctx.err << "kirokuctl ingest-nat: no store with --store " << options["store"] << '\n';
                        return kExitDataErr;
                    }
                } else {
                    store = storage::PgGatewayRepository(pool).soleStore();
                    if (!store) {
                        throw std::invalid_argument("--store is needed: there is not exactly one store");
                    }
                }
                storage::PgNatMappingRepository repository(pool);
                services::SystemClock clock;
                services::NatIngestService ingest(repository, clock);

                std::string buffer;
                std::vector<char> block(kChunkBytes);
                std::uint64_t firstLine = 1;
                std::uint64_t totals[4] = {}; // lines, malformed, inserted, closed
                std::size_t listed = 0;
                bool done = false;
                while (!done) {
                    while (buffer.size() < kChunkBytes && *in) {
                        in->read(block.data(), static_cast<std::streamsize>(kChunkBytes - buffer.size()));
                        buffer.append(block.data(), static_cast<std::size_t>(in->gcount()));
                    }
                    done = !*in;
                    std::size_t cut = buffer.size();
                    if (!done) {
                        const auto lastEnd = buffer.rfind('\n');
                        cut = lastEnd == std::string::npos ? buffer.size() : lastEnd + 1;
                    }
                    if (cut == 0) {
                        break;
                    }
                    const std::string_view chunk(buffer.data(), cut);
                    const std::uint64_t lines = countLines(chunk);
                    services::NatIngestRequest request;
                    request.storeId = *store;
                    request.format = format;
                    request.content = chunk;
                    request.firstLine = firstLine;
                    domain::NatIngestResult result;
                    try {
                        result = ingest.ingest(request);
                    } catch (const std::exception& e) {
                        ctx.err << "kirokuctl ingest-nat: lines " << firstLine << "-" << firstLine + lines - 1
                                << " were not stored (their transaction was rolled back: " << e.what() << ")";
                        if (firstLine > 1) {
                            ctx.err << "; lines 1-" << firstLine - 1 << " are stored";
                        }
                        ctx.err << "; running the same command again is safe\n";
                        return kExitUnavailable;
                    }
                    ctx.out << "lines " << firstLine << "-" << firstLine + lines - 1 << ": "
                            << (result.duplicate ? "already stored as upload " : "stored as upload ") << result.uploadId
                            << " (" << result.events << " events, " << result.skipped << " skipped, "
                            << result.malformed << " malformed; mappings " << result.mappingsInserted << " new, "
                            << result.mappingsClosed << " closed, " << result.mappingsKnown << " already stored)\n";
                    for (const auto& problem : result.malformedLines) {
                        if (listed++ < 100) {
                            ctx.out << "  line " << problem.line << ": " << problem.reason << '\n';
                        }
                    }
                    totals[0] += lines;
                    totals[1] += result.malformed;
                    if (!result.duplicate) {
                        totals[2] += result.mappingsInserted;
                        totals[3] += result.mappingsClosed;
                    }
                    firstLine += lines;
                    buffer.erase(0, cut);
                }
                ctx.out << "done: " << totals[0] << " lines, " << totals[1] << " malformed, " << totals[2]
                        << " new mappings, " << totals[3] << " closed\n";
                return kExitOk;
            }};
}

} // namespace kiroku::backend::cli
