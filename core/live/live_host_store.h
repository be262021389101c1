// The facilitator side of the live link's storage: the hosted hearing's join code and salt, the
// hearing snapshot sent to reporters, and applying received note versions to the plan.
// Works on the host's own PlanStore connection (the network thread's), never the UI's.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/live/live_protocol.h"
#include "core/store/store.h"

namespace hd {

struct LiveSessionRecord {
    std::string join_code; // normalised, e.g. "ABCD2345"
    LiveSalt salt{};
};

struct LiveApplyResult {
    int stored = 0;     // new notes or newer versions written
    int duplicates = 0; // versions the plan already had (a resend): acknowledged, nothing written
    int rejected = 0;   // not acceptable (other reporter's note, invalid text): acknowledged, not stored
    std::vector<std::string> stored_uuids;
    int64_t new_notes[2] = {0, 0}; // notes (not versions) added, per reporter A, B
    int64_t max_seq[2] = {0, 0};   // highest seq among them
};

struct LiveReporterCounts {
    int64_t notes = 0;
    int64_t max_seq = 0;
};

class LiveHostStore {
  public:
    LiveHostStore(PlanStore& store, int64_t hearing_id);

    // The stored code for this hearing, or a new one. `requested_code` (typed form) replaces the
    // stored code when given; `fresh` forces a new random code and salt.
    LiveSessionRecord LoadOrCreateSession(const std::string& requested_code, bool fresh);
    // Revocation: a new random code and salt replace the old ones; returns the new record.
    LiveSessionRecord ReplaceSession();

    LiveWelcome BuildWelcome(const std::vector<std::string>& promoted);
    LiveTimerState CurrentTimer();

    // Applies a batch in ONE transaction (one fsync for many notes); durable when it returns.
    // Idempotent: versions the plan already has are skipped; an older version arriving after a
    // newer one only fills in history.
    struct Incoming {
        char reporter = 'A'; // the reporter the connection joined as, never what the note claims
        LiveNoteVersion version;
    };
    LiveApplyResult ApplyBatch(const std::vector<Incoming>& batch);
    LiveReporterCounts Counts(char reporter);
    // The hearing's minutes are approved: notes are refused (and never acknowledged).
    bool IsClosed() { return m_store.IsHearingClosed(m_hearing_id); }

  private:
    PlanStore& m_store;
    int64_t m_hearing_id;
};

} // namespace hd
