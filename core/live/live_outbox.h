// The reporter side of the live link's storage. The outbox is every version of this reporter's
// notes in the hearing that the facilitator has not acknowledged yet: note_revision rows without an
// acknowledged live_outbox row. Because it is derived from the notes themselves, a note is in the
// outbox the moment its commit returns, and a crash between commit and send loses nothing.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/live/live_protocol.h"
#include "core/store/store.h"

namespace hd {
class Statement;

struct LiveOutboxItem {
    std::string note_uuid;
    int version = 1;
    int64_t queued_at = 0; // when that version was committed
    bool operator==(const LiveOutboxItem& o) const {
        return note_uuid == o.note_uuid && version == o.version;
    }
};

enum class LiveDelivery { Local, Delivered }; // per note: only on this laptop yet / acknowledged by the host

class LiveOutbox {
  public:
    LiveOutbox(PlanStore& store, int64_t hearing_id, char reporter);
    ~LiveOutbox();

    // A random id for this plan file, created on first use (see live_identity).
    std::string ClientId();
    // Unacknowledged versions in commit order (oldest first). With `after_rowid`, only versions
    // committed after that note_revision rowid; `max_rowid` receives the last rowid looked at.
    std::vector<LiveOutboxItem> Pending(int64_t after_rowid = 0, int64_t* max_rowid = nullptr);
    int64_t PendingCount();
    // The wire form of one version, or nullopt when the note or that version is gone.
    std::optional<LiveNoteVersion> Load(const LiveOutboxItem& item);
    // Versions of this reporter's notes in the hearing that the facilitator acknowledged.
    std::vector<LiveOutboxItem> Acknowledged();
    // Records acknowledgements in one transaction.
    void MarkAcked(const std::vector<LiveOutboxItem>& items, int64_t acked_at_ms);
    // Whether the note's current version has reached the facilitator (for the note list). The live
    // client records acknowledgements within ~100 ms of receiving them.
    LiveDelivery Delivery(const std::string& note_uuid);

  private:
    PlanStore& m_store;
    std::unique_ptr<Statement> m_load; // prepared on first use: Load runs once per sent version
    int64_t m_hearing_id;
    char m_reporter;
};

} // namespace hd
