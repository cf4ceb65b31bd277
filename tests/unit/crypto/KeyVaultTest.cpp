#include "crypto/KeyVault.h"
#include "crypto/Errors.h"
#include "crypto/Random.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

using namespace kiroku::crypto;
namespace fs = std::filesystem;

namespace {

/// A vault root in a private temporary directory, removed with everything in it.
struct TempVault {
    fs::path base = fs::temp_directory_path() / ("kiroku-vault-test-" + randomHex(8));
    fs::path root = base / "key-vault";
    KeyVault vault{root, [] { return std::string("0b8e3c64-1f2a-4d7c-9a10-5c3e2f4d6a7b"); }};

    TempVault() {
        fs::create_directory(base);
        fs::permissions(base, fs::perms::owner_all, fs::perm_options::replace);
    }
    ~TempVault() {
        std::error_code ignored;
        fs::remove_all(base, ignored);
    }
    fs::path file(std::uint32_t id, const std::string& month) const {
        return vault.directory() / ("k" + std::to_string(id) + ".retention_" + month + ".key");
    }
};

unsigned modeOf(const fs::path& path) {
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 07777;
}

} // namespace

TEST_CASE("a key vault half is written 0600 in a 0700 folder of the database's instance and reads back",
          "[crypto][vault]") {
    TempVault t;
    const SecretKey made = t.vault.create(12, "retention:2029-11");
    CHECK(made.size() == 32);
    CHECK(t.vault.directory() == t.root / "0b8e3c64-1f2a-4d7c-9a10-5c3e2f4d6a7b");
    CHECK(modeOf(t.root) == 0700);
    CHECK(modeOf(t.vault.directory()) == 0700);
    CHECK(modeOf(t.file(12, "2029-11")) == 0600);
    CHECK(t.vault.load(12, "retention:2029-11").sameMaterialAs(made));
    const auto entries = t.vault.list();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].keyId == 12);
    CHECK(entries[0].scope == "retention:2029-11");
}

TEST_CASE("a destroyed vault half is a hard KeyDestroyedError, never an empty key", "[crypto][vault]") {
    TempVault t;
    t.vault.create(7, "retention:2029-11");
    CHECK(t.vault.destroy(7, "retention:2029-11"));
    CHECK_FALSE(fs::exists(t.file(7, "2029-11")));
    CHECK_THROWS_AS(t.vault.load(7, "retention:2029-11"), KeyDestroyedError);
    CHECK_FALSE(t.vault.destroy(7, "retention:2029-11"));
    CHECK(t.vault.list().empty());
}

TEST_CASE("a vault half is refused when it was made for another key, has loose permissions or already exists",
          "[crypto][vault]") {
    TempVault t;
    t.vault.create(3, "retention:2030-01");
    CHECK_THROWS_AS(t.vault.create(3, "retention:2030-01"), KeyFileError);
    // Another key's file under this key's name: the id and scope inside do not match.
    fs::copy_file(t.file(3, "2030-01"), t.file(4, "2030-01"));
    CHECK_THROWS_AS(t.vault.load(4, "retention:2030-01"), KeyFileError);
    fs::permissions(t.file(3, "2030-01"), fs::perms::group_read, fs::perm_options::add);
    CHECK_THROWS_AS(t.vault.load(3, "retention:2030-01"), KeyFileError);
    CHECK_THROWS_AS(t.vault.load(3, "global"), std::invalid_argument);
}

TEST_CASE("a key vault folder writable by others is refused", "[crypto][vault]") {
    TempVault t;
    fs::create_directory(t.root);
    fs::permissions(t.root, fs::perms::owner_all | fs::perms::others_write, fs::perm_options::replace);
    CHECK_THROWS_AS(t.vault.create(1, "retention:2029-11"), KeyFileError);
}

TEST_CASE("a vault without a folder configured says so on first use", "[crypto][vault]") {
    KeyVault unset("", [] { return std::string("0b8e3c64-1f2a-4d7c-9a10-5c3e2f4d6a7b"); });
    try {
        unset.create(1, "retention:2029-11");
        FAIL("a vault half was written without a folder");
    } catch (const KeyFileError& e) {
        CHECK(std::string(e.what()).find("crypto.key_vault_dir") != std::string::npos);
    }
}

TEST_CASE("a split key needs both halves and is bound to its key id and scope", "[crypto][vault]") {
    const SecretKey database = SecretKey::generate();
    const SecretKey vault = SecretKey::generate();
    const SecretKey key = combineSplitKey(database, vault, 5, "retention:2029-11");
    CHECK(key.size() == 32);
    CHECK(key.sameMaterialAs(combineSplitKey(database, vault, 5, "retention:2029-11")));
    CHECK_FALSE(key.sameMaterialAs(combineSplitKey(database, SecretKey::generate(), 5, "retention:2029-11")));
    CHECK_FALSE(key.sameMaterialAs(combineSplitKey(SecretKey::generate(), vault, 5, "retention:2029-11")));
    CHECK_FALSE(key.sameMaterialAs(combineSplitKey(database, vault, 6, "retention:2029-11")));
    CHECK_FALSE(key.sameMaterialAs(combineSplitKey(database, vault, 5, "retention:2029-12")));
    CHECK_FALSE(key.sameMaterialAs(database));
    CHECK_FALSE(key.sameMaterialAs(vault));
}
