#pragma once

// One busy month of a store, made with generate_series, for the purge benchmarks: N visits with a segment each whose
// retention ends in November of `year` + 3 (so the month partitions of visits and visit_segments hold them, and they
// are past retention from December of that year), and E terminal events of November `year`. Their identity records
// are under a key of a month far ahead, so no key is shredded or re-encrypted by the purge.

#include "services/retention/PurgeService.h"
#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include <memory>

namespace kiroku::bench {

void buildExpiredMonth(const test::TestDatabase& db, const test::StaffFixture& staff, long long visits,
                       long long events, int year);

/// A legal hold on a one-minute terminal window of the first segment of `year`'s November: that month's visits and
/// segments then go row by row (in batches), the held ones stay.
void holdOneVisit(const test::TestDatabase& db, const test::StaffFixture& manager, int year);

/// The purge as the server's daily job runs it (PurgeService over the server's pool role), on its own pool.
class PurgeRig {
public:
    explicit PurgeRig(const test::TestDatabase& db);
    ~PurgeRig();
    /// `workShare`: retention.work_share (the server's default is 50; 100 never pauses); `batchSize`:
    /// retention.batch_size (default 5000).
    domain::PurgeCertificate run(std::chrono::system_clock::time_point asOf, int workShare, std::size_t batchSize);

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

/// One line: duration, partitions dropped, rows per table, rows held back.
void printCertificate(const domain::PurgeCertificate& certificate);

} // namespace kiroku::bench
