#pragma once

#include "domain/IdentityDirectory.h"
#include "domain/MemberRepository.h"
#include "domain/Principal.h"
#include "domain/StoreRepository.h"
#include "services/keys/KeyService.h"

#include <chrono>
#include <functional>
#include <string>

namespace kiroku::backend::services {

/// What staff see when a member card is scanned: never the address or the document number.
struct MemberLookup {
    std::string memberId;
    std::string identityRecordId;
    std::string name;
    int age = 0;
    bool minor = false;
    std::chrono::system_clock::time_point lastVerifiedAt;
    bool reverificationDue = false; ///< rules::isReverificationDue with the store's interval
};

/// Members (会員) tied to an identity verification record, and their cards: random tokens shown once, of which
/// only a keyed hash is stored.
class MemberService {
public:
    using Clock = std::function<std::chrono::system_clock::time_point()>;

    MemberService(
        domain::MemberRepository& members, domain::IdentityDirectory& directory, domain::StoreRepository& stores,
        KeyService& keys, Clock clock = [] { return std::chrono::system_clock::now(); });

    /// A new member for a verification record of the staff member's store; returns the member's id.
    /// ValidationError("identity_record_id") for a malformed id, NotFound for a record not in the store.
    std::string createMember(const domain::StaffPrincipal& staff, const std::string& identityRecordId);

    /// Issues a card and returns its token (shown once). Older cards stay valid unless `replace`, which revokes
    /// them in the same transaction. NotFound for a member not in the store (or a malformed id).
    std::string issueCard(const domain::StaffPrincipal& staff, const std::string& memberId, bool replace);

    /// The member holding the live card `token` in the staff member's store. ValidationError("token") for a
    /// possible My Number (never hashed or looked up); NotFound for an unknown, revoked or other store's card.
    MemberLookup lookup(const domain::StaffPrincipal& staff, const std::string& token);

private:
    domain::MemberRepository& m_members;
    domain::IdentityDirectory& m_directory;
    domain::StoreRepository& m_stores;
    KeyService& m_keys;
    Clock m_clock;
};

} // namespace kiroku::backend::services
