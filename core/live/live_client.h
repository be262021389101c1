// LiveClient: a reporter's end of the live link. Runs Asio on its own thread with its own
// PlanStore connection on the reporter's plan. The UI commits notes to its own PlanStore as always
// (durable first), then calls NotifyCommitted(); the client sends every unacknowledged version in
// commit order, reconnects with backoff, and on each (re)connect resends exactly what the facilitator
// has not acknowledged (see LiveOutbox). Status() is a copy under a mutex; nothing here blocks.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/live/live_crypto.h"
#include "core/live/live_outbox.h"
#include "core/live/live_protocol.h"

namespace hd {

struct LiveClientOptions {
    std::string plan_path;
    int64_t hearing_id = 0; // the hearing in the reporter's plan whose notes are sent
    char reporter = 'A';
    std::string host; // facilitator's address as shown on the projection
    uint16_t port = 0;
    std::string join_code; // as typed
    KdfStrength kdf = KdfStrength::Interactive();
    int connect_timeout_ms = 3000; // TCP connect plus handshake
    int idle_timeout_ms = 15000;   // facilitator silent this long: reconnect
    int ping_interval_ms = 3000;
    int backoff_initial_ms = 250;
    int backoff_max_ms = 5000;
    int rescan_interval_ms = 1000; // picks up commits nobody notified (belt and braces)
    size_t window = 512;           // versions in flight before waiting for acknowledgements
    uint32_t protocol_version = kLiveProtocolVersion; // tests only: pretend to be another build
    // Called on the network thread after acknowledgements were recorded (CLI prints "acked").
    std::function<void(const std::vector<LiveOutboxItem>&)> on_acked;
};

enum class LiveLinkState {
    Stopped,
    Connecting, // TCP connect and handshake
    Connected,  // joined: notes flow
    Retrying,   // lost or could not connect; waiting for the next attempt
    Refused,    // wrong code, other version, reporter taken, revoked: needs the user; no retries
};

struct LiveClientStatus {
    LiveLinkState state = LiveLinkState::Stopped;
    LiveRefusal refusal = LiveRefusal::None;
    std::string error_key, error; // last problem, English (translate error_key)
    std::vector<std::string> error_args; // its arguments ({0}, {1} … in the translation)
    int64_t pending = 0;          // versions not yet acknowledged
    int64_t sent = 0;             // versions sent (including resends)
    int64_t acked = 0;            // versions acknowledged since Start()
    int64_t reconnects = 0;
    bool has_hearing = false;
    LiveHearingInfo hearing;
    LiveTimerState timer;
    int64_t timer_received_ms = 0; // wall clock when `timer` arrived (the clock runs on from there)
    std::vector<std::string> promoted;
    int64_t generation = 0; // bumps whenever something shown changes
};

class LiveClient {
  public:
    explicit LiveClient(LiveClientOptions options);
    ~LiveClient(); // Stop()
    LiveClient(const LiveClient&) = delete;
    LiveClient& operator=(const LiveClient&) = delete;

    void Start();
    void Stop(); // closes the connection and joins the thread; unacknowledged notes stay queued on disk

    // After the UI committed (or edited/deleted) a note: queue that version now. Never blocks.
    void NotifyCommitted(const std::string& note_uuid, int version);
    LiveClientStatus Status() const;
    // Whether the facilitator acknowledged this version of a note (for the per-note mark; cheap,
    // safe from the UI thread).
    bool IsDelivered(const std::string& note_uuid, int version) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// The hearing clock a reporter should show now, from the last timer push.
int64_t LiveClockOffsetMs(const LiveClientStatus& status, int64_t now_wall_ms);

} // namespace hd
