#pragma once

// Small helpers the benchmarks share: percentiles of latencies, and timestamps as PostgreSQL reads them.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace kiroku::bench {

/// The p-th percentile (0..1) of `values`, nearest rank; 0 for none.
inline double percentile(std::vector<double> values, double p) {
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

/// Epoch microseconds as "YYYY-MM-DD hh:mm:ss.uuuuuu+00" (a timestamptz literal, for COPY and generated SQL).
inline std::string timestampText(std::int64_t micros) {
    const std::time_t secs = static_cast<std::time_t>(micros / 1000000);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d.%06lld+00", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<long long>(micros % 1000000));
    return text;
}

/// The machine's CPU time so far, in clock ticks: all of it, and what the hypervisor gave to other guests ("steal",
/// /proc/stat). On a shared virtual machine, steal is what makes rare requests slow with nothing of ours running;
/// the benchmarks print it next to their latencies.
struct CpuTicks {
    long long total = 0;
    long long steal = 0;

    static CpuTicks now() {
        std::ifstream in("/proc/stat");
        std::string line;
        std::getline(in, line);
        std::istringstream fields(line);
        std::string cpu;
        fields >> cpu;
        CpuTicks t;
        long long value = 0;
        for (int i = 0; i < 8 && fields >> value; ++i) { // user nice system idle iowait irq softirq steal
            t.total += value;
            if (i == 7) {
                t.steal = value;
            }
        }
        return t;
    }
    /// Percent of the CPU time since `before` that was stolen.
    double stealPercentSince(const CpuTicks& before) const {
        const long long elapsed = total - before.total;
        return elapsed > 0 ? 100.0 * static_cast<double>(steal - before.steal) / static_cast<double>(elapsed) : 0;
    }
};

} // namespace kiroku::bench
