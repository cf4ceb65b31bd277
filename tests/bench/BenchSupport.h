#pragma once

// Small helpers the benchmarks share: percentiles of latencies, and timestamps as PostgreSQL reads them.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <ctime>
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

} // namespace kiroku::bench
