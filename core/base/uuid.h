#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace hd {
// A random RFC 4122 version 4 UUID in lowercase hex, e.g. "1b4e28ba-2fa1-41d2-883f-0016d3cca427".
std::string NewUuid();
bool IsUuid(std::string_view s);

// While one lives on this thread, NewUuid returns a fixed sequence of version 4 UUIDs derived from
// `seed` (nested ones restore the enclosing sequence). The demo plan is written under one, so the
// same command writes the same file; real plans never use it, and their UUIDs stay random.
class ScopedUuidSequence {
public:
    explicit ScopedUuidSequence(uint64_t seed);
    ~ScopedUuidSequence();
    ScopedUuidSequence(const ScopedUuidSequence&) = delete;
    ScopedUuidSequence& operator=(const ScopedUuidSequence&) = delete;

private:
    bool m_was_active;
    uint64_t m_was_state;
};
} // namespace hd
