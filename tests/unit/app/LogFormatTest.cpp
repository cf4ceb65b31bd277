#include "app/Log.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>

using kiroku::backend::app::Log;

TEST_CASE("a log line is one JSON object with the time, level, event and fields in order, text escaped", "[log]") {
    const std::string line = Log::format("info", "request",
                                         {{"route", std::string("POST /v1/visits")},
                                          {"message", std::string("quote \" backslash \\ newline \n tab \t 受付")},
                                          {"status", std::int64_t{201}},
                                          {"ms", 12.5},
                                          {"keep_alive", true},
                                          {"ratio", std::numeric_limits<double>::infinity()}});
    CHECK(line.find('\n') == std::string::npos);
    const auto object = Poco::JSON::Parser().parse(line).extract<Poco::JSON::Object::Ptr>();
    CHECK(object->getValue<std::string>("level") == "info");
    CHECK(object->getValue<std::string>("event") == "request");
    CHECK(object->getValue<std::string>("route") == "POST /v1/visits");
    CHECK(object->getValue<std::string>("message") == "quote \" backslash \\ newline \n tab \t 受付");
    CHECK(object->getValue<std::int64_t>("status") == 201);
    CHECK(object->getValue<double>("ms") == 12.5);
    CHECK(object->getValue<bool>("keep_alive"));
    CHECK(object->isNull("ratio"));
    CHECK(line.rfind(R"({"ts":")", 0) == 0);
    CHECK(line.find(R"("level":"info","event":"request","route":"POST /v1/visits")") != std::string::npos);
    const auto slashes = Poco::JSON::Parser()
                             .parse(Log::format("info", "x", {{"path", std::string(R"(a\/b/c\)")}}))
                             .extract<Poco::JSON::Object::Ptr>();
    CHECK(slashes->getValue<std::string>("path") == R"(a\/b/c\)");
    const std::string ts = object->getValue<std::string>("ts");
    CHECK(ts.size() == 24);
    CHECK(ts.back() == 'Z');
}
