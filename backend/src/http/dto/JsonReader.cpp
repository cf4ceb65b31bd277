#include "http/dto/JsonReader.h"

#include "domain/Errors.h"
#include "text/Normalizer.h"

#include <Poco/JSON/Array.h>
#include <Poco/UTF8String.h>

namespace kiroku::backend::http {

using domain::ValidationError;

namespace {

std::size_t codePoints(const std::string& utf8) {
    std::size_t n = 0;
    for (unsigned char c : utf8) {
        n += (c & 0xC0) != 0x80 ? 1 : 0;
    }
    return n;
}

} // namespace

void validateText(const std::string& value, const std::string& field, std::size_t maxChars) {
    if (!text::isValidUtf8(value)) {
        throw ValidationError(field, "must be valid UTF-8 text");
    }
    if (value.empty()) {
        throw ValidationError(field, "must not be empty");
    }
    if (codePoints(value) > maxChars) {
        throw ValidationError(field, "must be at most " + std::to_string(maxChars) + " characters");
    }
    if (text::hasControlCharacters(value)) {
        throw ValidationError(field, "must not contain control characters (tabs, line breaks, invisible formatting)");
    }
    if (!text::isNfc(value)) {
        throw ValidationError(field, "must be in Unicode normalization form NFC");
    }
}

JsonReader::JsonReader(Poco::JSON::Object::Ptr object, std::string path)
    : m_object(std::move(object)), m_path(std::move(path)) {}

std::string JsonReader::pathOf(const std::string& key) const {
    return m_path.empty() ? key : m_path + "." + key;
}

Poco::Dynamic::Var JsonReader::take(const std::string& key) {
    m_read.insert(key);
    if (!m_object->has(key) || m_object->isNull(key)) {
        return {};
    }
    return m_object->get(key);
}

std::optional<std::string> JsonReader::optionalString(const std::string& key, std::size_t maxChars) {
    const auto value = take(key);
    if (value.isEmpty()) {
        return std::nullopt;
    }
    if (!value.isString()) {
        throw ValidationError(pathOf(key), "must be a string");
    }
    std::string text = value.extract<std::string>();
    validateText(text, pathOf(key), maxChars);
    return text;
}

std::string JsonReader::requireString(const std::string& key, std::size_t maxChars) {
    auto value = optionalString(key, maxChars);
    if (!value) {
        throw ValidationError(pathOf(key), "is required");
    }
    return std::move(*value);
}

std::optional<std::string> JsonReader::optionalCode(const std::string& key,
                                                    std::initializer_list<std::string_view> allowed) {
    auto value = optionalString(key, 64);
    if (!value) {
        return std::nullopt;
    }
    for (auto a : allowed) {
        if (a == *value) {
            return value;
        }
    }
    std::string list;
    for (auto a : allowed) {
        list += (list.empty() ? "" : ", ") + std::string(a);
    }
    throw ValidationError(pathOf(key), "must be one of: " + list);
}

std::string JsonReader::requireCode(const std::string& key, std::initializer_list<std::string_view> allowed) {
    auto value = optionalCode(key, allowed);
    if (!value) {
        throw ValidationError(pathOf(key), "is required");
    }
    return std::move(*value);
}

std::optional<domain::CivilDate> JsonReader::optionalDate(const std::string& key) {
    const auto value = take(key);
    if (value.isEmpty()) {
        return std::nullopt;
    }
    if (!value.isString()) {
        throw ValidationError(pathOf(key), "must be a date string in the form YYYY-MM-DD");
    }
    return domain::CivilDate::parse(value.extract<std::string>(), pathOf(key));
}

domain::CivilDate JsonReader::requireDate(const std::string& key) {
    auto value = optionalDate(key);
    if (!value) {
        throw ValidationError(pathOf(key), "is required");
    }
    return *value;
}

std::optional<std::int64_t> JsonReader::optionalInt(const std::string& key, std::int64_t min, std::int64_t max) {
    const auto value = take(key);
    if (value.isEmpty()) {
        return std::nullopt;
    }
    if (!value.isInteger()) {
        throw ValidationError(pathOf(key), "must be a whole number");
    }
    std::int64_t n = 0;
    try {
        n = value.convert<std::int64_t>();
    } catch (const Poco::Exception&) {
        throw ValidationError(pathOf(key), "must be a whole number");
    }
    if (n < min || n > max) {
        throw ValidationError(pathOf(key), "must be between " + std::to_string(min) + " and " + std::to_string(max));
    }
    return n;
}

std::int64_t JsonReader::requireInt(const std::string& key, std::int64_t min, std::int64_t max) {
    auto value = optionalInt(key, min, max);
    if (!value) {
        throw ValidationError(pathOf(key), "is required");
    }
    return *value;
}

bool JsonReader::optionalBool(const std::string& key, bool fallback) {
    const auto value = take(key);
    if (value.isEmpty()) {
        return fallback;
    }
    if (value.type() != typeid(bool)) {
        throw ValidationError(pathOf(key), "must be true or false");
    }
    return value.extract<bool>();
}

std::optional<JsonReader> JsonReader::optionalObject(const std::string& key) {
    const auto value = take(key);
    if (value.isEmpty()) {
        return std::nullopt;
    }
    if (value.type() != typeid(Poco::JSON::Object::Ptr)) {
        throw ValidationError(pathOf(key), "must be an object");
    }
    return JsonReader(value.extract<Poco::JSON::Object::Ptr>(), pathOf(key));
}

JsonReader JsonReader::requireObject(const std::string& key) {
    auto value = optionalObject(key);
    if (!value) {
        throw ValidationError(pathOf(key), "is required");
    }
    return std::move(*value);
}

namespace {

Poco::JSON::Array::Ptr arrayOf(const Poco::Dynamic::Var& value, const std::string& path, std::size_t maxItems) {
    if (value.type() != typeid(Poco::JSON::Array::Ptr)) {
        throw ValidationError(path, "must be an array");
    }
    auto array = value.extract<Poco::JSON::Array::Ptr>();
    if (array->size() > maxItems) {
        throw ValidationError(path, "must have at most " + std::to_string(maxItems) + " items");
    }
    return array;
}

} // namespace

std::vector<std::string> JsonReader::optionalStringArray(const std::string& key, std::size_t maxItems,
                                                         std::size_t maxChars) {
    const auto value = take(key);
    std::vector<std::string> items;
    if (value.isEmpty()) {
        return items;
    }
    const auto array = arrayOf(value, pathOf(key), maxItems);
    for (std::size_t i = 0; i < array->size(); ++i) {
        const std::string path = pathOf(key) + "[" + std::to_string(i) + "]";
        const auto item = array->get(static_cast<unsigned int>(i));
        if (item.type() != typeid(std::string)) {
            throw ValidationError(path, "must be a string");
        }
        validateText(item.extract<std::string>(), path, maxChars);
        items.push_back(item.extract<std::string>());
    }
    return items;
}

std::vector<JsonReader> JsonReader::optionalObjectArray(const std::string& key, std::size_t maxItems) {
    const auto value = take(key);
    std::vector<JsonReader> items;
    if (value.isEmpty()) {
        return items;
    }
    const auto array = arrayOf(value, pathOf(key), maxItems);
    for (std::size_t i = 0; i < array->size(); ++i) {
        const std::string path = pathOf(key) + "[" + std::to_string(i) + "]";
        const auto item = array->get(static_cast<unsigned int>(i));
        if (item.type() != typeid(Poco::JSON::Object::Ptr)) {
            throw ValidationError(path, "must be an object");
        }
        items.emplace_back(item.extract<Poco::JSON::Object::Ptr>(), path);
    }
    return items;
}

void JsonReader::finish() const {
    for (const auto& [name, value] : *m_object) {
        if (m_read.count(name) == 0) {
            // The field's name is ours to echo only when it is short and printable.
            const bool printable =
                name.size() <= 64 &&
                name.find_first_not_of("abcdefghijklmnopqrstuvwxyz"
                                       "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") == std::string::npos;
            throw ValidationError("unknown_field", "this field is not part of the request",
                                  printable ? pathOf(name) : pathOf("(unprintable)"));
        }
    }
}

} // namespace kiroku::backend::http
