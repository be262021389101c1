// UI-only state of the live link panels, a member of AppState. Owned by the live feature.
// The host and client objects run their own network threads; the panels only read their Status()
// and send commands, so the UI never waits on the network.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace hd {
class LiveHost;
class LiveClient;

struct LiveUiState {
    // [SECTION] Facilitator: hosting a hearing
    std::string bind_address; // chosen interface address; empty = the first non-loopback one
    int port = 0;             // 0 = any free port
    std::shared_ptr<LiveHost> host;
    int64_t host_hearing_id = 0;
    int64_t seen_store_generation = 0; // host commits seen; a change reloads the workspace
    bool confirm_revoke = false;

    // [SECTION] Reporter: joining the facilitator
    std::string join_host;
    int join_port = 0;
    std::string join_code;
    std::shared_ptr<LiveClient> client;
    int64_t client_hearing_id = 0;
    int64_t applied_timer_at_ms = 0; // the timer push last copied into the local hearing

    // [SECTION] Facilitator: what was last pushed, so a changed question or clock is pushed again
    int published_question = -1;
    int64_t published_clock_started = -1;
    int64_t published_clock_accumulated = -1;

    // Interfaces offered in the host panel, refreshed every few seconds (address, name).
    std::vector<std::pair<std::string, std::string>> interfaces;
    int64_t interfaces_at_ms = 0;
};

} // namespace hd
