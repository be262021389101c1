#include "core/base/uuid.h"

#include <sodium.h>

#include <array>
#include <stdexcept>

namespace hd {

namespace {
struct UuidSequence {
    bool active = false;
    uint64_t state = 0;
};
thread_local UuidSequence t_sequence;

// splitmix64: a well-mixed 64-bit sequence from a counter, enough for reproducible demo ids.
uint64_t NextInSequence(uint64_t& state) {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void FillFromSequence(std::array<unsigned char, 16>& b) {
    uint64_t hi = NextInSequence(t_sequence.state), lo = NextInSequence(t_sequence.state);
    for (int i = 0; i < 8; ++i) {
        b[i] = static_cast<unsigned char>(hi >> (i * 8));
        b[8 + i] = static_cast<unsigned char>(lo >> (i * 8));
    }
}
} // namespace

ScopedUuidSequence::ScopedUuidSequence(uint64_t seed)
    : m_was_active(t_sequence.active), m_was_state(t_sequence.state) {
    t_sequence = {true, seed};
}
ScopedUuidSequence::~ScopedUuidSequence() { t_sequence = {m_was_active, m_was_state}; }

std::string NewUuid() {
    // The operating system's CSPRNG through libsodium: thread-safe, no seeding of our own, and two
    // laptops (or a forked process) never share a generator state, so uuids never collide in a merge.
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw std::runtime_error("libsodium could not start");
    std::array<unsigned char, 16> b{};
    if (t_sequence.active) FillFromSequence(b);
    else randombytes_buf(b.data(), b.size());
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
