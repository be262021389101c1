#include "core/store/model.h"

namespace hd {
namespace {
template <typename E, size_t N>
std::optional<E> FromTable(const std::string_view (&keys)[N], std::string_view key) {
    for (size_t i = 0; i < N; ++i)
        if (keys[i] == key) return static_cast<E>(i);
    return std::nullopt;
}
constexpr std::string_view kPhaseStatusKeys[] = {"planned", "active", "done"};
constexpr std::string_view kHearingStatusKeys[] = {"planned", "running", "closed"};
constexpr std::string_view kNoteKindKeys[] = {"problem", "cause", "proposal", "question", "quote", "other"};
constexpr std::string_view kSafetyChainKeys[] = {"", "pro_active", "preventive", "preparation", "reactive", "aftercare"};
constexpr std::string_view kReactiveKindKeys[] = {"", "sanctioning", "constructive", "restorative"};
} // namespace

std::string_view ToKey(PhaseStatus v) { return kPhaseStatusKeys[static_cast<int>(v)]; }
std::string_view ToKey(HearingStatus v) { return kHearingStatusKeys[static_cast<int>(v)]; }
std::string_view ToKey(NoteKind v) { return kNoteKindKeys[static_cast<int>(v)]; }
std::string_view ToKey(SafetyChain v) { return kSafetyChainKeys[static_cast<int>(v)]; }
std::string_view ToKey(ReactiveKind v) { return kReactiveKindKeys[static_cast<int>(v)]; }
std::optional<PhaseStatus> PhaseStatusFromKey(std::string_view k) { return FromTable<PhaseStatus>(kPhaseStatusKeys, k); }
std::optional<HearingStatus> HearingStatusFromKey(std::string_view k) {
    return FromTable<HearingStatus>(kHearingStatusKeys, k);
}
std::optional<NoteKind> NoteKindFromKey(std::string_view k) { return FromTable<NoteKind>(kNoteKindKeys, k); }
std::optional<SafetyChain> SafetyChainFromKey(std::string_view k) {
    return FromTable<SafetyChain>(kSafetyChainKeys, k);
}
std::optional<ReactiveKind> ReactiveKindFromKey(std::string_view k) {
    return FromTable<ReactiveKind>(kReactiveKindKeys, k);
}

} // namespace hd
