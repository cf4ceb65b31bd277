#include "services/retention/LegalHoldService.h"

#include "domain/Errors.h"
#include "services/identity/Uuid.h"
#include "services/rules/DocumentText.h"
#include "services/rules/ZoneTime.h"

#include <algorithm>
#include <set>

namespace kiroku::backend::services {

namespace {

constexpr std::size_t kMaxReasonBytes = 2000; // 500 characters of up to 4 bytes
constexpr std::size_t kMyNumberDigits = 12;

std::size_t utf8Length(const std::string& text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void normaliseIds(std::vector<std::string>& ids, const std::string& field) {
    std::set<std::string> seen;
    std::vector<std::string> out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const auto id = canonicalUuid(ids[i]);
        if (!id) {
            throw domain::ValidationError(field + "[" + std::to_string(i) + "]", "must be a UUID");
        }
        if (seen.insert(*id).second) {
            out.push_back(*id);
        }
    }
    ids = std::move(out);
}

std::chrono::sys_seconds seconds(std::chrono::system_clock::time_point t) {
    return std::chrono::floor<std::chrono::seconds>(t);
}

domain::AuditEntry holdEntry(const domain::LegalHold& hold, const char* action, std::int64_t staffId,
                             std::chrono::system_clock::time_point at) {
    domain::AuditEntry entry;
    entry.storeId = hold.storeId;
    entry.action = action;
    entry.actor = domain::AuditActor::staff(staffId);
    entry.reason = hold.reasonCode;
    entry.at = at;
    entry.subjects.push_back({"legal_hold", hold.id});
    for (const auto& id : hold.items.identityRecordIds) {
        entry.subjects.push_back({"identity_record", id});
    }
    for (const auto& id : hold.items.visitIds) {
        entry.subjects.push_back({"visit", id});
    }
    entry.details["hold_id"] = hold.id;
    entry.details["until"] = hold.until.toString();
    if (hold.policeRequestId) {
        entry.details["police_request_id"] = *hold.policeRequestId;
    }
    entry.details["identity_records"] = static_cast<std::int64_t>(hold.items.identityRecordIds.size());
    entry.details["visits"] = static_cast<std::int64_t>(hold.items.visitIds.size());
    entry.details["terminal_windows"] = static_cast<std::int64_t>(hold.items.terminalWindows.size());
    if (!hold.items.natMappings.empty()) {
        entry.details["nat_mappings"] = static_cast<std::int64_t>(hold.items.natMappings.size());
    }
    return entry;
}

} // namespace

domain::AuditEntry holdPlacedEntry(const domain::LegalHold& hold) {
    return holdEntry(hold, domain::audit_action::kHoldPlaced, hold.createdBy, hold.createdAt);
}

domain::AuditEntry holdReleasedEntry(const domain::LegalHold& hold) {
    return holdEntry(hold, domain::audit_action::kHoldReleased, hold.releasedBy.value_or(0),
                     hold.releasedAt.value_or(hold.createdAt));
}

domain::LegalHold placeHold(domain::LegalHoldLedger& ledger, const domain::NewLegalHold& hold) {
    const std::string id = newUuidV4();
    ledger.place(id, hold);
    domain::LegalHold placed = *ledger.find(hold.storeId, id);
    ledger.audit(holdPlacedEntry(placed));
    return placed;
}

void checkNewLegalHold(domain::NewLegalHold& hold, domain::CivilDate today) {
    if (std::find_if(std::begin(domain::kHoldReasonCodes), std::end(domain::kHoldReasonCodes),
                     [&](const char* c) { return hold.reasonCode == c; }) == std::end(domain::kHoldReasonCodes)) {
        throw domain::ValidationError("reason_code", "must be one of: police_request, court_order, emergency, "
                                                     "litigation, internal_investigation, other");
    }
    const std::size_t length = utf8Length(hold.reason);
    if (length == 0 || length > 500 || hold.reason.size() > kMaxReasonBytes) {
        throw domain::ValidationError("reason", "must be 1 to 500 characters");
    }
    if (rules::containsDigitRun(hold.reason, kMyNumberDigits)) {
        throw domain::ValidationError("my_number_not_allowed",
                                      "a 12-digit number must never be entered (it may be a My Number); describe the "
                                      "request by its reference instead",
                                      "reason");
    }
    if (hold.policeRequestId) {
        const auto id = canonicalUuid(*hold.policeRequestId);
        if (!id) {
            throw domain::ValidationError("police_request_id", "must be a UUID");
        }
        hold.policeRequestId = *id;
    }
    if (hold.until < today) {
        throw domain::ValidationError("until", "must be today or later (the store's date)");
    }
    if (hold.until > today.addYears(10)) {
        throw domain::ValidationError("until", "must be at most 10 years ahead; place a new hold to keep longer");
    }
    normaliseIds(hold.items.identityRecordIds, "identity_record_ids");
    normaliseIds(hold.items.visitIds, "visit_ids");
    for (std::size_t i = 0; i < hold.items.terminalWindows.size(); ++i) {
        const auto& w = hold.items.terminalWindows[i];
        if (!(w.from < w.to)) {
            throw domain::ValidationError("terminal_windows[" + std::to_string(i) + "].to", "must be after from");
        }
    }
    const std::size_t count = hold.items.identityRecordIds.size() + hold.items.visitIds.size() +
                              hold.items.terminalWindows.size() + hold.items.natMappings.size();
    if (count == 0) {
        throw domain::ValidationError("identity_record_ids",
                                      "name at least one identity record, visit or terminal window to hold");
    }
    if (count > kMaxHoldItems) {
        throw domain::ValidationError("identity_record_ids", "a hold names at most 1000 records and windows");
    }
}

LegalHoldService::LegalHoldService(domain::LegalHoldRepository& holds, domain::StoreRepository& stores,
                                   const Clock& clock)
    : m_holds(holds), m_stores(stores), m_clock(clock) {}

domain::LegalHold LegalHoldService::place(const domain::StaffPrincipal& staff, domain::NewLegalHold hold) {
    const auto store = m_stores.find(staff.storeId);
    if (!store) {
        throw domain::NotFound("your store no longer exists");
    }
    const auto now = std::chrono::time_point_cast<std::chrono::microseconds>(m_clock.now());
    hold.storeId = staff.storeId;
    hold.createdBy = staff.staffId;
    hold.createdAt = now;
    checkNewLegalHold(hold, rules::localDateAt(seconds(now), store->rules.timeZone));
    domain::LegalHold placed;
    m_holds.transact([&](domain::LegalHoldLedger& ledger) { placed = placeHold(ledger, hold); });
    return placed;
}

domain::LegalHold LegalHoldService::release(const domain::StaffPrincipal& staff, const std::string& holdId) {
    const auto id = canonicalUuid(holdId);
    if (!id) {
        throw domain::NotFound("no legal hold with this id in your store");
    }
    const auto now = std::chrono::time_point_cast<std::chrono::microseconds>(m_clock.now());
    domain::LegalHold released;
    m_holds.transact([&](domain::LegalHoldLedger& ledger) {
        const auto hold = ledger.find(staff.storeId, *id);
        if (hold && hold->policeRequestId && staff.role != domain::Role::Manager) {
            throw domain::Forbidden("only the store's manager releases a hold placed by a police request");
        }
        released = ledger.release(staff.storeId, *id, staff.staffId, now);
        ledger.audit(holdReleasedEntry(released));
    });
    return released;
}

std::vector<domain::LegalHold> LegalHoldService::list(const domain::StaffPrincipal& staff) {
    return m_holds.list(staff.storeId);
}

bool LegalHoldService::inForce(const domain::LegalHold& hold, std::chrono::system_clock::time_point now) {
    if (hold.releasedAt) {
        return false;
    }
    const auto store = m_stores.find(hold.storeId);
    const std::string zone = store ? store->rules.timeZone : "Asia/Tokyo";
    return !(hold.until < rules::localDateAt(seconds(now), zone));
}

} // namespace kiroku::backend::services
