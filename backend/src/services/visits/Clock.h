#pragma once

#include <chrono>

namespace kiroku::backend::services {

/// Where workflows read the time of day from. The server uses the system clock; with testing enabled it can
/// start at a configured instant (testing.fixed_now), so that rules tied to the wall clock (minors at night,
/// retention from the day service ended) can be exercised end to end.
class Clock {
public:
    virtual ~Clock() = default;
    virtual std::chrono::system_clock::time_point now() const = 0;
};

class SystemClock : public Clock {
public:
    std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }
};

/// Reads `start` when constructed and runs on in real time from there (measured on the monotonic clock), so
/// consecutive readings still advance: a visit started at 23:59:58 and ended three seconds later crosses midnight.
class ShiftedClock : public Clock {
public:
    explicit ShiftedClock(std::chrono::system_clock::time_point start)
        : m_start(start), m_steadyStart(std::chrono::steady_clock::now()) {}

    std::chrono::system_clock::time_point now() const override {
        return m_start + std::chrono::duration_cast<std::chrono::system_clock::duration>(
                             std::chrono::steady_clock::now() - m_steadyStart);
    }

private:
    std::chrono::system_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_steadyStart;
};

} // namespace kiroku::backend::services
