// Readable proposals from a cluster's contributions, offline and explainable (docs/clustering.md,
// "Proposed objectives"): a tactical objective as a sentence from the cluster's most representative
// proposal, why from its most representative problem and cause notes quoted with each speaker's
// discipline, what as one sentence around its key phrases, how from its proposals; the safety-chain
// link from the words (chain_cues.h); and the evidence behind it (how many contributions, which
// disciplines and hearings, where disciplines disagree).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/i18n.h"
#include "core/cluster/chain_cues.h"
#include "core/cluster/contribution.h"
#include "core/cluster/dissent.h"
#include "core/text/text_analysis.h"

namespace hd {

struct ProposalEvidence {
    size_t contributions = 0;
    std::vector<std::string> disciplines; // keys, most frequent first (ties by key)
    std::vector<int64_t> hearing_ids;     // ascending
    std::vector<Dissent> dissent;
    ChainVerdict chain;
};

// `full` false: counts, disciplines and hearings only (dissent and chain read every note's words).
ProposalEvidence GatherEvidence(const TextAnalyzer& analyzer, const std::vector<const Contribution*>& notes, bool full = true);

// Texts for proposals in the notes' language: the global translator when loaded, else the assets'.
struct ProposalWording {
    Language language = Language::Dutch;
    const Translator* translator = nullptr; // null: loaded from the assets directory once
};

struct TacticalDraft {
    std::string title, why, what, how;
    SafetyChain chain = SafetyChain::None;
    const Contribution* representative = nullptr;  // the proposal (or note) the title comes from
    bool title_from_phrase = false;                // no proposal says what to do: "Aanpak van <phrase>"
    std::vector<const Contribution*> why_notes;    // quoted in why, most representative first
};

// `members` with their similarity to the cluster's centroid (parallel), `phrases` its key phrases.
TacticalDraft DraftTactical(const TextAnalyzer& analyzer, const std::vector<const Contribution*>& members,
                            const std::vector<float>& representativeness, const std::vector<std::string>& phrases,
                            const ProposalWording& wording);

// The strategic objective's why: what the contributions point to (counts, disciplines, the clusters'
// phrases) and the theme's most representative problem, never the problem statement itself.
std::string DraftStrategicWhy(const std::vector<const Contribution*>& notes, const std::vector<std::string>& topics,
                              const Contribution* key_problem, const ProposalWording& wording);

// A proposal note as an objective: its first clause that says what to do (action_clause.h), without
// a leading tag ("MSOC voorstel: ..."), at most about 18 words, first letter upper case, no final
// full stop; nothing when every clause observes or asks.
std::optional<std::string> ActionSentence(std::string_view proposal);
// ActionSentence, or the note's first clause when no clause says what to do.
std::string ObjectiveSentence(std::string_view proposal);

// "“text” (Politie)": a note quoted with its own speaker's discipline.
std::string QuoteWithDiscipline(const Contribution& c, const ProposalWording& wording);

// The notes' language as a UI language (Dutch unless most notes read as English).
Language LanguageOfNotes(const TextAnalyzer& analyzer, const std::vector<const Contribution*>& notes);

} // namespace hd
