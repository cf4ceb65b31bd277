#include "crypto/Envelope.h"
#include "crypto/Encoding.h"
#include "crypto/Errors.h"
#include "crypto/FieldCipher.h"
#include "crypto/Hash.h"
#include "crypto/KeyEncryptionKey.h"
#include "crypto/KeyRing.h"
#include "crypto/Random.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace kiroku::crypto;
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kKekHex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

/// A private temporary directory, removed with everything in it.
class TempDir {
public:
    TempDir() : m_path(fs::temp_directory_path() / ("kiroku-kek-test-" + randomHex(8))) {
        fs::create_directory(m_path);
        fs::permissions(m_path, fs::perms::owner_all, fs::perm_options::replace);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    fs::path write(const std::string& name, std::string_view content, fs::perms perms) const {
        const fs::path file = m_path / name;
        std::ofstream(file, std::ios::binary) << content;
        fs::permissions(file, perms, fs::perm_options::replace);
        return file;
    }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

constexpr fs::perms kMode0600 = fs::perms::owner_read | fs::perms::owner_write;
constexpr fs::perms kMode0644 = kMode0600 | fs::perms::group_read | fs::perms::others_read;
constexpr fs::perms kMode0640 = kMode0600 | fs::perms::group_read;

std::string messageOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const KeyFileError& e) {
        return e.what();
    }
    return "(no KeyFileError)";
}

KeyEncryptionKey testKek(std::uint32_t version = 1) {
    return KeyEncryptionKey(SecretKey::generate(), version);
}

} // namespace

TEST_CASE("a KEK file with mode 0600 holding 64 hex characters and a newline is accepted", "[crypto]") {
    const TempDir dir;
    const fs::path file = dir.write("kek.hex", std::string(kKekHex) + "\n", kMode0600);
    const KeyEncryptionKey kek = KeyEncryptionKey::fromFile(file, 3);
    CHECK(kek.version() == 3u);
    CHECK(toHex(kek.key().bytes()) == kKekHex);
}

TEST_CASE("a KEK file with mode 0400 holding base64 is accepted", "[crypto]") {
    const TempDir dir;
    const std::string base64 = toBase64(fromHex(kKekHex));
    const fs::path file = dir.write("kek.b64", base64 + "\r\n", fs::perms::owner_read);
    CHECK(toHex(KeyEncryptionKey::fromFile(file, 1).key().bytes()) == kKekHex);
}

TEST_CASE("a KEK file readable by group or others is refused with its path and mode", "[crypto]") {
    const TempDir dir;
    const fs::path world = dir.write("kek-0644", kKekHex, kMode0644);
    const std::string message = messageOf([&] { KeyEncryptionKey::fromFile(world, 1); });
    CHECK_THAT(message, Catch::Contains(world.string()));
    CHECK_THAT(message, Catch::Contains("0644"));

    const fs::path group = dir.write("kek-0640", kKekHex, kMode0640);
    CHECK_THAT(messageOf([&] { KeyEncryptionKey::fromFile(group, 1); }), Catch::Contains("0640"));

    const fs::path executable = dir.write("kek-0700", kKekHex, fs::perms::owner_all);
    CHECK_THAT(messageOf([&] { KeyEncryptionKey::fromFile(executable, 1); }), Catch::Contains("0700"));
}

TEST_CASE("a KEK path that is missing, a directory or a symbolic link is refused", "[crypto]") {
    const TempDir dir;
    CHECK_THAT(messageOf([&] { KeyEncryptionKey::fromFile(dir.path() / "missing", 1); }),
               Catch::Contains("cannot be opened"));
    CHECK_THAT(messageOf([&] { KeyEncryptionKey::fromFile(dir.path(), 1); }), Catch::Contains("not a regular file"));
    const fs::path target = dir.write("kek", kKekHex, kMode0600);
    fs::create_symlink(target, dir.path() / "link");
    CHECK_THAT(messageOf([&] { KeyEncryptionKey::fromFile(dir.path() / "link", 1); }),
               Catch::Contains("symbolic link"));
}

TEST_CASE("a KEK file with anything but 32 bytes of hex or base64 is refused", "[crypto]") {
    const TempDir dir;
    for (const std::string& content : {std::string(kKekHex.substr(0, 62)), std::string(kKekHex) + "00",
                                       std::string(kKekHex) + "\n\n", " " + std::string(kKekHex), std::string(),
                                       toBase64(Bytes(31, 7)), std::string(kKekHex.substr(0, 63)) + "g"}) {
        const fs::path file = dir.write("kek", content, kMode0600);
        INFO(content);
        CHECK_THROWS_AS(KeyEncryptionKey::fromFile(file, 1), KeyFileError);
    }
}

TEST_CASE("a KEK can come from an environment variable in hex or base64", "[crypto]") {
    CHECK(toHex(KeyEncryptionKey::fromEnvironmentValue(kKekHex, 1).key().bytes()) == kKekHex);
    CHECK(toHex(KeyEncryptionKey::fromEnvironmentValue(toBase64(fromHex(kKekHex), false), 1).key().bytes()) == kKekHex);
    CHECK_THROWS_AS(KeyEncryptionKey::fromEnvironmentValue("secret", 1), KeyFileError);

    const std::string name = "KIROKU_TEST_KEK_" + randomHex(4);
    CHECK_THROWS_AS(KeyEncryptionKey::fromEnvironment(name, 1), KeyFileError);
    ::setenv(name.c_str(), std::string(kKekHex).c_str(), 1);
    const KeyEncryptionKey kek = KeyEncryptionKey::fromEnvironment(name, 2);
    ::unsetenv(name.c_str());
    CHECK(kek.fingerprint() == KeyEncryptionKey::fromEnvironmentValue(kKekHex, 1).fingerprint());
    CHECK(kek.fingerprint().size() == 16);
    CHECK(kek.fingerprint() != testKek().fingerprint());
}

TEST_CASE("a generated KEK written with encodeForFile loads back", "[crypto]") {
    const TempDir dir;
    const SecretKey key = SecretKey::generate();
    const fs::path file = dir.write("kek", KeyEncryptionKey::encodeForFile(key), kMode0600);
    CHECK(KeyEncryptionKey::fromFile(file, 1).key().sameMaterialAs(key));
}

TEST_CASE("a wrapped data key unwraps to the same key for the same id and scope", "[crypto]") {
    const KeyEncryptionKey kek = testKek(7);
    const SecretKey dataKey = generateDataKey();
    const Bytes wrapped = wrapDataKey(kek, dataKey, 12, "identity:2029-11");
    CHECK(wrapped.size() == kWrappedKeySize);
    CHECK(wrappedKekVersion(wrapped) == 7u);
    CHECK(unwrapDataKey(kek, wrapped, 12, "identity:2029-11").sameMaterialAs(dataKey));
    CHECK(wrapDataKey(kek, dataKey, 12, "identity:2029-11") != wrapped);
}

TEST_CASE("a wrapped data key does not unwrap under another id, scope, KEK or KEK version", "[crypto]") {
    const KeyEncryptionKey kek = testKek(1);
    const Bytes wrapped = wrapDataKey(kek, generateDataKey(), 12, "identity:2029-11");
    CHECK_THROWS_AS(unwrapDataKey(kek, wrapped, 13, "identity:2029-11"), DecryptionError);
    CHECK_THROWS_AS(unwrapDataKey(kek, wrapped, 12, "identity:2029-12"), DecryptionError);
    CHECK_THROWS_AS(unwrapDataKey(kek, wrapped, 12, ""), DecryptionError);
    CHECK_THROWS_AS(unwrapDataKey(testKek(1), wrapped, 12, "identity:2029-11"), DecryptionError);
    const KeyEncryptionKey sameKeyOtherVersion(kek.key().clone(), 2);
    CHECK_THROWS_AS(unwrapDataKey(sameKeyOtherVersion, wrapped, 12, "identity:2029-11"), DecryptionError);

    for (std::size_t i = 0; i < wrapped.size(); ++i) {
        Bytes tampered = wrapped;
        tampered[i] ^= 0x80;
        CHECK_THROWS_AS(unwrapDataKey(kek, tampered, 12, "identity:2029-11"), DecryptionError);
    }
    CHECK_THROWS_AS(unwrapDataKey(kek, ByteView(wrapped).first(wrapped.size() - 1), 12, "identity:2029-11"),
                    DecryptionError);
}

TEST_CASE("rotating the KEK re-wraps data keys and leaves field ciphertexts readable", "[crypto]") {
    const KeyEncryptionKey oldKek = testKek(1);
    const KeyEncryptionKey newKek = testKek(2);
    const SecretKey dataKey = generateDataKey();
    const Bytes wrappedOld = wrapDataKey(oldKek, dataKey, 5, "identity:2029-11");
    const FieldContext context{"identity_records", "address", "row-1", 5};
    const Bytes field = FieldCipher::encrypt(dataKey, context, "東京都新宿区西新宿2-8-1");

    const Bytes wrappedNew = rewrapDataKey(oldKek, newKek, wrappedOld, 5, "identity:2029-11");
    CHECK(wrappedKekVersion(wrappedNew) == 2u);
    const SecretKey recovered = unwrapDataKey(newKek, wrappedNew, 5, "identity:2029-11");
    CHECK(FieldCipher::decrypt(recovered, context, field) == "東京都新宿区西新宿2-8-1");
    CHECK_THROWS_AS(unwrapDataKey(oldKek, wrappedNew, 5, "identity:2029-11"), DecryptionError);
    CHECK_THROWS_AS(rewrapDataKey(newKek, oldKek, wrappedOld, 5, "identity:2029-11"), DecryptionError);
}

TEST_CASE("a secret key is wiped and emptied by wipe(), moves leave the source empty", "[crypto]") {
    SecretKey key = SecretKey::generate();
    const SecretKey copy = key.clone();
    CHECK(copy.sameMaterialAs(key));
    SecretKey moved = std::move(key);
    CHECK(key.empty()); // NOLINT(bugprone-use-after-move): the moved-from state is what is tested
    CHECK(moved.sameMaterialAs(copy));
    moved.wipe();
    CHECK(moved.empty());
    CHECK(moved.bytes().empty());
}

TEST_CASE("a key ring returns added keys and forgets erased ones", "[crypto]") {
    KeyRing ring;
    const SecretKey key = SecretKey::generate();
    CHECK(ring.add(1, key.clone()));
    CHECK(ring.add(2, SecretKey::generate()));
    CHECK_FALSE(ring.add(1, key.clone()));
    CHECK_THROWS_AS(ring.add(1, SecretKey::generate()), std::invalid_argument);
    CHECK_THROWS_AS(ring.add(3, SecretKey()), std::invalid_argument);
    CHECK(ring.size() == 2);
    CHECK(ring.ids() == std::vector<std::uint32_t>{1, 2});
    CHECK(ring.get(1)->sameMaterialAs(key));

    const auto inFlight = ring.get(1);
    CHECK(ring.erase(1));
    CHECK_FALSE(ring.erase(1));
    CHECK_FALSE(ring.contains(1));
    CHECK(ring.contains(2));
    CHECK_THROWS_AS(ring.get(1), UnknownKeyError);
    // An operation that already held the key finishes with it; the material goes when it lets go.
    CHECK(inFlight->sameMaterialAs(key));

    ring.clear();
    CHECK(ring.size() == 0);
}

TEST_CASE("a key ring can be read and changed from several threads at once", "[crypto]") {
    KeyRing ring;
    ring.add(1, SecretKey::generate());
    const FieldCipher cipher(ring);
    const FieldContext context{"t", "c", "r", 1};
    std::vector<std::thread> threads;
    std::vector<int> failures(4, 0);
    for (int t = 0; t < 3; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 300; ++i) {
                const std::string text = "value " + std::to_string(i);
                if (cipher.decrypt(context, cipher.encrypt(context, text)) != text) {
                    ++failures[static_cast<std::size_t>(t)];
                }
            }
        });
    }
    threads.emplace_back([&] {
        for (std::uint32_t id = 100; id < 400; ++id) {
            ring.add(id, SecretKey::generate());
            if (!ring.contains(id) || !ring.erase(id)) {
                ++failures[3];
            }
        }
    });
    for (auto& thread : threads) {
        thread.join();
    }
    CHECK(failures == std::vector<int>(4, 0));
    CHECK(ring.ids() == std::vector<std::uint32_t>{1});
}
