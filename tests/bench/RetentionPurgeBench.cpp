// kiroku_bench_retention_purge: how long the purge takes for one month of a busy store, built with generate_series:
// N visits with a segment each whose retention ends in November 2029 (so the month partitions of visits and
// visit_segments hold them), and E terminal events of November 2026. Runs PurgeService as of 2029-12-02 (Tokyo)
// twice on fresh data: once with nothing held (the months go by dropping their partitions), once with a legal hold
// on a terminal window covering one visit (that month's visits and segments then go row by row, in batches).
// Prints the figures; asserts nothing about timing.
//
// Run: build/tests/bench/kiroku_bench_retention_purge [--visits N] [--events N]

#include "ExpiredMonth.h"
#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include <cstdio>
#include <iostream>

using namespace kiroku;
using Steady = std::chrono::steady_clock;

namespace {

std::chrono::system_clock::time_point noonInTokyo(int y, unsigned m, unsigned d) {
    return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}} +
           std::chrono::hours{3};
}

void run(bool held, long long visits, long long events) {
    const auto db = test::TestDatabase::migrated();
    const auto manager = test::createStaff(db, "bench-purge", "manager-bench", "manager", 200);
    const auto started = Steady::now();
    bench::buildExpiredMonth(db, manager, visits, events, 2026);
    std::printf("%s: built %lld visits with a segment each and %lld events in %.1f s\n",
                held ? "one visit held" : "nothing held", visits, events,
                std::chrono::duration<double>(Steady::now() - started).count());
    if (held) {
        bench::holdOneVisit(db, manager, 2026);
    }
    bench::PurgeRig purge(db);
    bench::printCertificate(purge.run(noonInTokyo(2029, 12, 2), 100, 5000));
}

} // namespace

int main(int argc, char** argv) {
    long long visits = 100000;
    long long events = 1000000;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const long long value = std::max(2LL, std::atoll(argv[i + 1]));
        if (name == "--visits") {
            visits = value;
        } else if (name == "--events") {
            events = value;
        }
    }
    try {
        run(false, visits, events);
        run(true, visits, events);
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "kiroku_bench_retention_purge: " << e.what() << '\n';
        return 1;
    }
}
