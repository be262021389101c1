// A contribution: one thing said in a hearing, as the clustering and the objectives see it.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/store/model.h"

namespace hd {
class PlanStore;

struct Contribution {
    // Stable id that cluster membership and objective links use: the representative note of the
    // merged entry (its first live note of reporter A, else of B), or the note itself without a merge.
    // It is the note the same contribution had before the hearing was merged (reporter A's), so
    // clusters and objectives shaped before a merge keep their notes.
    std::string uuid;
    std::vector<std::string> note_uuids; // every live note behind it, uuid first
    int64_t hearing_id = 0;
    int64_t entry_id = 0; // merged entry, 0 when taken straight from a reporter's note
    std::string text;
    NoteKind kind = NoteKind::Other;
    SafetyChain chain = SafetyChain::None;
    int64_t speaker_id = 0;
    std::string discipline; // of the speaker, empty when unknown
};

// The contributions of one hearing: its merged minutes (MergeStore::MergedMinutes) once the hearing
// was merged, otherwise the notes of reporter A when A took any, else those of reporter B.
std::vector<Contribution> HearingContributions(PlanStore& store, int64_t hearing_id);

// The contributions of a hearing that has no merge, from its live notes as already read (both
// reporters, any order): reporter A's notes when A took any, else B's, as HearingContributions does
// without a merge. For live views that hold the notes anyway; disciplines are left empty.
std::vector<Contribution> UnmergedContributions(const std::vector<Note>& notes);

// The contributions of a theme that clustering and objectives work on: HearingContributions of
// each of its hearings, in hearing order.
std::vector<Contribution> ThemeContributions(PlanStore& store, int64_t theme_id);

} // namespace hd
