// LiveHost: the facilitator's end of the live link. Runs Asio on its own thread with its own
// PlanStore connection on the plan; the UI never blocks on it. The UI reads Status() (a copy under
// a mutex) every frame and sends commands (Publish/Promote/Revoke/Stop), which are queued to the
// network thread and return at once.
//
// Guarantees: a note version is acknowledged to its reporter only after the transaction storing
// it has committed (durable), so whatever a reporter saw acknowledged survives a crash of this
// process. Applying is idempotent by uuid and version, so resends never duplicate.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/live/live_crypto.h"
#include "core/live/live_protocol.h"

namespace hd {

struct LiveHostOptions {
    std::string plan_path;
    int64_t hearing_id = 0;
    std::string bind_address = "127.0.0.1"; // only this interface; never 0.0.0.0 unless chosen
    uint16_t port = 0;                      // 0 = any free port (see Status().port)
    std::string join_code;                  // typed form; empty = keep the stored code or make one
    bool fresh_code = false;                // new random code and salt even when one is stored
    KdfStrength kdf = KdfStrength::Interactive();
    int handshake_timeout_ms = 5000; // from TCP accept to a successful join
    int idle_timeout_ms = 30000;     // a joined reporter silent this long is dropped
    int ping_interval_ms = 5000;
    int max_failed_joins_per_ip = 5;   // wrong codes or garbage handshakes ...
    int failed_join_window_ms = 60000; // ... within this window block the address for the window
    int max_handshakes_per_ip = 4;     // connections not yet joined, per address
    int max_connections = 32;
    size_t max_frame_bytes = kLiveMaxFrameBytes;
    uint32_t protocol_version = kLiveProtocolVersion; // tests only: pretend to be another build
    // Called on the network thread after each commit with the uuids written (CLI, benchmarks).
    std::function<void(const std::vector<std::string>&)> on_stored;
};

enum class LiveHostState { Stopped, Starting, Running, Failed };

struct LiveReporterStatus {
    explicit LiveReporterStatus(char r = 'A') : reporter(r) {}
    char reporter = 'A';
    bool connected = false;
    std::string address;      // reporter laptop's IP while connected
    int64_t notes = 0;        // this reporter's notes of the hearing in the plan
    int64_t last_seq = 0;     // highest note seq stored (and so acknowledged)
    int64_t behind = 0;       // note versions the reporter still has queued, as it last reported
    int64_t last_seen_ms = 0; // wall clock of the last frame
};

struct LiveHostStatus {
    LiveHostState state = LiveHostState::Stopped;
    std::string error_key, error; // why Failed (or the last storage problem)
    std::string address;
    uint16_t port = 0;
    std::string join_code; // display form "ABCD-2345"
    LiveReporterStatus reporters[2] = {LiveReporterStatus('A'), LiveReporterStatus('B')};
    int64_t versions_received = 0;
    int64_t versions_stored = 0;
    int64_t duplicates = 0;          // resends the plan already had
    int64_t rejected_versions = 0;   // not acceptable (another reporter's note, invalid text)
    int64_t refused_connections = 0; // rate limit, too many connections, other protocol version
    int64_t failed_joins = 0;        // wrong join code or garbage handshake
    int64_t dropped_connections = 0; // joined, then failed authentication, oversized, malformed or idle
    int64_t store_generation = 0;    // bumps on every commit: the UI reloads notes when it changes
    std::vector<std::string> promoted;
};

class LiveHost {
  public:
    explicit LiveHost(LiveHostOptions options);
    ~LiveHost(); // Stop()
    LiveHost(const LiveHost&) = delete;
    LiveHost& operator=(const LiveHost&) = delete;

    // Starts the network thread and returns at once (opening the plan, deriving the key and binding
    // happen there). Status().state becomes Running, or Failed with an error.
    void Start();
    // Convenience for the CLI and tests: waits until Running or Failed; true when Running.
    bool WaitUntilRunning(int timeout_ms);
    void Stop(); // closes every connection and joins the thread; safe to call twice

    LiveHostStatus Status() const;

    // Re-reads the hearing (current question, clock) from the plan and pushes it to reporters.
    void PublishHearingState();
    void PromoteNote(const std::string& note_uuid);
    // New join code and salt; every reporter is disconnected and must join with the new code.
    void RevokeCode();

  private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace hd
