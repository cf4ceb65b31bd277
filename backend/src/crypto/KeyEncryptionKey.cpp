#include "crypto/KeyEncryptionKey.h"

#include "crypto/AesGcm.h"
#include "crypto/Encoding.h"
#include "crypto/Errors.h"
#include "crypto/Hash.h"
#include "crypto/Mac.h"

#include <openssl/crypto.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <utility>
#include <vector>

namespace kiroku::crypto {

namespace {

constexpr std::size_t kMaxFileSize = 256;
constexpr std::string_view kFingerprintLabel = "kiroku/v1/kek-fingerprint";

/// Wipes a buffer of secret characters when it goes out of scope.
struct WipedBuffer {
    std::vector<char> data;
    ~WipedBuffer() { OPENSSL_cleanse(data.data(), data.size()); }
};

std::string octalMode(mode_t mode) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%04o", static_cast<unsigned>(mode & 07777));
    return buffer;
}

SecretKey decodeKey(std::string_view text, const std::string& source) {
    // One trailing newline (LF or CRLF) is allowed; nothing else around the key.
    if (!text.empty() && text.back() == '\n') {
        text.remove_suffix(1);
        if (!text.empty() && text.back() == '\r') {
            text.remove_suffix(1);
        }
    }
    Bytes decoded;
    try {
        if (text.size() == 2 * detail::kAesKeySize) {
            decoded = fromHex(text);
        } else {
            decoded = fromBase64(text);
        }
    } catch (const std::exception&) {
        throw KeyFileError(source + " is neither 64 hex characters nor base64 of 32 bytes");
    }
    if (decoded.size() != detail::kAesKeySize) {
        OPENSSL_cleanse(decoded.data(), decoded.size());
        throw KeyFileError(source + " holds " + std::to_string(decoded.size()) + " bytes; a KEK has 32");
    }
    SecretKey key(decoded);
    OPENSSL_cleanse(decoded.data(), decoded.size());
    return key;
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) noexcept : m_fd(fd) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    int get() const noexcept { return m_fd; }

private:
    int m_fd;
};

} // namespace

KeyEncryptionKey::KeyEncryptionKey(SecretKey key, std::uint32_t version) : m_key(std::move(key)), m_version(version) {
    if (m_key.size() != detail::kAesKeySize) {
        throw std::invalid_argument("a key-encryption key has 32 bytes");
    }
}

KeyEncryptionKey KeyEncryptionKey::fromFile(const std::filesystem::path& path, std::uint32_t version) {
    const std::string name = "key file " + path.string();
    // Permissions are checked on the opened descriptor, so the file checked is the file read.
    const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK));
    if (fd.get() < 0) {
        const int error = errno;
        if (error == ELOOP) {
            throw KeyFileError(name + " is a symbolic link; point the configuration at the file itself");
        }
        throw KeyFileError(name + " cannot be opened: " + std::strerror(error));
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) {
        throw KeyFileError(name + " cannot be inspected: " + std::strerror(errno));
    }
    if (!S_ISREG(info.st_mode)) {
        throw KeyFileError(name + " is not a regular file");
    }
    if ((info.st_mode & 07177) != 0) {
        throw KeyFileError(name + " has mode " + octalMode(info.st_mode) +
                           "; it must be 0600 or stricter (readable and writable by its owner only): chmod 600 " +
                           path.string());
    }
    if (static_cast<std::size_t>(info.st_size) > kMaxFileSize) {
        throw KeyFileError(name + " is too large to be a key (" + std::to_string(info.st_size) + " bytes)");
    }
    WipedBuffer content;
    content.data.resize(kMaxFileSize + 1);
    std::size_t total = 0;
    while (total < content.data.size()) {
        const ssize_t n = ::read(fd.get(), content.data.data() + total, content.data.size() - total);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw KeyFileError(name + " cannot be read: " + std::strerror(errno));
        }
        if (n == 0) {
            break;
        }
        total += static_cast<std::size_t>(n);
    }
    if (total > kMaxFileSize) {
        throw KeyFileError(name + " is too large to be a key");
    }
    return KeyEncryptionKey(decodeKey(std::string_view(content.data.data(), total), name), version);
}

KeyEncryptionKey KeyEncryptionKey::fromEnvironmentValue(std::string_view value, std::uint32_t version) {
    return KeyEncryptionKey(decodeKey(value, "the key-encryption key from the environment"), version);
}

KeyEncryptionKey KeyEncryptionKey::fromEnvironment(const std::string& name, std::uint32_t version) {
    const char* value = std::getenv(name.c_str());
    if (value == nullptr) {
        throw KeyFileError("environment variable " + name + " is not set");
    }
    return KeyEncryptionKey(decodeKey(value, "environment variable " + name), version);
}

std::string KeyEncryptionKey::fingerprint() const {
    const auto mac = hmacSha256(m_key.bytes(), kFingerprintLabel);
    return toHex(std::span(mac).first(8));
}

std::string KeyEncryptionKey::encodeForFile(const SecretKey& key) {
    return toHex(key.bytes()) + "\n";
}

} // namespace kiroku::crypto
