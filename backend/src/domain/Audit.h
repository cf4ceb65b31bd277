#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kiroku::domain {

/// A record an audited action concerns, named by its id only ("identity_record", "visit", "member", "data_key").
struct AuditSubject {
    std::string kind;
    std::string id;

    bool operator==(const AuditSubject&) const = default;
};

/// A detail of an audited action: a count, a flag, an id or a code. Never personal data.
using AuditValue = std::variant<std::int64_t, bool, std::string>;

/// Who acted: a staff member (through the API), the server itself (a scheduled job), or an operator at the console
/// (kirokuctl, with the operating-system user it ran as).
struct AuditActor {
    std::string kind = "staff"; ///< staff | system | operator
    std::optional<std::int64_t> staffId;
    std::optional<std::string> name; ///< for an operator: the OS login running kirokuctl (never a customer's name)

    static AuditActor staff(std::int64_t id) { return {"staff", id, std::nullopt}; }
    static AuditActor system() { return {"system", std::nullopt, std::nullopt}; }
    static AuditActor operatorNamed(std::string login) { return {"operator", std::nullopt, std::move(login)}; }
};

/// One fact for the tamper-evident audit log, written in the same transaction as the action it records.
/// It holds ids, staff ids, action and reason codes, counts and text typed by staff — never names, addresses,
/// dates of birth, document numbers or card tokens.
struct AuditEntry {
    /// The store's chain; nothing for the global chain of system-wide events (key rotation).
    std::optional<std::int64_t> storeId;
    std::string action; ///< e.g. "visit.check_in" (see docs/security.md for the list)
    AuditActor actor;
    std::string reason; ///< why: a code ("member_card_scan") or text typed by staff
    std::chrono::system_clock::time_point at;
    std::vector<AuditSubject> subjects;
    std::map<std::string, AuditValue> details;
};

/// A read of personal data that will be shown to someone: who reads it and why (a code or text typed by staff).
struct DataAccess {
    std::int64_t staffId = 0;
    std::string reason;
};

/// Where a chain stands: its length and the hash of its last entry (lower-case hex; 64 zeros when empty).
struct AuditHead {
    std::int64_t chainId = 0; ///< the store's id, or 0 for the global chain
    std::int64_t length = 0;
    std::string hash;
};

/// Appends entries to the audit log, each in a transaction of its own: for actions that are not themselves a
/// database write (a command-line operation summarised at its end). Writes that change records append their entry
/// inside their own transaction instead (the repositories do it).
class AuditLog {
public:
    virtual ~AuditLog() = default;
    /// Appends `entry` at the head of its chain and returns the new head.
    virtual AuditHead append(const AuditEntry& entry) = 0;
};

// The actions written today, in one place so reports and tests use the same names.
namespace audit_action {
inline constexpr const char* kLogin = "auth.login";
inline constexpr const char* kLoginFailed = "auth.login_failed";
inline constexpr const char* kIdentityVerified = "identity.verify";
inline constexpr const char* kIdentityRead = "identity.read";
inline constexpr const char* kCheckIn = "visit.check_in";
inline constexpr const char* kMove = "visit.move";
inline constexpr const char* kCheckout = "visit.checkout";
inline constexpr const char* kKeyRewrap = "keys.rewrap";
inline constexpr const char* kKeyRetire = "keys.retire";
inline constexpr const char* kKeyReencrypt = "keys.reencrypt";
inline constexpr const char* kCheckpoint = "audit.checkpoint";
inline constexpr const char* kPoliceReceived = "police.request_received";
inline constexpr const char* kPoliceApproved = "police.approve";
inline constexpr const char* kPoliceRejected = "police.reject";
inline constexpr const char* kPoliceExpired = "police.expire";
inline constexpr const char* kPoliceAnswered = "police.answer";
inline constexpr const char* kPurge = "retention.purge";
inline constexpr const char* kHoldPlaced = "legal_hold.place";
inline constexpr const char* kHoldReleased = "legal_hold.release";
} // namespace audit_action

} // namespace kiroku::domain
