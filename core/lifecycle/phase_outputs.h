// What each phase of the plan produced (issue 13, point 7): the seeds' seven phases (inputs and
// diagnosis, hearings, first draft, forum, final editing, political decision, publication), each with
// counts of what it brought forth and where in the app that lives, so the Plan cycle screen can show
// the process as a whole and jump to any part of it.
#pragma once
#include <string>
#include <vector>

#include "core/store/model.h"

namespace hd {
class PlanStore;

struct PhaseCount {
    std::string key;  // translation with {0} for the count, e.g. phases.count.hearings_done
    int count = 0;
    std::string link; // where it lives: "screen:KEY" (--screen names) or "cycle:TAB" (Plan cycle tab)
};

struct PhaseOutput {
    Phase phase;
    std::vector<PhaseCount> counts; // empty for a phase key the app does not know
};

// Every phase of the plan in order, with what it produced.
std::vector<PhaseOutput> ListPhaseOutputs(PlanStore& store);

} // namespace hd
