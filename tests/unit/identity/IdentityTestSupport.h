#pragma once

#include "domain/Errors.h"

#include <catch2/catch.hpp>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <stdexcept>
#include <string>

namespace kiroku::tests {

/// Runs `action` and returns the exception of type Error it throws; fails the test when it throws nothing.
template <typename Error, typename Action> Error thrownBy(Action&& action) {
    try {
        action();
    } catch (const Error& error) {
        return error;
    }
    FAIL("expected an exception, none was thrown");
    throw std::logic_error("unreachable");
}

inline Poco::JSON::Object::Ptr jsonObject(const std::string& text) {
    return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

} // namespace kiroku::tests
