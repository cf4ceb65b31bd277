#pragma once

#include "domain/Audit.h"
#include "domain/RetentionStore.h"

#include <set>
#include <string>

namespace kiroku::backend::services {

/// What one store signs of a purge certificate: the RFC 8785 canonical JSON of the certificate as that store sees
/// it — its own cut-off, the rows purged over every store the run covered, the partitions dropped, the keys
/// destroyed and kept, and the holds of this store that kept records. No personal data.
std::string purgeCertificateDocument(const domain::PurgeCertificate& certificate, const domain::StoreCutoff& store,
                                     const std::set<std::string>& storeHolds);

/// The entry a purge appends to a store's audit chain (retention.purge): the certificate, the SHA-256 of the
/// store's signed document and the key that signed it, the counts, and the store's holds that kept records.
domain::AuditEntry purgeAuditEntry(const domain::PurgeCertificate& certificate,
                                   const domain::PurgeCertificate::StoreSignature& signature,
                                   const std::set<std::string>& storeHolds, const domain::AuditActor& actor);

} // namespace kiroku::backend::services
