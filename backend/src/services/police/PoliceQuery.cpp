#include "services/police/PoliceQuery.h"

#include "crypto/Errors.h"
#include "domain/DocumentKind.h"
#include "services/identity/IdentityFields.h"
#include "text/Normalizer.h"

#include <algorithm>
#include <map>
#include <set>

namespace kiroku::backend::services {

namespace fields = identity_fields;
using domain::MatchedSegment;
using domain::StoredIdentityRecord;

std::string PoliceQuery::decryptField(const StoredIdentityRecord& record, const char* column,
                                      const domain::ByteString& blob) {
    return m_keys.cipher().decrypt(fields::context(column, record.id, record.fields.keyId), blob);
}

DisclosedIdentity PoliceQuery::decrypt(const StoredIdentityRecord& record) {
    m_keys.ensureLoaded(record.fields.keyId);
    const auto& f = record.fields;
    DisclosedIdentity out;
    out.id = record.id;
    out.name = decryptField(record, fields::kName, f.name);
    if (f.nameKana) {
        out.nameKana = decryptField(record, fields::kNameKana, *f.nameKana);
    }
    out.address = decryptField(record, fields::kAddress, f.address);
    out.dateOfBirth =
        domain::CivilDate::parse(decryptField(record, fields::kDateOfBirth, f.dateOfBirth), "date_of_birth");
    out.documentKind = record.documentKind;
    if (f.documentNumber) {
        out.documentNumber = decryptField(record, fields::kDocumentNumber, *f.documentNumber);
    }
    out.documentIssuer = record.documentIssuer;
    out.nationality = record.nationality;
    out.verifiedAt = record.verifiedAt;
    out.method = record.method;
    return out;
}

QueryResult PoliceQuery::terminalAtTime(domain::PoliceLookup& lookup, std::int64_t storeId,
                                        std::optional<std::int64_t> boothId, std::optional<std::int64_t> terminalId,
                                        domain::Instant from, domain::Instant to) {
    const auto segments = boothId ? lookup.segmentsOfBooth(storeId, *boothId, from, to)
                                  : lookup.segmentsOfTerminal(storeId, terminalId.value_or(0), from, to);
    return assemble(lookup, storeId, segments, {});
}

QueryResult PoliceQuery::publicEndpoint(domain::PoliceLookup& lookup, domain::NatLookup& nat, std::int64_t storeId,
                                        const std::string& publicIp, std::uint16_t port, domain::Instant at,
                                        std::chrono::seconds tolerance, domain::Instant scopeFrom,
                                        domain::Instant scopeTo) {
    const auto found = nat.findByPublicEndpoint(storeId, publicIp, port, at, tolerance);
    std::vector<MatchedSegment> segments;
    std::set<std::int64_t> taken;
    // The segments on the terminal during [from, to]: those inside the scope window are taken; returns how many
    // there were in all, so that an opener outside the scope is not mistaken for no opener.
    auto add = [&](std::int64_t terminalId, domain::Instant from, domain::Instant to) {
        std::size_t onTerminal = 0;
        for (auto& segment : lookup.segmentsOfTerminal(storeId, terminalId, from, to)) {
            ++onTerminal;
            const bool inScope = segment.startedAt <= scopeTo && (!segment.endedAt || *segment.endedAt > scopeFrom);
            if (inScope && taken.insert(segment.segmentId).second) {
                segments.push_back(std::move(segment));
            }
        }
        return onTerminal;
    };
    std::vector<DisclosedMapping> mappings;
    for (const auto& m : found) {
        DisclosedMapping shown{m.protocol,       m.privateIp, m.privatePort, m.publicIp,   m.publicPort, m.startedAt,
                               m.startEstimated, m.endedAt,   std::nullopt,  std::nullopt, m.firstSeenAt};
        if (m.terminal) {
            shown.terminalNumber = m.terminal->number;
            shown.addressSource =
                m.terminal->source == domain::NatLookupTerminal::Source::AddressAssigned ? "ip_assigned" : "configured";
            // Who opened the connection: the segment its start falls in.
            const bool opened = m.startedAt && add(m.terminal->terminalId, *m.startedAt, *m.startedAt) > 0;
            if (!opened) {
                // Start unknown, or the terminal was free then: whoever was on it during the asked time, while the
                // mapping lived.
                domain::Instant from = at - tolerance;
                domain::Instant to = at + tolerance;
                if (m.startedAt) {
                    from = std::max(from, *m.startedAt);
                }
                if (m.endedAt) {
                    to = std::min(to, *m.endedAt);
                }
                if (from <= to) {
                    add(m.terminal->terminalId, from, to);
                }
            }
        }
        mappings.push_back(std::move(shown));
    }
    QueryResult result = assemble(lookup, storeId, segments, {});
    result.mappings = std::move(mappings);
    return result;
}

std::vector<StoredIdentityRecord> PoliceQuery::matchPerson(domain::PoliceLookup& lookup, std::int64_t storeId,
                                                           const domain::PersonQuestion& q) {
    std::optional<std::string> nameKey;
    std::optional<std::string> kanaKey;
    std::optional<std::string> numberKey;
    if (q.name) {
        nameKey = text::normalizeName(*q.name);
    }
    if (q.nameKana) {
        kanaKey = text::normalizeKana(*q.nameKana);
    }
    std::vector<StoredIdentityRecord> candidates;
    if (q.documentNumber) {
        numberKey = text::normalizeDocumentNumber(*q.documentNumber);
        std::vector<domain::ByteString> indexes;
        for (const auto kind : domain::allDocumentKinds()) {
            const std::string code(domain::toCode(kind));
            if (domain::numberMustNotBeRecorded(kind) || (q.documentKind && *q.documentKind != code)) {
                continue;
            }
            indexes.push_back(m_keys.documentNumberIndex().compute({code, *numberKey}));
        }
        if (indexes.empty()) {
            return {};
        }
        candidates = lookup.identitiesByDocument(storeId, indexes);
    } else if (nameKey && q.dateOfBirth) {
        candidates =
            lookup.identitiesByNameDob(storeId, m_keys.nameDobIndex().compute({*nameKey, q.dateOfBirth->toString()}));
    } else {
        return {};
    }

    std::vector<StoredIdentityRecord> matched;
    for (auto& candidate : candidates) {
        try {
            m_keys.ensureLoaded(candidate.fields.keyId);
        } catch (const crypto::UnknownKeyError&) {
            continue; // its retention month's key was destroyed: the record is gone in all but its row
        }
        const auto& f = candidate.fields;
        if (numberKey) {
            if (!f.documentNumber || (q.documentKind && candidate.documentKind != *q.documentKind) ||
                text::normalizeDocumentNumber(decryptField(candidate, fields::kDocumentNumber, *f.documentNumber)) !=
                    *numberKey) {
                continue;
            }
        }
        if (nameKey && text::normalizeName(decryptField(candidate, fields::kName, f.name)) != *nameKey) {
            continue;
        }
        if (q.dateOfBirth &&
            decryptField(candidate, fields::kDateOfBirth, f.dateOfBirth) != q.dateOfBirth->toString()) {
            continue;
        }
        // A record made without kana can't contradict the kana asked about.
        if (kanaKey && f.nameKana &&
            text::normalizeKana(decryptField(candidate, fields::kNameKana, *f.nameKana)) != *kanaKey) {
            continue;
        }
        matched.push_back(std::move(candidate));
    }
    return matched;
}

QueryResult PoliceQuery::person(domain::PoliceLookup& lookup, std::int64_t storeId, const domain::PersonQuestion& q,
                                domain::Instant from, domain::Instant to) {
    const auto records = matchPerson(lookup, storeId, q);
    if (records.empty()) {
        return {};
    }
    std::vector<std::string> ids;
    for (const auto& record : records) {
        ids.push_back(record.id);
    }
    const auto segments = lookup.segmentsOfIdentities(storeId, ids, from, to);
    QueryResult result = assemble(lookup, storeId, segments, records);
    std::set<std::string> withVisits;
    for (const auto& segment : segments) {
        withVisits.insert(segment.identityRecordId);
    }
    for (const auto& record : records) {
        if (withVisits.count(record.id) == 0) {
            result.matches.push_back({record.id, std::nullopt, std::nullopt, false});
        }
    }
    return result;
}

QueryResult PoliceQuery::assemble(domain::PoliceLookup& lookup, std::int64_t storeId,
                                  const std::vector<MatchedSegment>& segments,
                                  const std::vector<StoredIdentityRecord>& knownRecords) {
    std::vector<const MatchedSegment*> ordered;
    for (const auto& segment : segments) {
        ordered.push_back(&segment);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const MatchedSegment* a, const MatchedSegment* b) {
        return a->startedAt < b->startedAt || (a->startedAt == b->startedAt && a->segmentId < b->segmentId);
    });

    // Records in the order of their first matching segment; visits likewise within a record.
    std::vector<std::string> recordOrder;
    std::map<std::string, std::vector<std::string>> visitOrder;
    std::map<std::string, DisclosedVisit> visits;
    QueryResult result;
    for (const MatchedSegment* s : ordered) {
        if (visitOrder.find(s->identityRecordId) == visitOrder.end()) {
            recordOrder.push_back(s->identityRecordId);
        }
        auto& order = visitOrder[s->identityRecordId];
        auto [it, inserted] = visits.try_emplace(s->visitId);
        if (inserted) {
            it->second.id = s->visitId;
            order.push_back(s->visitId);
        }
        it->second.segments.push_back({s->boothLabel, s->terminalNumber, s->startedAt, s->endedAt});
        result.matches.push_back({s->identityRecordId, s->visitId, s->segmentId, true});
    }
    if (recordOrder.empty()) {
        return result;
    }

    std::map<std::string, const StoredIdentityRecord*> byId;
    for (const auto& record : knownRecords) {
        byId[record.id] = &record;
    }
    std::vector<std::string> missing;
    for (const auto& id : recordOrder) {
        if (byId.find(id) == byId.end()) {
            missing.push_back(id);
        }
    }
    std::vector<StoredIdentityRecord> fetched;
    if (!missing.empty()) {
        fetched = lookup.identities(storeId, missing);
        for (const auto& record : fetched) {
            byId[record.id] = &record;
        }
    }
    for (const auto& id : recordOrder) {
        const auto found = byId.find(id);
        if (found == byId.end()) {
            throw std::logic_error("a matched visit's identity record is missing from its store");
        }
        DisclosedIdentity identity = decrypt(*found->second);
        for (const auto& visitId : visitOrder[id]) {
            identity.visits.push_back(std::move(visits[visitId]));
        }
        result.records.push_back(std::move(identity));
    }
    return result;
}

} // namespace kiroku::backend::services
