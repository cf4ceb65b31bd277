#pragma once

#include <Poco/JSON/Object.h>

#include <string>
#include <utility>
#include <vector>

namespace kiroku::backend::http {

/// What a handler answers: a status and a JSON body (or raw bytes with a content type).
struct Response {
    int status = 200;
    Poco::JSON::Object::Ptr json;
    std::string body;
    std::string contentType = "application/json; charset=utf-8";
    std::vector<std::pair<std::string, std::string>> headers;

    static Response ofJson(int status, Poco::JSON::Object::Ptr object) {
        Response r;
        r.status = status;
        r.json = std::move(object);
        return r;
    }
};

} // namespace kiroku::backend::http
