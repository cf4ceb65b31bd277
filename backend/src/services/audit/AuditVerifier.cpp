#include "services/audit/AuditVerifier.h"

#include "audit/AuditChain.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace kiroku::backend::services {

namespace {

const std::string kZeroHash(64, '0');

BrokenLink broken(std::int64_t seq, std::string code, std::string message) {
    return BrokenLink{seq, std::move(code), std::move(message)};
}

/// The columns kept for queries must say what the hashed document says.
std::optional<std::string> columnMismatch(const domain::StoredAuditEntry& e, const canonical::Value& document) {
    const auto integer = [&](const char* name) -> std::optional<std::int64_t> {
        const canonical::Value* v = document.find(name);
        return v != nullptr && v->kind() == canonical::Value::Kind::Integer ? std::optional(v->asInteger())
                                                                            : std::nullopt;
    };
    if (integer("chain") != e.chainId) {
        return "the document names another chain";
    }
    if (integer("seq") != e.seq) {
        return "the document names another position";
    }
    const canonical::Value* store = document.find("store_id");
    const std::optional<std::int64_t> storeId =
        store != nullptr && !store->isNull() ? integer("store_id") : std::nullopt;
    if (store == nullptr || storeId != e.storeId) {
        return "store_id differs from the document";
    }
    if (integer("at_us") != e.atMicros) {
        return "at differs from the document";
    }
    const canonical::Value* action = document.find("action");
    if (action == nullptr || action->kind() != canonical::Value::Kind::String || action->asString() != e.action) {
        return "action differs from the document";
    }
    const canonical::Value* actor = document.find("actor");
    std::optional<std::int64_t> staffId;
    if (actor != nullptr) {
        if (const canonical::Value* s = actor->find("staff_id"); s != nullptr) {
            staffId = s->kind() == canonical::Value::Kind::Integer ? std::optional(s->asInteger()) : std::nullopt;
        }
    }
    if (staffId != e.staffId) {
        return "staff_id differs from the document";
    }
    return std::nullopt;
}

} // namespace

ChainWalker::ChainWalker(std::int64_t chainId) : m_chainId(chainId), m_headHash(kZeroHash) {}

ChainWalker::ChainWalker(std::int64_t chainId, std::int64_t length, std::string headHash)
    : m_chainId(chainId), m_length(length), m_headHash(std::move(headHash)) {}

std::optional<BrokenLink> ChainWalker::next(const domain::StoredAuditEntry& e) {
    if (m_broken) {
        throw std::logic_error("the chain is already broken");
    }
    const std::int64_t expected = m_length + 1;
    std::optional<BrokenLink> problem;
    if (e.chainId != m_chainId || e.seq != expected) {
        problem = broken(expected, "sequence_gap",
                         "expected entry " + std::to_string(expected) + ", found entry " + std::to_string(e.seq));
    } else if (e.prevHash != m_headHash) {
        problem = broken(e.seq, "prev_hash_mismatch", "the entry's prev_hash is not the hash of the entry before it");
    } else {
        try {
            const canonical::Value document = canonical::parse(e.document);
            const auto prev = audit::digestFromHex(e.prevHash);
            const std::string recomputed =
                prev ? audit::toHex(audit::linkHash(*prev, canonical::canonicalize(document))) : std::string();
            if (recomputed != e.hash) {
                problem = broken(e.seq, "hash_mismatch", "the entry's content does not match its hash");
            } else if (const auto mismatch = columnMismatch(e, document)) {
                problem = broken(e.seq, "entry_mismatch", *mismatch);
            }
        } catch (const canonical::JsonError& error) {
            problem =
                broken(e.seq, "entry_unreadable", std::string("the entry is not canonical JSON: ") + error.what());
        }
    }
    if (problem) {
        m_broken = true;
        return problem;
    }
    m_length = e.seq;
    m_headHash = e.hash;
    return std::nullopt;
}

std::optional<BrokenLink> ChainWalker::finish(const std::optional<domain::AuditHead>& head) {
    if (m_broken) {
        return std::nullopt;
    }
    const std::int64_t headLength = head ? head->length : 0;
    const std::string headHash = head ? head->hash : kZeroHash;
    if (headLength != m_length || headHash != m_headHash) {
        m_broken = true;
        return broken(std::min(headLength, m_length) + 1, "head_mismatch",
                      "the recorded head is entry " + std::to_string(headLength) + " but the log ends at entry " +
                          std::to_string(m_length));
    }
    return std::nullopt;
}

AuditVerifier::AuditVerifier(domain::AuditRepository& repository, std::size_t batchSize)
    : m_repository(repository), m_batchSize(batchSize == 0 ? 1 : batchSize) {}

ChainVerification AuditVerifier::verify(std::int64_t chainId) {
    return verifyFrom(chainId, 0, kZeroHash);
}

namespace {

/// Hands batches of entries from the reading thread to the thread that checks them, so that the database reads the
/// next batch while the last one is hashed. At most two batches wait.
class BatchPipe {
public:
    void put(std::vector<domain::StoredAuditEntry> batch) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < 2 || m_stop; });
        if (!m_stop) {
            m_batches.push_back(std::move(batch));
        }
        m_changed.notify_all();
    }
    /// The next batch; nothing once closed and drained (or stopped).
    std::optional<std::vector<domain::StoredAuditEntry>> take() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_closed || m_stop; });
        if (m_stop || m_batches.empty()) {
            return std::nullopt;
        }
        auto batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    void close() {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    /// The checker found a break (or failed): the reader stops.
    void stop() {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_changed.notify_all();
    }
    bool stopped() {
        std::lock_guard lock(m_mutex);
        return m_stop;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<domain::StoredAuditEntry>> m_batches;
    bool m_closed = false;
    bool m_stop = false;
};

} // namespace

ChainVerification AuditVerifier::verifyFrom(std::int64_t chainId, std::int64_t afterSeq, const std::string& prevHash) {
    ChainWalker walker(chainId, afterSeq, prevHash);
    ChainVerification result;
    result.chainId = chainId;
    BatchPipe pipe;
    std::exception_ptr checkFailed;
    std::thread checker([&] {
        try {
            while (auto batch = pipe.take()) {
                for (const auto& entry : *batch) {
                    if ((result.firstBroken = walker.next(entry))) {
                        pipe.stop();
                        return;
                    }
                }
            }
        } catch (...) {
            checkFailed = std::current_exception();
            pipe.stop();
        }
    });
    std::optional<domain::AuditHead> head;
    try {
        // Head and entries come from one snapshot, where an append always moved both: an entry beyond the head, or
        // a head beyond the last entry, is a change made around the application.
        std::vector<domain::StoredAuditEntry> batch;
        head = m_repository.scan(chainId, afterSeq, m_batchSize, [&](const domain::StoredAuditEntry& entry) {
            batch.push_back(entry);
            if (batch.size() >= m_batchSize) {
                pipe.put(std::move(batch));
                batch.clear();
            }
            return !pipe.stopped();
        });
        pipe.put(std::move(batch));
        pipe.close();
    } catch (...) {
        pipe.stop();
        checker.join();
        throw;
    }
    checker.join();
    if (checkFailed) {
        std::rethrow_exception(checkFailed);
    }
    if (!result.firstBroken) {
        result.firstBroken = walker.finish(head);
    }
    result.ok = !result.firstBroken.has_value();
    result.length = walker.length();
    result.headHash = walker.headHash();
    return result;
}

std::vector<ChainVerification> AuditVerifier::verifyAll() {
    std::vector<ChainVerification> results;
    for (const std::int64_t chainId : m_repository.chains()) {
        results.push_back(verify(chainId));
    }
    return results;
}

} // namespace kiroku::backend::services
