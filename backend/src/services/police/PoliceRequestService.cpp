#include "services/police/PoliceRequestService.h"

#include "crypto/Hash.h"
#include "domain/DocumentKind.h"
#include "domain/Errors.h"
#include "services/identity/Uuid.h"
#include "services/police/AnswerDocument.h"
#include "services/retention/LegalHoldService.h"
#include "services/rules/Retention.h"
#include "services/rules/ZoneTime.h"

#include <algorithm>
#include <set>

namespace kiroku::backend::services {

using domain::Conflict;
using domain::PoliceRequestStatus;
using domain::StoredPoliceRequest;
using domain::ValidationError;

namespace {

constexpr std::size_t kListLimit = 200;
constexpr const char* kTable = "police_requests";
// Domain separation for the keyed request hash of a submission (the request holds personal data).
const std::string kRequestHashLabel = "kiroku/idempotency/police-request/v1\n";

crypto::FieldContext context(const char* column, const std::string& id, std::uint32_t keyId) {
    return crypto::FieldContext{kTable, column, id, keyId};
}

/// The conflict for an action the request's state does not allow.
[[noreturn]] void refuseState(const StoredPoliceRequest& r) {
    switch (r.status) {
    case PoliceRequestStatus::Received:
        throw Conflict("not_approved", "the request has not been approved yet");
    case PoliceRequestStatus::Approved:
        throw Conflict("already_approved", "the request is already approved");
    case PoliceRequestStatus::Answered:
        throw Conflict("already_answered", "the request is already answered");
    case PoliceRequestStatus::Rejected:
        throw Conflict("request_rejected", "the request was rejected");
    case PoliceRequestStatus::Expired:
        throw Conflict("request_expired", "the request expired with its warrant");
    }
    throw Conflict("invalid_state", "the request's state does not allow this");
}

[[noreturn]] void warrantExpired(const StoredPoliceRequest& r) {
    throw Conflict("warrant_expired", "the warrant expired on " + r.warrantExpiresOn->toString() +
                                          ": the request is now expired and can't be approved or answered");
}

domain::AuditActor actorOf(const PoliceCaller& caller) {
    if (caller.staff) {
        return domain::AuditActor::staff(caller.staff->staffId);
    }
    return domain::AuditActor{"police", std::nullopt, caller.agency ? caller.agency->agencyKey : std::string()};
}

domain::AuditEntry entryFor(const StoredPoliceRequest& r, const char* action, domain::AuditActor actor,
                            std::string reason, domain::Instant at) {
    domain::AuditEntry entry;
    entry.storeId = r.storeId;
    entry.action = action;
    entry.actor = std::move(actor);
    entry.reason = std::move(reason);
    entry.at = at;
    entry.subjects.push_back({"police_request", r.id});
    entry.details["legal_basis"] = std::string(domain::toCode(r.basis));
    return entry;
}

domain::AuditEntry expiryEntry(const StoredPoliceRequest& r, std::int64_t staffId, domain::Instant at) {
    auto entry =
        entryFor(r, domain::audit_action::kPoliceExpired, domain::AuditActor::staff(staffId), "warrant_expired", at);
    entry.details["warrant_expires_on"] = r.warrantExpiresOn->toString();
    return entry;
}

void requireWithin(const domain::Instant& t, const domain::PoliceRequestInput& in, const std::string& field) {
    if (t < in.scopeFrom || t > in.scopeTo) {
        throw ValidationError(field, "must lie within the scope window (scope.from to scope.to)");
    }
}

void checkQuestion(const domain::PoliceRequestInput& in) {
    const auto& q = in.question;
    switch (q.kind) {
    case domain::QuestionKind::TerminalAtTime:
        if (q.boothLabel && q.terminalNumber) {
            throw ValidationError("question.terminal", "give either a booth or a terminal, not both");
        }
        if (!q.boothLabel && !q.terminalNumber) {
            throw ValidationError("question.booth", "give the booth (its label) or the terminal (its number)");
        }
        if (q.at) {
            requireWithin(*q.at, in, "question.at");
        }
        break;
    case domain::QuestionKind::PublicEndpoint:
        if (!q.publicIp) {
            throw ValidationError("question.public_ip", "is required");
        }
        if (!q.sourcePort) {
            throw ValidationError("question.source_port", "is required");
        }
        if (!q.at) {
            throw ValidationError("question.at", "is required");
        }
        requireWithin(*q.at, in, "question.at");
        break;
    case domain::QuestionKind::Person: {
        const auto& p = q.person;
        if (p.documentKind) {
            const auto kind = domain::documentKindFromCode(*p.documentKind);
            if (!kind) {
                throw ValidationError("question.document_kind", "is not a known document kind");
            }
            if (domain::numberMustNotBeRecorded(*kind)) {
                throw ValidationError("number_not_recorded",
                                      "numbers of this document kind are never recorded, so they can't be searched",
                                      "question.document_kind");
            }
            if (!p.documentNumber) {
                throw ValidationError("question.document_number", "is required with question.document_kind");
            }
        }
        if (!p.documentNumber) {
            if (!p.name) {
                throw ValidationError("question.name",
                                      "give the name and date of birth, or a document number, of the person");
            }
            if (!p.dateOfBirth) {
                throw ValidationError("question.date_of_birth", "is required with question.name");
            }
        }
        break;
    }
    }
}

} // namespace

PoliceRequestService::PoliceRequestService(domain::PoliceRepository& requests, domain::StoreRepository& stores,
                                           domain::NatLookup& nat, KeyService& keys, const Clock& clock,
                                           StoreSigner& signer)
    : m_requests(requests), m_stores(stores), m_nat(nat), m_keys(keys), m_clock(clock), m_signer(signer),
      m_query(keys) {}

domain::Store PoliceRequestService::storeOf(std::int64_t storeId) {
    auto store = m_stores.find(storeId);
    if (!store) {
        throw domain::NotFound("no such store");
    }
    return std::move(*store);
}

domain::CivilDate PoliceRequestService::today(const domain::Store& store, domain::Instant now) const {
    return rules::localDateAt(std::chrono::floor<std::chrono::seconds>(now), store.rules.timeZone);
}

void PoliceRequestService::requireManager(const domain::StaffPrincipal& staff) const {
    if (staff.role != domain::Role::Manager) {
        throw domain::Forbidden("only a manager may do this with a police request");
    }
}

domain::AgencyPrincipal PoliceRequestService::agencyOf(const ClientCertificateIdentity& certificate) {
    const std::string key = !certificate.organization.empty() ? certificate.organization : certificate.commonName;
    if (key.empty() || key.size() > 200) {
        throw domain::Forbidden("the client certificate names no agency (subject O or CN)");
    }
    domain::AgencyPrincipal agency{key, key, certificate.description};
    if (const auto registered = m_requests.findAgency(key)) {
        if (registered->disabled) {
            throw domain::Forbidden("this agency's access is disabled");
        }
        agency.agencyName = registered->name;
    }
    return agency;
}

PoliceRequestView PoliceRequestService::view(const StoredPoliceRequest& r, bool withPersonFields) {
    PoliceRequestView v{r, {}};
    auto& q = v.question;
    q.kind = r.questionKind;
    q.boothLabel = r.boothLabel;
    q.terminalNumber = r.terminalNumber;
    q.at = r.questionAt;
    q.publicIp = r.publicIp;
    q.sourcePort = r.sourcePort;
    q.toleranceSeconds = r.toleranceSeconds;
    q.person.documentKind = r.documentKind;
    const auto& p = r.person;
    if (!withPersonFields || (!p.name && !p.nameKana && !p.dateOfBirth && !p.documentNumber)) {
        return v;
    }
    m_keys.ensureLoaded(r.keyId);
    const auto& cipher = m_keys.cipher();
    if (p.name) {
        q.person.name = cipher.decrypt(context("question_name_enc", r.id, r.keyId), *p.name);
    }
    if (p.nameKana) {
        q.person.nameKana = cipher.decrypt(context("question_name_kana_enc", r.id, r.keyId), *p.nameKana);
    }
    if (p.dateOfBirth) {
        q.person.dateOfBirth = domain::CivilDate::parse(
            cipher.decrypt(context("question_date_of_birth_enc", r.id, r.keyId), *p.dateOfBirth), "date_of_birth");
    }
    if (p.documentNumber) {
        q.person.documentNumber =
            cipher.decrypt(context("question_document_number_enc", r.id, r.keyId), *p.documentNumber);
    }
    return v;
}

PoliceRequestView PoliceRequestService::submit(const PoliceCaller& caller, const domain::PoliceRequestInput& in,
                                               const std::optional<SubmissionKey>& key) {
    StoredPoliceRequest r;
    if (caller.staff) {
        requireManager(*caller.staff);
        r.storeId = caller.staff->storeId;
        r.source = domain::RequestSource::Kiosk;
        r.enteredBy = caller.staff->staffId;
        if (!in.agencyName) {
            throw ValidationError("agency.name", "is required");
        }
        r.agencyName = *in.agencyName;
        r.submitter = "staff:" + std::to_string(caller.staff->staffId);
    } else if (caller.agency) {
        if (in.agencyName) {
            throw ValidationError("agency", "the agency is the one of your client certificate: leave it out");
        }
        if (!in.storeCode) {
            throw ValidationError("scope.store_code", "is required");
        }
        const auto storeId = m_requests.storeIdByCode(*in.storeCode);
        if (!storeId) {
            throw ValidationError("scope.store_code", "no store has this code");
        }
        r.storeId = *storeId;
        r.source = domain::RequestSource::Api;
        r.agencyKey = caller.agency->agencyKey;
        r.clientCertificate = caller.agency->certificate.substr(0, 1000);
        r.agencyName = caller.agency->agencyName;
        r.submitter = "agency:" + caller.agency->agencyKey;
    } else {
        throw domain::Unauthenticated("no caller");
    }
    const domain::Store store = storeOf(r.storeId);
    if (caller.staff && in.storeCode && *in.storeCode != store.code) {
        throw ValidationError("scope.store_code", "you may only enter requests for your own store");
    }
    r.storeCode = store.code;

    const auto now = m_clock.now();
    const domain::CivilDate localToday = today(store, now);
    if (in.basis == domain::LegalBasis::Warrant) {
        if (!in.warrantCourt) {
            throw ValidationError("legal_basis.court", "is required for a warrant");
        }
        if (!in.warrantExpiresOn) {
            throw ValidationError("legal_basis.expires_on", "is required for a warrant");
        }
        if (*in.warrantExpiresOn < localToday) {
            throw domain::RuleViolation("warrant_expired", "the warrant has expired", "legal_basis.expires_on");
        }
    } else if (in.warrantCourt || in.warrantExpiresOn) {
        throw ValidationError(in.warrantCourt ? "legal_basis.court" : "legal_basis.expires_on",
                              "is only for a warrant");
    }
    if (in.documentDate > localToday) {
        throw ValidationError("document.date", "must not be in the future");
    }
    if (in.scopeTo < in.scopeFrom) {
        throw ValidationError("scope.to", "must not be before scope.from");
    }
    checkQuestion(in);
    const auto& q = in.question;
    if (q.boothLabel) {
        r.boothId = m_requests.boothByLabel(r.storeId, *q.boothLabel);
        if (!r.boothId) {
            throw ValidationError("question.booth", "the store has no booth with this label");
        }
    }
    if (q.terminalNumber) {
        r.terminalId = m_requests.terminalByNumber(r.storeId, *q.terminalNumber);
        if (!r.terminalId) {
            throw ValidationError("question.terminal", "the store has no terminal with this number");
        }
    }

    r.id = newUuidV4();
    r.officerName = in.officerName;
    r.officerBadge = in.officerBadge;
    r.officerContact = in.officerContact;
    r.basis = in.basis;
    r.warrantCourt = in.warrantCourt;
    r.warrantExpiresOn = in.warrantExpiresOn;
    r.documentReference = in.documentReference;
    r.documentDate = in.documentDate;
    r.scopeFrom = in.scopeFrom;
    r.scopeTo = in.scopeTo;
    r.questionKind = q.kind;
    r.questionAt = q.at;
    r.boothLabel = q.boothLabel;
    r.terminalNumber = q.terminalNumber;
    r.publicIp = q.publicIp;
    r.sourcePort = q.sourcePort;
    r.toleranceSeconds = q.toleranceSeconds;
    r.documentKind = q.person.documentKind;
    r.status = PoliceRequestStatus::Received;
    r.receivedAt = now;
    r.retentionUntil = rules::retentionUntil(localToday, store.rules.retentionYears);
    // Under a police key of its own, never a customers' month key: purging that month must be able to destroy it.
    r.keyId = m_keys.policeKeyFor(r.retentionUntil.toString().substr(0, 7));
    const auto& cipher = m_keys.cipher();
    const auto& p = q.person;
    if (p.name) {
        r.person.name = cipher.encrypt(context("question_name_enc", r.id, r.keyId), *p.name);
    }
    if (p.nameKana) {
        r.person.nameKana = cipher.encrypt(context("question_name_kana_enc", r.id, r.keyId), *p.nameKana);
    }
    if (p.dateOfBirth) {
        r.person.dateOfBirth =
            cipher.encrypt(context("question_date_of_birth_enc", r.id, r.keyId), p.dateOfBirth->toString());
    }
    if (p.documentNumber) {
        r.person.documentNumber =
            cipher.encrypt(context("question_document_number_enc", r.id, r.keyId), *p.documentNumber);
    }
    if (key) {
        r.idempotencyKey = key->key;
        r.requestHash = m_keys.bearerTokens().hash(kRequestHashLabel + key->requestHash);
    }

    const auto replay = [&](const StoredPoliceRequest& earlier) {
        if (earlier.requestHash != r.requestHash) {
            throw domain::RuleViolation("idempotency_key_reused",
                                        "this Idempotency-Key was already used for a different request; send a new "
                                        "key for a new request",
                                        "Idempotency-Key");
        }
        return view(earlier, true);
    };
    std::optional<StoredPoliceRequest> earlier;
    try {
        m_requests.transact([&](domain::PoliceTransaction& tx) {
            if (key) {
                earlier = tx.findBySubmitterKey(r.submitter, key->key);
                if (earlier) {
                    return;
                }
            }
            tx.insert(r);
            if (r.enteredBy) {
                r.enteredByName = tx.staffDisplayName(r.storeId, *r.enteredBy);
            }
            auto entry = entryFor(r, domain::audit_action::kPoliceReceived, actorOf(caller), "police_request", now);
            entry.details["source"] = std::string(domain::toCode(r.source));
            entry.details["question_kind"] = std::string(domain::toCode(r.questionKind));
            tx.audit(entry);
        });
    } catch (const Conflict& e) {
        if (!key || e.code() != "idempotency_key_race") {
            throw;
        }
        m_requests.transact(
            [&](domain::PoliceTransaction& tx) { earlier = tx.findBySubmitterKey(r.submitter, key->key); });
        if (!earlier) {
            throw;
        }
    }
    if (earlier) {
        return replay(*earlier);
    }
    return PoliceRequestView{r, q};
}

StoredPoliceRequest PoliceRequestService::reachable(const PoliceCaller& caller, const std::string& idText) {
    const auto id = canonicalUuid(idText);
    std::optional<StoredPoliceRequest> r;
    if (id) {
        r = m_requests.find(*id);
    }
    const bool visible =
        r && ((caller.staff && r->storeId == caller.staff->storeId) ||
              (caller.agency && r->source == domain::RequestSource::Api && r->agencyKey == caller.agency->agencyKey));
    if (!visible) {
        throw domain::NotFound("no police request with this id");
    }
    return std::move(*r);
}

std::vector<PoliceRequestView> PoliceRequestService::list(const PoliceCaller& caller) {
    std::vector<StoredPoliceRequest> rows;
    if (caller.staff) {
        rows = m_requests.listForStore(caller.staff->storeId, kListLimit);
    } else if (caller.agency) {
        rows = m_requests.listForAgency(caller.agency->agencyKey, kListLimit);
    }
    std::vector<PoliceRequestView> views;
    views.reserve(rows.size());
    for (const auto& row : rows) {
        views.push_back(view(row, false));
    }
    return views;
}

PoliceRequestView PoliceRequestService::get(const PoliceCaller& caller, const std::string& id) {
    return view(reachable(caller, id), true);
}

PoliceRequestView PoliceRequestService::approve(const domain::StaffPrincipal& manager, const std::string& idText) {
    requireManager(manager);
    const StoredPoliceRequest before = reachable({manager, std::nullopt}, idText);
    const domain::Store store = storeOf(before.storeId);
    std::optional<StoredPoliceRequest> expired;
    std::optional<StoredPoliceRequest> after;
    m_requests.transact([&](domain::PoliceTransaction& tx) {
        auto r = tx.lock(before.id);
        if (!r) {
            throw domain::NotFound("no police request with this id");
        }
        if (r->status != PoliceRequestStatus::Received) {
            refuseState(*r);
        }
        const auto now = m_clock.now();
        if (r->basis == domain::LegalBasis::Warrant && *r->warrantExpiresOn < today(store, now)) {
            tx.expire(r->id, now);
            tx.audit(expiryEntry(*r, manager.staffId, now));
            expired = r;
            return;
        }
        const bool emergency = r->basis == domain::LegalBasis::EmergencyLife;
        if (r->enteredBy && *r->enteredBy == manager.staffId && !emergency) {
            throw domain::RuleViolation("second_manager_required",
                                        "a manager other than the one who entered the request must approve it");
        }
        tx.approve(r->id, manager.staffId, now, emergency);
        const std::string approverName = tx.staffDisplayName(r->storeId, manager.staffId);
        auto entry =
            entryFor(*r, domain::audit_action::kPoliceApproved, domain::AuditActor::staff(manager.staffId),
                     emergency ? "emergency_life" : (r->enteredBy ? "second_manager" : "submitted_by_police"), now);
        entry.details["review_required"] = emergency;
        tx.audit(entry);
        r->status = PoliceRequestStatus::Approved;
        r->approvedAt = now;
        r->approvedBy = manager.staffId;
        r->approvedByName = approverName;
        r->reviewRequired = emergency;
        after = std::move(r);
    });
    if (expired) {
        warrantExpired(*expired);
    }
    return view(*after, true);
}

PoliceRequestView PoliceRequestService::reject(const domain::StaffPrincipal& manager, const std::string& idText,
                                               const std::string& reason) {
    requireManager(manager);
    const StoredPoliceRequest before = reachable({manager, std::nullopt}, idText);
    std::optional<StoredPoliceRequest> after;
    m_requests.transact([&](domain::PoliceTransaction& tx) {
        auto r = tx.lock(before.id);
        if (!r) {
            throw domain::NotFound("no police request with this id");
        }
        if (r->status != PoliceRequestStatus::Received && r->status != PoliceRequestStatus::Approved) {
            refuseState(*r);
        }
        const auto now = m_clock.now();
        tx.reject(r->id, manager.staffId, now, reason);
        const std::string rejecterName = tx.staffDisplayName(r->storeId, manager.staffId);
        // The reason is text typed by the manager: it goes to the chain as the entry's reason.
        tx.audit(entryFor(*r, domain::audit_action::kPoliceRejected, domain::AuditActor::staff(manager.staffId), reason,
                          now));
        r->status = PoliceRequestStatus::Rejected;
        r->rejectedAt = now;
        r->rejectedBy = manager.staffId;
        r->rejectedByName = rejecterName;
        r->rejectionReason = reason;
        after = std::move(r);
    });
    return view(*after, true);
}

QueryResult PoliceRequestService::run(domain::PoliceLookup& lookup, const PoliceRequestView& request) {
    const auto& r = request.stored;
    const auto& q = request.question;
    switch (r.questionKind) {
    case domain::QuestionKind::TerminalAtTime: {
        const auto from = q.at.value_or(r.scopeFrom);
        const auto to = q.at.value_or(r.scopeTo);
        return m_query.terminalAtTime(lookup, r.storeId, r.boothId, r.terminalId, from, to);
    }
    case domain::QuestionKind::Person:
        return m_query.person(lookup, r.storeId, q.person, r.scopeFrom, r.scopeTo);
    case domain::QuestionKind::PublicEndpoint:
        return m_query.publicEndpoint(lookup, m_nat, r.storeId, q.publicIp.value_or(std::string()),
                                      static_cast<std::uint16_t>(q.sourcePort.value_or(0)), q.at.value_or(r.scopeFrom),
                                      std::chrono::seconds(q.toleranceSeconds.value_or(0)), r.scopeFrom, r.scopeTo);
    }
    throw std::logic_error("a police request with a question of no known kind");
}

namespace {

/// The hold an answer places: the visits it disclosed or matched (each keeps its segments and its customer's
/// identity record), and the identity records matched without a visit; until a manager releases it (at most the
/// 10 years a hold may run). Nothing when the answer matched nothing.
std::optional<domain::NewLegalHold> answerHold(const domain::StoredPoliceRequest& request, std::int64_t staffId,
                                               std::chrono::system_clock::time_point now, domain::CivilDate localToday,
                                               const std::string& answerNumberText,
                                               const std::vector<domain::Disclosure>& matches,
                                               const std::vector<DisclosedMapping>& mappings) {
    domain::NewLegalHold hold;
    hold.storeId = request.storeId;
    hold.reasonCode = "police_request";
    hold.reason = "police request answered as " + answerNumberText + ": what it disclosed and matched";
    hold.policeRequestId = request.id;
    hold.createdBy = staffId;
    hold.createdAt = std::chrono::time_point_cast<std::chrono::microseconds>(now);
    hold.until = localToday.addYears(10);
    std::set<std::string> withVisit;
    for (const auto& m : matches) {
        if (m.visitId) {
            hold.items.visitIds.push_back(*m.visitId);
            withVisit.insert(m.identityRecordId);
        }
    }
    for (const auto& m : matches) {
        if (!m.visitId && !withVisit.count(m.identityRecordId)) {
            hold.items.identityRecordIds.push_back(m.identityRecordId);
        }
    }
    // The NAT mappings a public_endpoint answer went through: their months of the NAT log are kept with the records.
    for (const auto& m : mappings) {
        hold.items.natMappings.push_back({m.publicIp, m.publicPort, m.keyAt});
    }
    if (hold.items.empty()) {
        return std::nullopt;
    }
    checkNewLegalHold(hold, localToday); // normalises the ids (no duplicates)
    return hold;
}

} // namespace

PoliceAnswer PoliceRequestService::answer(const domain::StaffPrincipal& manager, const std::string& idText) {
    requireManager(manager);
    const StoredPoliceRequest before = reachable({manager, std::nullopt}, idText);
    const domain::Store store = storeOf(before.storeId);
    // Load (or make) the store's signing key before any lock is taken.
    m_signer.publicKey(store.id);
    std::optional<StoredPoliceRequest> expired;
    std::optional<PoliceAnswer> fresh;
    m_requests.transact([&](domain::PoliceTransaction& tx) {
        const auto r = tx.lock(before.id);
        if (!r) {
            throw domain::NotFound("no police request with this id");
        }
        if (r->status == PoliceRequestStatus::Answered) {
            return; // a retry: the stored document is returned below
        }
        if (r->status != PoliceRequestStatus::Approved) {
            refuseState(*r);
        }
        const auto now = m_clock.now();
        const domain::CivilDate localToday = today(store, now);
        if (r->basis == domain::LegalBasis::Warrant && *r->warrantExpiresOn < localToday) {
            tx.expire(r->id, now);
            tx.audit(expiryEntry(*r, manager.staffId, now));
            expired = r;
            return;
        }
        const PoliceRequestView request = view(*r, true);
        const QueryResult result = run(tx, request);

        AnswerDocumentInput doc;
        doc.number = answerNumber(localToday.year(), tx.nextAnswerNumber(store.id, localToday.year()));
        doc.storeId = store.id;
        doc.storeCode = store.code;
        doc.storeName = store.name;
        doc.request = &request;
        doc.approvedAt = *r->approvedAt;
        doc.approvedBy = *r->approvedBy;
        doc.approvedByName = tx.staffDisplayName(store.id, doc.approvedBy);
        doc.answeredAt = now;
        doc.answeredBy = manager.staffId;
        doc.answeredByName = tx.staffDisplayName(store.id, doc.answeredBy);
        doc.dataAsOf = now;
        doc.result = &result;
        // From here the store's chain is held: the document names the head it extends, and the answer's own
        // entry follows it directly.
        doc.auditHead = tx.lockAuditHead(store.id);
        PoliceAnswer out;
        out.requestId = r->id;
        out.number = doc.number;
        out.document = answerDocument(doc);
        out.answeredAt = now;
        auto signature = m_signer.sign(store.id, out.document);
        out.signature = std::move(signature.signature);
        out.publicKeyPem = std::move(signature.publicKeyPem);
        m_keys.ensureLoaded(r->keyId);
        domain::StoredAnswer stored{
            out.number, m_keys.cipher().encrypt(context("answer_document_enc", r->id, r->keyId), out.document),
            out.signature, out.publicKeyPem};
        tx.storeAnswer(r->id, manager.staffId, now, stored);
        tx.recordDisclosures(r->id, store.id, result.matches);
        // An answered request keeps what it disclosed and matched past retention until a manager releases the hold.
        std::optional<domain::LegalHold> hold;
        if (const auto newHold =
                answerHold(*r, manager.staffId, now, localToday, out.number, result.matches, result.mappings)) {
            const std::string holdId = newUuidV4();
            tx.holds().place(holdId, *newHold);
            hold = tx.holds().find(store.id, holdId);
        }

        auto entry = entryFor(*r, domain::audit_action::kPoliceAnswered, domain::AuditActor::staff(manager.staffId),
                              "answered", now);
        entry.details["number"] = out.number;
        entry.details["document_sha256"] = crypto::sha256Hex(out.document);
        entry.details["signing_key_id"] = static_cast<std::int64_t>(signature.keyId);
        std::int64_t segments = 0;
        for (const auto& record : result.records) {
            entry.subjects.push_back({"identity_record", record.id});
            for (const auto& visit : record.visits) {
                entry.subjects.push_back({"visit", visit.id});
                segments += static_cast<std::int64_t>(visit.segments.size());
            }
        }
        entry.details["records_disclosed"] = static_cast<std::int64_t>(result.records.size());
        entry.details["segments_disclosed"] = segments;
        entry.details["matched_not_disclosed"] = static_cast<std::int64_t>(
            std::count_if(result.matches.begin(), result.matches.end(), [](const auto& m) { return !m.disclosed; }));
        if (hold) {
            entry.details["legal_hold_id"] = hold->id;
        }
        tx.audit(entry);
        if (hold) {
            tx.audit(holdPlacedEntry(*hold));
        }
        fresh = std::move(out);
    });
    if (expired) {
        warrantExpired(*expired);
    }
    if (fresh) {
        return std::move(*fresh);
    }
    return answerOf({manager, std::nullopt}, before.id);
}

PoliceAnswer PoliceRequestService::answerOf(const PoliceCaller& caller, const std::string& idText) {
    const StoredPoliceRequest r = reachable(caller, idText);
    const auto stored = r.status == PoliceRequestStatus::Answered ? m_requests.findAnswer(r.id) : std::nullopt;
    if (!stored) {
        throw Conflict("not_answered", "the request has no answer yet");
    }
    m_keys.ensureLoaded(r.keyId);
    PoliceAnswer out;
    out.requestId = r.id;
    out.number = stored->number;
    out.document = m_keys.cipher().decrypt(context("answer_document_enc", r.id, r.keyId), stored->documentEnc);
    out.signature = stored->signature;
    out.publicKeyPem = stored->publicKeyPem;
    out.answeredAt = r.answeredAt.value_or(r.receivedAt);
    return out;
}

} // namespace kiroku::backend::services
