#pragma once

#include "crypto/SecretKey.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiroku::crypto {

/// The other half of each retention month's data key, kept outside the database (docs/security.md, "Crypto-
/// shredding"). A split key's material is derived from a half stored in `data_keys` (wrapped by the KEK) and a half
/// kept here, one file per data key. Destroying the file makes the month's key unrecoverable, also from database
/// backups taken before, which still hold the wrapped database half.
///
/// Files live in <root>/<instance>/, where `instance` names the database (a random id kept in it), so that one
/// directory can serve several databases and a restored copy of a database looks for the files of the original.
/// Directories are created 0700 on first write; files are 0600: "kiroku-key-vault v1 <key id> <scope> <64 hex>".
class KeyVault {
public:
    /// Touches nothing on disk; `instance` is asked (once) when the vault is first used and must answer a string of
    /// letters, digits and '-' (a UUID). With an empty `root` every use throws KeyFileError (not configured).
    KeyVault(std::filesystem::path root, std::function<std::string()> instance);

    /// Creates the vault half of key `keyId` of `scope` ("retention:2029-11"): a fresh random 32-byte key in a new
    /// 0600 file, written and flushed to disk (file and directory) before it returns. Throws KeyFileError when the
    /// file exists already or cannot be written, or the directory is unsafe (a symbolic link, group- or
    /// world-writable).
    SecretKey create(std::uint32_t keyId, std::string_view scope);

    /// The vault half of key `keyId`. Throws KeyDestroyedError when its file is gone (the key was destroyed: never an
    /// empty value), KeyFileError when it cannot be read, has unsafe permissions, or was made for another key.
    SecretKey load(std::uint32_t keyId, std::string_view scope) const;

    /// Overwrites the file with random bytes, flushes it, unlinks it and flushes the directory. False when there was
    /// no file. Throws KeyFileError when it cannot be removed. (On copy-on-write or flash storage the overwrite is no
    /// guarantee that old blocks are gone: see docs/security.md.)
    bool destroy(std::uint32_t keyId, std::string_view scope);

    struct Entry {
        std::uint32_t keyId = 0;
        std::string scope;
        std::chrono::system_clock::time_point modified;
    };
    /// The vault halves present, by file name (for reconciling with the database).
    std::vector<Entry> list() const;

    /// The directory of this database's files (asks for the instance).
    std::filesystem::path directory() const;

private:
    std::filesystem::path fileOf(std::uint32_t keyId, std::string_view scope) const;
    std::filesystem::path ensureDirectory() const;

    std::filesystem::path m_root;
    std::function<std::string()> m_instance;
    mutable std::optional<std::string> m_instanceCache;
};

/// The data key of a split key: HKDF-SHA-256 with the database half as input key material, the vault half as salt,
/// and the key id and scope as info. Neither half alone tells anything about the result.
SecretKey combineSplitKey(const SecretKey& databaseHalf, const SecretKey& vaultHalf, std::uint32_t keyId,
                          std::string_view scope);

} // namespace kiroku::crypto
