// The IPv4 addresses of this laptop's network interfaces, for the facilitator to choose which one
// the live link listens on (the room's Wi-Fi, a hotspot, or loopback for a dry run).
#pragma once
#include <string>
#include <vector>

namespace hd {

struct LiveInterface {
    std::string name;    // e.g. "wlan0"
    std::string address; // e.g. "192.168.1.20"
    bool loopback = false;
};

// Interfaces that are up, loopback last. Empty when the system does not tell.
std::vector<LiveInterface> ListLiveInterfaces();

} // namespace hd
