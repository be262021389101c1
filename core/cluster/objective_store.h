// Objectives of the plan, proposed from the clusters of a theme and then accepted and edited by
// the core group: a strategic objective per theme (a domain may hold more), one tactical objective per cluster, each with
// why / what / how and the safety-chain dimension, linked to the notes behind it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/model.h"

namespace hd {
class PlanStore;
class TextAnalyzer;

enum class ObjectiveLevel { Strategic, Tactical };
std::string_view ToKey(ObjectiveLevel level);

struct ObjectiveNote {
    std::string note_uuid;
    std::string role; // why (problem or cause), what (representative), how (proposal), support
};

struct Objective {
    int64_t id = 0;
    int64_t theme_id = 0;
    ObjectiveLevel level = ObjectiveLevel::Tactical;
    int position = 0;
    std::string title, why, what, how;
    SafetyChain chain = SafetyChain::None;
    ReactiveKind reactive = ReactiveKind::None; // only for the reactive side (repression, aftercare)
    bool accepted = false;  // accepted objectives are never replaced by new proposals
    int64_t cluster_id = 0; // the cluster it was proposed from (0: none / cluster gone)
    int64_t sub_theme_id = 0; // the domain's sub-theme (deelthema) it belongs to, 0: none
    std::vector<ObjectiveNote> notes;
};

class ObjectiveStore {
public:
    explicit ObjectiveStore(PlanStore& store);

    std::vector<Objective> ListObjectives(int64_t theme_id); // strategic first, then by position
    std::optional<Objective> GetObjective(int64_t id);

    // Replaces the theme's proposals that are not accepted by fresh ones from its current clusters:
    // a strategic one for the theme (unless an accepted one exists) and a tactical one per cluster
    // without an accepted objective. Returns the number of proposals written.
    // Titles, why / what / how and the chain link are written from the notes (proposal_text.h).
    size_t ProposeObjectives(int64_t theme_id);
    size_t ProposeObjectives(int64_t theme_id, const TextAnalyzer& analyzer);

    void Accept(int64_t id, bool accepted = true);
    // Saves title, why, what, how and chain of `objective`. An edited proposal becomes accepted, so
    // that re-proposing never replaces words people wrote. `by` (the editor's name) and the time go
    // into the audit trail when the objective was already accepted.
    void Edit(const Objective& objective, const std::string& by);
    // A new accepted objective written by hand (a domain without a hearing has no clusters to
    // propose from; a second strategic objective). Returns its id.
    int64_t Add(const Objective& objective, const std::string& by);
    // Deletes the objective; an accepted one leaves an audit entry naming `by`.
    void Delete(int64_t id, const std::string& by);

private:
    Objective Require(int64_t id);
    PlanStore& m_store;
};

// The most frequent safety-chain tag among `chains` (None ignored); None when no note is tagged.
// Ties go to the earlier link in the chain (pro-active before preventive before reactive ...).
SafetyChain MajorityChain(const std::vector<SafetyChain>& chains);

} // namespace hd
