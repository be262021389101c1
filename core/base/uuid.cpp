#include "core/base/uuid.h"

#include <array>
#include <mutex>
#include <random>

namespace hd {

std::string NewUuid() {
    // One generator seeded from the OS; guarded because notes can be created off the UI thread.
    static std::mutex mutex;
    static std::mt19937_64 rng{[] {
        std::random_device rd;
        std::seed_seq seq{rd(), rd(), rd(), rd(), rd(), rd(), rd(), rd()};
        return std::mt19937_64(seq);
    }()};
    std::array<unsigned char, 16> b{};
    {
        std::lock_guard<std::mutex> lock(mutex);
        uint64_t hi = rng(), lo = rng();
        for (int i = 0; i < 8; ++i) {
            b[i] = static_cast<unsigned char>(hi >> (i * 8));
            b[8 + i] = static_cast<unsigned char>(lo >> (i * 8));
        }
    }
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);
    static const char* hex = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
        out.push_back(hex[b[i] >> 4]);
        out.push_back(hex[b[i] & 15]);
    }
    return out;
}

bool IsUuid(std::string_view s) {
    if (s.size() != 36) return false;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return false;
        }
    }
    return true;
}

} // namespace hd
