#pragma once

#include "domain/CivilDate.h"

#include <Poco/JSON/Object.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kiroku::backend::http {

/// Strict reading of a JSON request object into typed values. Every problem is a
/// domain::ValidationError naming the field by its JSON path ("person.date_of_birth") and saying why,
/// never quoting the value. Text must be valid UTF-8 in NFC without control characters; `finish()`
/// refuses fields the endpoint does not know. `null` counts as absent.
class JsonReader {
public:
    explicit JsonReader(Poco::JSON::Object::Ptr object, std::string path = {});

    std::string requireString(const std::string& key, std::size_t maxChars);
    std::optional<std::string> optionalString(const std::string& key, std::size_t maxChars);
    /// A string that must be one of `allowed`.
    std::string requireCode(const std::string& key, std::initializer_list<std::string_view> allowed);
    std::optional<std::string> optionalCode(const std::string& key, std::initializer_list<std::string_view> allowed);
    domain::CivilDate requireDate(const std::string& key);
    std::optional<domain::CivilDate> optionalDate(const std::string& key);
    std::int64_t requireInt(const std::string& key, std::int64_t min, std::int64_t max);
    std::optional<std::int64_t> optionalInt(const std::string& key, std::int64_t min, std::int64_t max);
    bool optionalBool(const std::string& key, bool fallback);
    JsonReader requireObject(const std::string& key);
    std::optional<JsonReader> optionalObject(const std::string& key);
    /// An array of at most `maxItems` strings, each checked as requireString does ("ids[2]" names one); absent: empty.
    std::vector<std::string> optionalStringArray(const std::string& key, std::size_t maxItems, std::size_t maxChars);
    /// An array of at most `maxItems` objects, each read with a reader of its own ("windows[1].from"); absent: empty.
    std::vector<JsonReader> optionalObjectArray(const std::string& key, std::size_t maxItems);

    /// The object itself, for a value that another layer checks key by key (a store's rule set).
    const Poco::JSON::Object::Ptr& object() const { return m_object; }

    /// Refuses any field not read above (code "unknown_field").
    void finish() const;

    /// The JSON path of `key` within this object.
    std::string pathOf(const std::string& key) const;

private:
    /// The value of `key`, marked as read; empty when absent or null.
    Poco::Dynamic::Var take(const std::string& key);

    Poco::JSON::Object::Ptr m_object;
    std::string m_path;
    std::set<std::string> m_read;
};

/// Checks a text value the way JsonReader does (UTF-8, NFC, no control characters, length).
void validateText(const std::string& value, const std::string& field, std::size_t maxChars);

} // namespace kiroku::backend::http
