#include "core/live/live_interfaces.h"

#include <algorithm>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

namespace hd {

std::vector<LiveInterface> ListLiveInterfaces() {
    std::vector<LiveInterface> out;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) return out;
    for (ifaddrs* it = list; it; it = it->ifa_next) {
        if (!it->ifa_addr || it->ifa_addr->sa_family != AF_INET || !(it->ifa_flags & IFF_UP)) continue;
        char buf[INET_ADDRSTRLEN] = {};
        auto* sin = reinterpret_cast<sockaddr_in*>(it->ifa_addr);
        if (!inet_ntop(AF_INET, &sin->sin_addr, buf, sizeof buf)) continue;
        out.push_back({it->ifa_name ? it->ifa_name : "", buf, (it->ifa_flags & IFF_LOOPBACK) != 0});
    }
    freeifaddrs(list);
    std::stable_sort(out.begin(), out.end(), [](const LiveInterface& a, const LiveInterface& b) {
        return !a.loopback && b.loopback;
    });
    return out;
}

} // namespace hd
