#include "net/JournalKey.h"

#include "crypto/Encoding.h"
#include "crypto/Hash.h"
#include "crypto/KeyDerivation.h"
#include "crypto/Random.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

namespace kiroku::kiosk::net {

namespace {

constexpr std::string_view kPayloadLabel = "kiroku/kiosk/v1/journal-payload";
constexpr std::string_view kCardIndexLabel = "kiroku/kiosk/v1/card-index";

/// Wipes a buffer of secret characters when it goes out of scope.
struct Wiped {
    std::string data;
    ~Wiped() { ::explicit_bzero(data.data(), data.size()); }
};

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

bool writeNewKey(const std::string& path, QString* problem) {
    const Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (fd.get() < 0) {
        *problem = QStringLiteral("cannot create the kiosk key file %1: %2")
                       .arg(QString::fromStdString(path), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    ::fchmod(fd.get(), 0600); // whatever the umask
    std::vector<unsigned char> random;
    try {
        random = crypto::randomBytes(32);
    } catch (const std::exception&) {
        *problem = QStringLiteral("no random bytes for a new kiosk key file %1").arg(QString::fromStdString(path));
        ::unlink(path.c_str());
        return false;
    }
    Wiped text{crypto::toHex(random) + "\n"};
    ::explicit_bzero(random.data(), random.size());
    if (::write(fd.get(), text.data.data(), text.data.size()) != static_cast<ssize_t>(text.data.size()) ||
        ::fsync(fd.get()) != 0) {
        *problem = QStringLiteral("cannot write the kiosk key file %1").arg(QString::fromStdString(path));
        return false;
    }
    return true;
}

} // namespace

std::optional<JournalKeys> loadJournalKeys(const QString& path, bool createIfMissing, QString* problem) {
    QString ignored;
    QString& why = problem != nullptr ? *problem : ignored;
    const std::string file = path.toStdString();
    struct stat info {};
    if (::lstat(file.c_str(), &info) != 0) {
        if (errno == ENOENT && createIfMissing) {
            if (!writeNewKey(file, &why)) {
                return std::nullopt;
            }
            if (::lstat(file.c_str(), &info) != 0) {
                why = QStringLiteral("the kiosk key file %1 vanished after it was created").arg(path);
                return std::nullopt;
            }
        } else {
            why = QStringLiteral("cannot read the kiosk key file %1: %2")
                      .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            return std::nullopt;
        }
    }
    if (!S_ISREG(info.st_mode)) {
        why = QStringLiteral("the kiosk key file %1 must be a regular file, not a link or directory").arg(path);
        return std::nullopt;
    }
    if ((info.st_mode & 0177) != 0) {
        why = QStringLiteral("the kiosk key file %1 has mode %2: it must be 0600 (readable by its owner only)")
                  .arg(path)
                  .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'));
        return std::nullopt;
    }
    if (info.st_uid != ::geteuid()) {
        why = QStringLiteral("the kiosk key file %1 belongs to another user").arg(path);
        return std::nullopt;
    }
    const Fd fd(::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() < 0) {
        why = QStringLiteral("cannot open the kiosk key file %1").arg(path);
        return std::nullopt;
    }
    Wiped text;
    text.data.resize(80);
    const ssize_t n = ::read(fd.get(), text.data.data(), text.data.size());
    if (n < 0) {
        why = QStringLiteral("cannot read the kiosk key file %1").arg(path);
        return std::nullopt;
    }
    text.data.resize(static_cast<std::size_t>(n));
    std::string_view hex(text.data);
    if (!hex.empty() && hex.back() == '\n') {
        hex.remove_suffix(1);
    }
    if (hex.size() != 64) {
        why = QStringLiteral("the kiosk key file %1 must hold 64 hex characters (32 bytes)").arg(path);
        return std::nullopt;
    }
    try {
        auto bytes = crypto::fromHex(hex);
        const crypto::SecretKey root(bytes);
        ::explicit_bzero(bytes.data(), bytes.size());
        return JournalKeys{crypto::deriveSubKey(root, kPayloadLabel), crypto::deriveSubKey(root, kCardIndexLabel)};
    } catch (const std::exception&) {
        why = QStringLiteral("the kiosk key file %1 must hold 64 hex characters (32 bytes)").arg(path);
        return std::nullopt;
    }
}

} // namespace kiroku::kiosk::net
