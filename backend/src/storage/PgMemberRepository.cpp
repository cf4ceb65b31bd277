#include "storage/PgMemberRepository.h"

#include "storage/PgErrors.h"
#include "storage/PgTime.h"
#include "storage/Sql.h"

namespace kiroku::backend::storage {

void PgMemberRepository::insertMember(const domain::NewMember& member) {
    withTransaction(m_pool, [&](pqxx::work& tx) {
        if (tx.exec_params(std::string(sql::kLockIdentityRecordOfStore), member.storeId, member.identityRecordId)
                .empty()) {
            throw domain::NotFound("there is no identity verification with this id in your store");
        }
        tx.exec_params(std::string(sql::kInsertMember), member.id, member.storeId, member.identityRecordId,
                       member.createdBy);
    });
}

std::size_t PgMemberRepository::insertCard(const domain::NewMemberCard& card) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        if (tx.exec_params(std::string(sql::kLockMemberOfStore), card.storeId, card.memberId).empty()) {
            throw domain::NotFound("there is no such member in your store");
        }
        std::size_t revoked = 0;
        if (card.replaceExisting) {
            revoked = static_cast<std::size_t>(tx.exec_params(std::string(sql::kRevokeMemberCards), card.storeId,
                                                              card.memberId, toEpochMicros(card.issuedAt))
                                                   .affected_rows());
        }
        tx.exec_params(std::string(sql::kInsertMemberCard), card.storeId, card.memberId, card.tokenHash,
                       toEpochMicros(card.issuedAt), card.issuedBy);
        return revoked;
    });
}

std::optional<domain::MemberCardHolder> PgMemberRepository::findLiveCard(std::int64_t storeId,
                                                                         const std::string& tokenHash) {
    return withTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<domain::MemberCardHolder> {
        const auto rows = tx.exec_prepared(std::string(sql::kFindLiveMemberCard.name), storeId, tokenHash);
        if (rows.empty()) {
            return std::nullopt;
        }
        return domain::MemberCardHolder{rows[0]["member_id"].as<std::string>(),
                                        rows[0]["identity_record_id"].as<std::string>()};
    });
}

} // namespace kiroku::backend::storage
