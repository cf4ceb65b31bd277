#include "http/Idempotency.h"

#include "crypto/Hash.h"
#include "domain/Errors.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/URI.h>

#include <sstream>

namespace kiroku::backend::http {

namespace {
constexpr std::size_t kMinKeyLength = 8;
constexpr std::size_t kMaxKeyLength = 128;
} // namespace

domain::IdempotencyKey idempotencyKeyOf(Request& request, const domain::StaffPrincipal& staff) {
    const auto header = request.header("Idempotency-Key");
    if (!header || header->empty()) {
        throw domain::ValidationError("Idempotency-Key",
                                      "this request needs an Idempotency-Key header (8 to 128 characters, e.g. a "
                                      "random UUID), the same on every retry");
    }
    if (header->size() < kMinKeyLength || header->size() > kMaxKeyLength) {
        throw domain::ValidationError("Idempotency-Key", "must be 8 to 128 characters long");
    }
    for (const char c : *header) {
        if (c < 0x21 || c > 0x7e) {
            throw domain::ValidationError("Idempotency-Key",
                                          "must consist of visible ASCII characters (no spaces or control characters)");
        }
    }
    domain::IdempotencyKey key;
    key.storeId = staff.storeId;
    key.staffId = staff.staffId;
    key.key = *header;
    const std::string path = Poco::URI(request.raw().getURI()).getPath();
    key.requestHash = crypto::sha256Hex(request.method() + '\n' + path + '\n' + request.body());
    return key;
}

domain::StoredResponse storedJson(int status, const Poco::JSON::Object::Ptr& body) {
    std::ostringstream text;
    body->stringify(text);
    return {status, text.str()};
}

Response toResponse(const domain::StoredResponse& stored) {
    Response response;
    response.status = stored.status;
    response.body = stored.body;
    return response;
}

} // namespace kiroku::backend::http
