#include "crypto/OpenSslError.h"

#include <openssl/err.h>

#include <stdexcept>

namespace kiroku::crypto::detail {

std::string drainOpenSslErrors() {
    std::string out;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        if (!out.empty()) {
            out += "; ";
        }
        out += buffer;
    }
    return out;
}

void throwOpenSslError(const std::string& what) {
    const std::string details = drainOpenSslErrors();
    throw std::runtime_error(details.empty() ? what : what + ": " + details);
}

} // namespace kiroku::crypto::detail
