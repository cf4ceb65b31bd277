#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kiroku::backend::services {

/// A random (version 4) UUID in canonical lower-case form, from the system CSPRNG. Record ids are made here, not
/// by the database, because every ciphertext of a row is bound to the row's id.
std::string newUuidV4();

/// The canonical lower-case form of a UUID written as 8-4-4-4-12 hex digits (either case); nothing for anything
/// else (braces, no hyphens, other lengths), so that an id from a URL or a body never reaches SQL malformed.
std::optional<std::string> canonicalUuid(std::string_view text);

} // namespace kiroku::backend::services
