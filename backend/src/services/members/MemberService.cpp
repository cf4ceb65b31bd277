#include "services/members/MemberService.h"

#include "domain/Errors.h"
#include "services/identity/Uuid.h"
#include "services/members/MemberToken.h"
#include "services/rules/Age.h"
#include "services/rules/Reverification.h"
#include "services/rules/ZoneTime.h"

namespace kiroku::backend::services {

MemberService::MemberService(domain::MemberRepository& members, domain::IdentityDirectory& directory,
                             domain::StoreRepository& stores, KeyService& keys, Clock clock)
    : m_members(members), m_directory(directory), m_stores(stores), m_keys(keys), m_clock(std::move(clock)) {}

std::string MemberService::createMember(const domain::StaffPrincipal& staff, const std::string& identityRecordId) {
    const auto recordId = canonicalUuid(identityRecordId);
    if (!recordId) {
        throw domain::ValidationError("identity_record_id", "must be the id (a UUID) of an identity verification");
    }
    domain::NewMember member;
    member.id = newUuidV4();
    member.storeId = staff.storeId;
    member.identityRecordId = *recordId;
    member.createdBy = staff.staffId;
    m_members.insertMember(member);
    return member.id;
}

std::string MemberService::issueCard(const domain::StaffPrincipal& staff, const std::string& memberId, bool replace) {
    const auto id = canonicalUuid(memberId);
    if (!id) {
        throw domain::NotFound("there is no such member in your store");
    }
    std::string token = newCardToken();
    domain::NewMemberCard card;
    card.storeId = staff.storeId;
    card.memberId = *id;
    card.tokenHash = m_keys.memberCardTokens().hash(token);
    card.issuedBy = staff.staffId;
    card.issuedAt = m_clock();
    card.replaceExisting = replace;
    m_members.insertCard(card);
    return token;
}

MemberLookup MemberService::lookup(const domain::StaffPrincipal& staff, const std::string& token) {
    // The answer shows the member's name: the read is audited (who, which record, why).
    const auto match = m_directory.readByCardToken(staff.storeId, token, {staff.staffId, "member_card_lookup"});
    if (!match) {
        throw domain::NotFound("no live member card with this token in your store");
    }
    const auto store = m_stores.find(staff.storeId);
    if (!store) {
        throw domain::NotFound("your store does not exist any more");
    }
    const auto now = std::chrono::floor<std::chrono::seconds>(m_clock());
    MemberLookup result;
    result.memberId = match->memberId;
    result.identityRecordId = match->identity.id;
    result.name = match->identity.name;
    result.age = rules::ageOn(match->identity.dateOfBirth, rules::localDateAt(now, store->rules.timeZone));
    result.minor = result.age < store->rules.minorAge;
    result.lastVerifiedAt = match->identity.verifiedAt;
    result.reverificationDue =
        rules::isReverificationDue(std::chrono::floor<std::chrono::seconds>(match->identity.verifiedAt),
                                   store->rules.reverificationIntervalDays, now);
    return result;
}

} // namespace kiroku::backend::services
