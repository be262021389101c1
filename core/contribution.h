// A contribution: one thing said in a hearing, as the clustering and the objectives see it.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/model.h"

namespace hd {
class PlanStore;

struct Contribution {
    std::string uuid; // the note's uuid (later: the merged entry's)
    int64_t hearing_id = 0;
    std::string text;
    NoteKind kind = NoteKind::Other;
    SafetyChain chain = SafetyChain::None;
    int64_t speaker_id = 0;
    std::string discipline; // of the speaker, empty when unknown
};

// The contributions of a theme that clustering and objectives work on, in hearing order.
// For now: per hearing, the notes of reporter A when A took any, otherwise those of reporter B.
// Once merged minutes exist, this is the one place to switch to them.
std::vector<Contribution> ThemeContributions(PlanStore& store, int64_t theme_id);

} // namespace hd
