#include "services/visits/VisitService.h"

#include "domain/Errors.h"
#include "services/rules/Age.h"
#include "services/rules/MinorAdmission.h"
#include "services/rules/Retention.h"
#include "services/rules/Reverification.h"
#include "services/rules/ZoneTime.h"
#include "services/visits/Idempotent.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <stdexcept>

namespace kiroku::backend::services {

namespace {

using Instant = std::chrono::system_clock::time_point;

/// The visit, locked for the rest of the transaction; NotFound outside the store, Conflict once ended.
std::optional<domain::LockedVisit> lockActiveVisit(domain::VisitTransaction& tx, std::int64_t storeId,
                                                   const std::string& visitId) {
    auto visit = tx.lockVisit(storeId, visitId);
    if (!visit) {
        throw domain::NotFound("no visit with this id in your store");
    }
    if (visit->endedAt) {
        throw domain::Conflict("visit_ended", "this visit has already ended");
    }
    return visit;
}

std::chrono::sys_seconds seconds(Instant t) {
    return std::chrono::floor<std::chrono::seconds>(t);
}

std::string hhmm(domain::LocalTimeOfDay t) {
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", t.hour, t.minute);
    return text;
}

/// "… night hours end at 04:00 on 2026-11-23 (Asia/Tokyo)": when a refused minor may be admitted again.
[[noreturn]] void refuseMinorAtNight(Instant now, const domain::StoreRules& rules) {
    const rules::LocalDateTime local = rules::toLocal(seconds(now), rules.timeZone);
    const domain::CivilDate endDate =
        local.secondsSinceMidnight() < rules.nightEnd.secondsSinceMidnight() ? local.date : local.date.addDays(1);
    throw domain::RuleViolation("minor_night_hours", "customers under " + std::to_string(rules.minorAge) +
                                                         " may not be admitted during night hours (" +
                                                         hhmm(rules.nightStart) + "–" + hhmm(rules.nightEnd) +
                                                         "); night hours end at " + hhmm(rules.nightEnd) + " on " +
                                                         endDate.toString() + " (" + rules.timeZone + ")");
}

[[noreturn]] void refuseBooth(domain::BoothStatus status) {
    if (status == domain::BoothStatus::Occupied) {
        throw domain::Conflict("booth_occupied", "another customer is in this booth", "booth_id");
    }
    throw domain::Conflict("booth_unavailable",
                           "this booth is " + std::string(domain::toCode(status)) + "; choose a free booth",
                           "booth_id");
}

const domain::LockedBooth* findBooth(const std::vector<domain::LockedBooth>& booths, std::int64_t id) {
    const auto it = std::find_if(booths.begin(), booths.end(), [&](const auto& b) { return b.id == id; });
    return it == booths.end() ? nullptr : &*it;
}

std::optional<std::int64_t> terminalIdOf(const domain::LockedBooth& booth) {
    return booth.terminal ? std::optional<std::int64_t>(booth.terminal->id) : std::nullopt;
}

domain::AuditEntry visitEntry(const domain::StaffPrincipal& staff, const char* action, const char* reason, Instant at,
                              const std::string& visitId) {
    domain::AuditEntry entry;
    entry.storeId = staff.storeId;
    entry.action = action;
    entry.actor = domain::AuditActor::staff(staff.staffId);
    entry.reason = reason;
    entry.at = at;
    entry.subjects.push_back({"visit", visitId});
    return entry;
}

void requireUuid(const std::string& visitId) {
    if (!isUuid(visitId)) {
        throw domain::NotFound("no visit with this id in your store");
    }
}

} // namespace

bool isUuid(const std::string& text) {
    if (text.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != '-' : !std::isxdigit(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return true;
}

VisitService::VisitService(domain::VisitRepository& visits, domain::IdempotencyStore& idempotency,
                           domain::IdentityDirectory& identities, domain::StoreRepository& stores, const Clock& clock,
                           std::chrono::seconds maxBackdate)
    : m_visits(visits), m_idempotency(idempotency), m_identities(identities), m_stores(stores), m_clock(clock),
      m_maxBackdate(maxBackdate) {}

Instant VisitService::now() const {
    // Microseconds: what the database keeps, so an answer and a later read agree.
    return std::chrono::time_point_cast<std::chrono::microseconds>(m_clock.now());
}

domain::Store VisitService::storeOf(const domain::StaffPrincipal& staff) {
    auto store = m_stores.find(staff.storeId);
    if (!store) {
        throw domain::NotFound("your store no longer exists");
    }
    return std::move(*store);
}

VisitService::Customer VisitService::resolveCustomer(const domain::StaffPrincipal& staff, const CheckIn& request,
                                                     const domain::StoreRules& rules) {
    if (request.identityRecordId) {
        const auto identity = m_identities.find(staff.storeId, *request.identityRecordId);
        if (!identity) {
            throw domain::NotFound("no identity verification record with this id in your store");
        }
        return {identity->id, std::nullopt, identity->dateOfBirth, identity->verifiedAt};
    }
    if (!request.memberCardToken) {
        throw domain::ValidationError("identity_record_id", "give identity_record_id or member_card_token");
    }
    const auto match = m_identities.findByCardToken(staff.storeId, *request.memberCardToken);
    if (!match) {
        throw domain::NotFound("no live member card with this token in your store");
    }
    if (rules::isReverificationDue(seconds(match->identity.verifiedAt), rules.reverificationIntervalDays,
                                   seconds(now()))) {
        throw domain::RuleViolation("reverification_due",
                                    "this member must show an identity document again before checking in",
                                    "member_card_token");
    }
    return {match->identity.id, match->memberId, match->identity.dateOfBirth, match->identity.verifiedAt};
}

std::optional<Instant> VisitService::backdatedStart(const CheckIn& request, const Customer& customer) const {
    if (!request.startedAt) {
        return std::nullopt;
    }
    const Instant current = now();
    const Instant startedAt = std::chrono::time_point_cast<std::chrono::microseconds>(*request.startedAt);
    if (startedAt > current) {
        throw domain::RuleViolation("started_at_in_future", "started_at is in the future; leave it out to start now",
                                    "started_at");
    }
    if (current - startedAt > m_maxBackdate) {
        throw domain::RuleViolation(
            "started_at_too_old",
            "started_at may be at most " +
                std::to_string(std::chrono::duration_cast<std::chrono::hours>(m_maxBackdate).count()) +
                " hours before now",
            "started_at");
    }
    if (startedAt < customer.verifiedAt) {
        throw domain::RuleViolation("started_at_before_verification",
                                    "started_at is before the customer's identity verification", "started_at");
    }
    return startedAt;
}

domain::StoredResponse VisitService::checkIn(const domain::StaffPrincipal& staff, const domain::IdempotencyKey& key,
                                             const CheckIn& request, const VisitRenderer& render) {
    const domain::Store store = storeOf(staff);
    // Resolved before the transaction: the directory uses connections of its own. A retry is answered from its
    // record inside the transaction below; only when the customer no longer resolves (a card revoked since the
    // first request) is the record looked up here, so that a recorded answer never turns into a 404 — and a first
    // request costs no extra round trip.
    std::optional<Customer> resolved;
    try {
        resolved = resolveCustomer(staff, request, store.rules);
    } catch (const domain::DomainError&) {
        if (auto answer = recordedAnswer(m_idempotency, key)) {
            return *answer;
        }
        throw;
    }
    const Customer customer = *resolved;
    const std::optional<Instant> backdated = backdatedStart(request, customer);

    domain::StoredResponse response;
    m_visits.transact([&](domain::VisitTransaction& tx) {
        response = once(
            tx.idempotency(), key,
            [&] {
                const auto booths = tx.lockBooths(staff.storeId, {request.boothId});
                const domain::LockedBooth* booth = findBooth(booths, request.boothId);
                if (booth == nullptr) {
                    throw domain::NotFound("no booth with this id in your store");
                }
                if (booth->status != domain::BoothStatus::Free) {
                    refuseBooth(booth->status);
                }
                if (tx.hasActiveVisit(staff.storeId, customer.identityRecordId)) {
                    throw domain::Conflict("already_checked_in",
                                           "this customer is already checked in; move or check out that visit");
                }
                const Instant startedAt = backdated ? *backdated : now();
                if (backdated) {
                    // A start in the past must fit after what the booth and the customer did last.
                    if (const auto end = tx.lastSegmentEndInBooth(staff.storeId, booth->id); end && *end > startedAt) {
                        throw domain::Conflict("booth_was_occupied",
                                               "the booth was still in use at started_at; the visit cannot start "
                                               "before the previous one ended",
                                               "started_at");
                    }
                    if (const auto end = tx.lastVisitEndOf(staff.storeId, customer.identityRecordId);
                        end && *end > startedAt) {
                        throw domain::Conflict(
                            "visit_overlap", "the customer's previous visit had not ended at started_at", "started_at");
                    }
                }
                int age = 0;
                try {
                    age = rules::ageAt(customer.dateOfBirth, seconds(startedAt), store.rules.timeZone);
                } catch (const std::invalid_argument&) {
                    throw domain::RuleViolation("invalid_date_of_birth",
                                                "the verification record's date of birth is after today");
                }
                rules::MinorAdmission admission;
                try {
                    admission = rules::checkMinorAdmission(age, seconds(startedAt), store.rules);
                } catch (const domain::RuleViolation& e) {
                    if (e.code() != "minor_night_hours") {
                        throw;
                    }
                    refuseMinorAtNight(startedAt, store.rules);
                }
                domain::NewVisit visit;
                visit.storeId = staff.storeId;
                visit.identityRecordId = customer.identityRecordId;
                visit.memberId = customer.memberId;
                visit.startedAt = startedAt;
                visit.startedBy = staff.staffId;
                visit.minor = admission.minor;
                if (admission.mustLeaveAt) {
                    visit.minorMustLeaveAt = Instant(*admission.mustLeaveAt);
                }
                domain::VisitView view;
                view.id = tx.insertVisit(visit);
                tx.openSegment(staff.storeId, view.id, booth->id, terminalIdOf(*booth), startedAt);
                tx.setBoothStatus(staff.storeId, booth->id, domain::BoothStatus::Occupied);
                auto entry = visitEntry(staff, domain::audit_action::kCheckIn,
                                        customer.memberId ? "member_card" : "identity_record", startedAt, view.id);
                entry.subjects.push_back({"identity_record", customer.identityRecordId});
                if (customer.memberId) {
                    entry.subjects.push_back({"member", *customer.memberId});
                }
                entry.details["booth_id"] = booth->id;
                if (booth->terminal) {
                    entry.details["terminal_id"] = booth->terminal->id;
                }
                entry.details["minor"] = visit.minor;
                tx.audit(entry);
                view.booth = {booth->id, booth->label};
                view.terminal = booth->terminal;
                view.startedAt = startedAt;
                view.minor = visit.minor;
                view.minorMustLeaveAt = visit.minorMustLeaveAt;
                return view;
            },
            render);
    });
    return response;
}

domain::StoredResponse VisitService::move(const domain::StaffPrincipal& staff, const domain::IdempotencyKey& key,
                                          const std::string& visitId, std::int64_t boothId,
                                          const VisitRenderer& render) {
    requireUuid(visitId);
    // No fast path for retries: nothing is looked up before the transaction, whose claim replays the answer.
    domain::StoredResponse response;
    m_visits.transact([&](domain::VisitTransaction& tx) {
        response = once(
            tx.idempotency(), key,
            [&] {
                const auto visit = lockActiveVisit(tx, staff.storeId, visitId);
                const auto segment = tx.openSegmentOf(staff.storeId, visitId);
                if (segment && segment->boothId == boothId) {
                    throw domain::Conflict("already_in_booth", "the visit is already in this booth", "booth_id");
                }
                const auto booths =
                    tx.lockBooths(staff.storeId, segment ? std::vector<std::int64_t>{segment->boothId, boothId}
                                                         : std::vector<std::int64_t>{boothId});
                const domain::LockedBooth* target = findBooth(booths, boothId);
                if (target == nullptr) {
                    throw domain::NotFound("no booth with this id in your store");
                }
                if (target->status != domain::BoothStatus::Free) {
                    refuseBooth(target->status);
                }
                Instant at = std::max(now(), visit->startedAt);
                if (segment) {
                    at = std::max(at, segment->startedAt);
                    tx.closeSegment(staff.storeId, segment->id, at);
                    tx.setBoothStatus(staff.storeId, segment->boothId, domain::BoothStatus::Cleaning);
                }
                tx.openSegment(staff.storeId, visitId, target->id, terminalIdOf(*target), at);
                tx.setBoothStatus(staff.storeId, target->id, domain::BoothStatus::Occupied);
                auto entry = visitEntry(staff, domain::audit_action::kMove, "booth_move", at, visit->id);
                if (segment) {
                    entry.details["from_booth_id"] = segment->boothId;
                }
                entry.details["to_booth_id"] = target->id;
                tx.audit(entry);
                domain::VisitView view;
                view.id = visit->id;
                view.booth = {target->id, target->label};
                view.terminal = target->terminal;
                view.startedAt = visit->startedAt;
                view.minor = visit->minor;
                view.minorMustLeaveAt = visit->minorMustLeaveAt;
                return view;
            },
            render);
    });
    return response;
}

domain::StoredResponse VisitService::checkout(const domain::StaffPrincipal& staff, const domain::IdempotencyKey& key,
                                              const std::string& visitId, const CheckoutRenderer& render) {
    requireUuid(visitId);
    const domain::Store store = storeOf(staff);
    domain::StoredResponse response;
    m_visits.transact([&](domain::VisitTransaction& tx) {
        response = once(
            tx.idempotency(), key,
            [&] {
                const auto visit = lockActiveVisit(tx, staff.storeId, visitId);
                Instant at = std::max(now(), visit->startedAt);
                if (const auto segment = tx.openSegmentOf(staff.storeId, visitId)) {
                    at = std::max(at, segment->startedAt);
                    tx.closeSegment(staff.storeId, segment->id, at);
                    tx.setBoothStatus(staff.storeId, segment->boothId, domain::BoothStatus::Cleaning);
                }
                // The day service ended, in the store's zone: a visit crossing midnight counts from its last day.
                const rules::Retention retention =
                    rules::computeRetention(seconds(at), store.rules.timeZone, store.rules.retentionYears);
                tx.endVisit(staff.storeId, visitId, at, staff.staffId, retention.retentionUntil);
                tx.extendIdentityRetention(staff.storeId, visit->identityRecordId, retention.serviceEndedOn,
                                           retention.retentionUntil);
                auto entry = visitEntry(staff, domain::audit_action::kCheckout, "checkout", at, visit->id);
                entry.subjects.push_back({"identity_record", visit->identityRecordId});
                entry.details["retention_until"] = retention.retentionUntil.toString();
                tx.audit(entry);
                return domain::CheckedOut{visit->id, at, retention.retentionUntil};
            },
            render);
    });
    return response;
}

std::vector<domain::VisitView> VisitService::active(const domain::StaffPrincipal& staff) {
    return m_visits.listActive(staff.storeId);
}

} // namespace kiroku::backend::services
