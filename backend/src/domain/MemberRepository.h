#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace kiroku::domain {

struct NewMember {
    std::string id; ///< canonical UUID made by the service
    std::int64_t storeId = 0;
    std::string identityRecordId;
    std::int64_t createdBy = 0;
};

struct NewMemberCard {
    std::int64_t storeId = 0;
    std::string memberId;
    std::string tokenHash; ///< keyed hash of the token; the token itself is never stored
    std::int64_t issuedBy = 0;
    std::chrono::system_clock::time_point issuedAt;
    bool replaceExisting = false; ///< revoke the member's other live cards in the same transaction
};

/// A live card's member and that member's verification record.
struct MemberCardHolder {
    std::string memberId;
    std::string identityRecordId;
};

/// Members (会員) and their cards. Every call is limited to one store.
class MemberRepository {
public:
    virtual ~MemberRepository() = default;

    /// Creates a member tied to an identity record of the same store. Throws NotFound when that record does not
    /// exist in the store.
    virtual void insertMember(const NewMember& member) = 0;

    /// Stores a card (revoking the member's other live cards when asked). Throws NotFound when the member does not
    /// exist in the store. Returns how many older cards were revoked.
    virtual std::size_t insertCard(const NewMemberCard& card) = 0;

    /// The holder of the live (not revoked) card with this token hash in this store.
    virtual std::optional<MemberCardHolder> findLiveCard(std::int64_t storeId, const std::string& tokenHash) = 0;
};

} // namespace kiroku::domain
