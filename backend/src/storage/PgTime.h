#pragma once

#include <chrono>
#include <cstdint>

namespace kiroku::backend::storage {

// Instants cross the database as microseconds since the Unix epoch (to_timestamp / extract),
// so no time zone or text format is ever involved.
inline std::int64_t toEpochMicros(std::chrono::system_clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count();
}

inline std::chrono::system_clock::time_point fromEpochMicros(std::int64_t micros) {
    return std::chrono::system_clock::time_point(
        std::chrono::duration_cast<std::chrono::system_clock::duration>(std::chrono::microseconds(micros)));
}

} // namespace kiroku::backend::storage
