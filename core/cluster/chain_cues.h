// Which link of the safety chain (pro-actie, preventie, preparatie, repressie, nazorg) a group of
// notes is about, read from their words: a weighted list of cue words per link, not the reporters'
// tags. Explainable: the verdict lists the cues it found. See docs/clustering.md ("Safety chain").
#pragma once
#include <array>
#include <string>
#include <vector>

#include "core/store/model.h"
#include "core/text/text_analysis.h"

namespace hd {

struct ChainNote {
    std::string text;
    NoteKind kind = NoteKind::Other;
    SafetyChain tag = SafetyChain::None; // the reporter's tag: used only when no cue is found
};

struct ChainVerdict {
    SafetyChain link = SafetyChain::None;
    std::array<float, 5> scores{};  // per link, kAllSafetyChains order
    std::vector<std::string> cues;  // cue words found for the chosen link, as written in the notes
    bool from_tags = false;         // no cue found: the most frequent tag decided
};

// Each cue found in a note adds its weight to its link; a proposal counts double (what the group
// proposes to do decides where it sits in the chain, more than how the problem is described). The
// highest total wins (the earlier link on a tie). Without any cue the most frequent tag decides.
ChainVerdict ChainFromContent(const TextAnalyzer& analyzer, const std::vector<ChainNote>& notes);

} // namespace hd
