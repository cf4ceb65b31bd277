#pragma once

#include "domain/Errors.h"

#include <catch2/catch.hpp>

#include <chrono>

namespace kiroku::tests {

/// A UTC instant, written as in ISO 8601 "YYYY-MM-DDTHH:MM:SSZ".
inline std::chrono::sys_seconds utc(int year, unsigned month, unsigned day, int hour = 0, int minute = 0,
                                    int second = 0) {
    return std::chrono::sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}} +
           std::chrono::hours{hour} + std::chrono::minutes{minute} + std::chrono::seconds{second};
}

/// Runs `action` and returns the exception of type Error it throws; fails the test when it throws nothing.
/// Another exception type escapes and fails the test as well.
template <typename Error, typename Action> Error thrownBy(Action&& action) {
    try {
        action();
    } catch (const Error& error) {
        return error;
    }
    FAIL("expected an exception, none was thrown");
    throw std::logic_error("unreachable");
}

} // namespace kiroku::tests
