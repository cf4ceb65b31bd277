#include "crypto/KeyVault.h"

#include "crypto/Encoding.h"
#include "crypto/Errors.h"
#include "crypto/Hash.h"
#include "crypto/KeyDerivation.h"
#include "crypto/Random.h"

#include <openssl/crypto.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <regex>
#include <stdexcept>

namespace kiroku::crypto {

namespace {

constexpr std::string_view kHeader = "kiroku-key-vault v1";
constexpr std::string_view kCombineLabel = "kiroku/v1/split-key/";
constexpr std::size_t kMaxFileSize = 512;

std::mutex& instanceMutex() {
    static std::mutex m;
    return m;
}

class Fd {
public:
    explicit Fd(int fd) noexcept : m_fd(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    int get() const noexcept { return m_fd; }

private:
    int m_fd;
};

std::string errnoText() {
    return std::strerror(errno);
}

void writeAll(int fd, const char* data, std::size_t size, const std::string& what) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw KeyFileError(what + " cannot be written: " + errnoText());
        }
        done += static_cast<std::size_t>(n);
    }
}

void syncDirectory(const std::filesystem::path& dir) {
    const Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0 || ::fsync(fd.get()) != 0) {
        throw KeyFileError("key vault directory " + dir.string() + " cannot be flushed: " + errnoText());
    }
}

/// A directory we create or use: a real directory, not writable by group or others.
void checkDirectory(const std::filesystem::path& dir) {
    struct stat info {};
    if (::lstat(dir.c_str(), &info) != 0) {
        throw KeyFileError("key vault directory " + dir.string() + " cannot be inspected: " + errnoText());
    }
    if (S_ISLNK(info.st_mode) || !S_ISDIR(info.st_mode)) {
        throw KeyFileError("key vault path " + dir.string() + " is not a directory (symbolic links are refused)");
    }
    if ((info.st_mode & 0022) != 0) {
        throw KeyFileError("key vault directory " + dir.string() +
                           " is writable by group or others; it must be 0700: chmod 700 " + dir.string());
    }
}

void makeDirectory(const std::filesystem::path& dir) {
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
        throw KeyFileError("key vault directory " + dir.string() + " cannot be created: " + errnoText());
    }
    checkDirectory(dir);
}

std::string fileScope(std::string_view scope) {
    static const std::regex kScope("[a-z]+:[0-9]{4}-[0-9]{2}");
    if (!std::regex_match(scope.begin(), scope.end(), kScope)) {
        throw std::invalid_argument("a key vault scope looks like retention:YYYY-MM");
    }
    std::string name(scope);
    name[name.find(':')] = '_';
    return name;
}

} // namespace

KeyVault::KeyVault(std::filesystem::path root, std::function<std::string()> instance)
    : m_root(std::move(root)), m_instance(std::move(instance)) {}

std::filesystem::path KeyVault::directory() const {
    if (m_root.empty()) {
        throw KeyFileError("no key vault is configured: set crypto.key_vault_dir to a directory outside the database "
                           "and its backups (it holds the halves of the retention months' keys)");
    }
    std::lock_guard lock(instanceMutex());
    if (!m_instanceCache) {
        std::string id = m_instance();
        static const std::regex kInstance("[A-Za-z0-9-]{8,64}");
        if (!std::regex_match(id, kInstance)) {
            throw KeyFileError("the key vault instance id of this database is malformed");
        }
        m_instanceCache = std::move(id);
    }
    return m_root / *m_instanceCache;
}

std::filesystem::path KeyVault::fileOf(std::uint32_t keyId, std::string_view scope) const {
    return directory() / ("k" + std::to_string(keyId) + "." + fileScope(scope) + ".key");
}

std::filesystem::path KeyVault::ensureDirectory() const {
    const auto dir = directory();
    std::error_code ec;
    std::filesystem::create_directories(m_root.parent_path(), ec); // the parents: the installer's or ours
    makeDirectory(m_root);
    makeDirectory(dir);
    return dir;
}

SecretKey KeyVault::create(std::uint32_t keyId, std::string_view scope) {
    const auto dir = ensureDirectory();
    const auto path = fileOf(keyId, scope);
    const std::string what = "key vault file " + path.string();
    const Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600));
    if (fd.get() < 0) {
        throw KeyFileError(what + " cannot be created: " + errnoText());
    }
    SecretKey half = SecretKey::generate();
    std::string content = std::string(kHeader) + " " + std::to_string(keyId) + " " + std::string(scope) + " " +
                          toHex(half.bytes()) + "\n";
    try {
        writeAll(fd.get(), content.data(), content.size(), what);
        if (::fsync(fd.get()) != 0) {
            throw KeyFileError(what + " cannot be flushed: " + errnoText());
        }
    } catch (...) {
        OPENSSL_cleanse(content.data(), content.size());
        ::unlink(path.c_str());
        throw;
    }
    OPENSSL_cleanse(content.data(), content.size());
    syncDirectory(dir);
    return half;
}

SecretKey KeyVault::load(std::uint32_t keyId, std::string_view scope) const {
    const auto path = fileOf(keyId, scope);
    const std::string what = "key vault file " + path.string();
    const Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY));
    if (fd.get() < 0) {
        if (errno == ENOENT) {
            throw KeyDestroyedError(keyId, std::string(scope));
        }
        throw KeyFileError(what + " cannot be opened: " + errnoText());
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        throw KeyFileError(what + " is not a regular file");
    }
    if ((info.st_mode & 07177) != 0) {
        throw KeyFileError(what + " must have mode 0600 or stricter");
    }
    std::string content(kMaxFileSize + 1, '\0');
    std::size_t total = 0;
    while (total < content.size()) {
        const ssize_t n = ::read(fd.get(), content.data() + total, content.size() - total);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        total += static_cast<std::size_t>(n);
    }
    content.resize(total);
    const std::string expected = std::string(kHeader) + " " + std::to_string(keyId) + " " + std::string(scope) + " ";
    const bool shaped = content.size() == expected.size() + 65 && content.compare(0, expected.size(), expected) == 0 &&
                        content.back() == '\n';
    if (!shaped) {
        OPENSSL_cleanse(content.data(), content.size());
        throw KeyFileError(what + " is not the vault half of key " + std::to_string(keyId) + " (" + std::string(scope) +
                           ")");
    }
    Bytes bytes;
    try {
        bytes = fromHex(std::string_view(content).substr(expected.size(), 64));
    } catch (const std::invalid_argument&) {
        OPENSSL_cleanse(content.data(), content.size());
        throw KeyFileError(what + " does not hold a hex key");
    }
    OPENSSL_cleanse(content.data(), content.size());
    SecretKey half(bytes);
    OPENSSL_cleanse(bytes.data(), bytes.size());
    return half;
}

bool KeyVault::destroy(std::uint32_t keyId, std::string_view scope) {
    const auto path = fileOf(keyId, scope);
    const std::string what = "key vault file " + path.string();
    {
        const Fd fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW));
        if (fd.get() < 0) {
            if (errno == ENOENT) {
                return false;
            }
            throw KeyFileError(what + " cannot be opened to destroy it: " + errnoText());
        }
        struct stat info {};
        if (::fstat(fd.get(), &info) != 0) {
            throw KeyFileError(what + " cannot be inspected: " + errnoText());
        }
        const auto noise = randomBytes(static_cast<std::size_t>(std::max<off_t>(info.st_size, 128)));
        writeAll(fd.get(), reinterpret_cast<const char*>(noise.data()), noise.size(), what);
        if (::fsync(fd.get()) != 0) {
            throw KeyFileError(what + " cannot be flushed: " + errnoText());
        }
    }
    if (::unlink(path.c_str()) != 0) {
        throw KeyFileError(what + " cannot be removed: " + errnoText());
    }
    syncDirectory(path.parent_path());
    return true;
}

std::vector<KeyVault::Entry> KeyVault::list() const {
    std::vector<Entry> entries;
    const auto dir = directory();
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        return entries;
    }
    static const std::regex kName(R"(k([0-9]{1,9})\.([a-z]+)_([0-9]{4}-[0-9]{2})\.key)");
    for (const auto& item : std::filesystem::directory_iterator(dir, ec)) {
        std::smatch m;
        const std::string name = item.path().filename().string();
        if (!std::regex_match(name, m, kName)) {
            continue;
        }
        Entry e;
        e.keyId = static_cast<std::uint32_t>(std::stoul(m[1].str()));
        e.scope = m[2].str() + ":" + m[3].str();
        struct stat info {};
        if (::lstat(item.path().c_str(), &info) == 0) {
            e.modified = std::chrono::system_clock::from_time_t(info.st_mtime);
        }
        entries.push_back(std::move(e));
    }
    return entries;
}

SecretKey combineSplitKey(const SecretKey& databaseHalf, const SecretKey& vaultHalf, std::uint32_t keyId,
                          std::string_view scope) {
    if (databaseHalf.empty() || vaultHalf.empty()) {
        throw std::invalid_argument("both halves of a split key are needed");
    }
    const std::string info = std::string(kCombineLabel) + std::to_string(keyId) + "/" + std::string(scope);
    Bytes derived =
        hkdfSha256(databaseHalf.bytes(), vaultHalf.bytes(),
                   ByteView(reinterpret_cast<const std::uint8_t*>(info.data()), info.size()), SecretKey::kDefaultSize);
    SecretKey key(derived);
    OPENSSL_cleanse(derived.data(), derived.size());
    return key;
}

} // namespace kiroku::crypto
