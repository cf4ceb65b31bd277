#include "services/members/MemberToken.h"

#include "crypto/Random.h"
#include "domain/Errors.h"
#include "services/rules/DocumentText.h"

namespace kiroku::backend::services {

namespace {
constexpr std::size_t kMyNumberDigits = 12;
constexpr std::size_t kTokenBytes = 24;
} // namespace

void refusePossibleMyNumber(std::string_view token, const std::string& field) {
    if (rules::containsDigitRun(token, kMyNumberDigits)) {
        throw domain::ValidationError("my_number_not_allowed",
                                      "this looks like an individual number (My Number), not a member card: it was "
                                      "not stored; scan the member card instead",
                                      field);
    }
}

std::string newCardToken() {
    for (;;) {
        std::string token = crypto::randomToken(kTokenBytes);
        // A 12-digit run among 32 base64url characters happens about once in 200 million tokens; such a card
        // would be refused at every scan, so it is never issued.
        if (!rules::containsDigitRun(token, kMyNumberDigits)) {
            return token;
        }
    }
}

} // namespace kiroku::backend::services
