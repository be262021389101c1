// What the Plan cycle screen (app/screens/lifecycle*.cpp) shows: the reads of the whole plan its tabs
// share (decisions and verified versions, the changes since adoption, inputs, indicators, SWOT, rounds,
// members, forum reactions, accepted objectives), a year's monitoring rows, a priority round's options
// and votes, the phases with what they produced, and what a domain's SWOT items may cite
// (swot_citations.h). Read here by plain functions so the Workspace keeps
// each until the plan changes (verifying a frozen version hashes it: not work for every frame) and the
// screen only draws it. They read across themes and hearings, so any write makes them stale (Revision).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/errors.h"
#include "core/lifecycle/decisions.h"
#include "core/lifecycle/inputs.h"
#include "core/lifecycle/monitoring.h"
#include "core/lifecycle/phase_outputs.h"
#include "core/lifecycle/priorities.h"
#include "core/lifecycle/swot_citations.h"
#include "core/review/review_store.h"
#include "core/store/indicator_store.h"
#include "core/store/swot_store.h"

namespace hd {
class PlanStore;

struct PlanCycleView {
    std::vector<Decision> decisions;
    std::vector<PlanVersion> versions; // each verified against its checksum
    std::vector<PlanChange> changes;   // the plan now against the latest adopted version
    // Why the changes could not be listed (a tampered version); the screen says it in the user's language.
    std::optional<UserError> changes_error;
    std::vector<RelatedPlan> related_plans;
    std::vector<FacetRow> facets;
    std::vector<InputDocument> documents;
    std::vector<Indicator> indicators;
    std::vector<SwotItem> swot; // every domain's
    std::vector<PriorityRound> rounds;
    std::vector<CoreMember> members;
    std::vector<ReactionCount> reactions;
    // Accepted objectives of every domain, to link to the priorities of related plans.
    struct AcceptedObjective {
        int64_t id = 0;
        std::string theme;
        std::string title;
        bool strategic = false;
    };
    std::vector<AcceptedObjective> accepted_objectives;
};

PlanCycleView ReadPlanCycle(PlanStore& store);

// One priority round: what it ranks, its result and who voted. Empty when there is no such round.
struct PriorityRoundView {
    std::vector<PriorityOption> options;
    PriorityResult result;
    std::vector<int64_t> voted; // member ids
};

PriorityRoundView ReadPriorityRound(PlanStore& store, int64_t round_id);

} // namespace hd
