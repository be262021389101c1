#include "core/workspace/plan_cycle_view.h"

#include "core/cluster/objective_store.h"
#include "core/store/store.h"

namespace hd {

namespace {
std::vector<PlanCycleView::AcceptedObjective> AcceptedObjectives(PlanStore& store) {
    std::vector<PlanCycleView::AcceptedObjective> out;
    ObjectiveStore objectives(store);
    for (const Theme& t : store.ListThemes())
        for (const Objective& o : objectives.ListObjectives(t.id))
            if (o.accepted) out.push_back({o.id, t.title, o.title, o.level == ObjectiveLevel::Strategic});
    return out;
}
} // namespace

PlanCycleView ReadPlanCycle(PlanStore& store) {
    PlanCycleView view;
    DecisionStore decisions(store);
    view.decisions = decisions.ListDecisions();
    view.versions = decisions.ListVersions();
    InputStore inputs(store);
    view.related_plans = inputs.ListPlans();
    view.facets = inputs.Facets();
    view.documents = inputs.ListDocuments();
    view.indicators = IndicatorStore(store).List();
    view.swot = SwotStore(store).ListAll();
    PriorityStore priorities(store);
    view.rounds = priorities.ListRounds();
    view.reactions = priorities.CountForumReactions();
    view.members = ReviewStore(store).ListMembers();
    view.accepted_objectives = AcceptedObjectives(store);
    try {
        view.changes = decisions.ChangesSinceAdoption();
    } catch (const UserError& e) {
        view.changes_error = e; // the rest of the tab still shows
    }
    return view;
}

PriorityRoundView ReadPriorityRound(PlanStore& store, int64_t round_id) {
    PriorityRoundView view;
    PriorityStore priorities(store);
    std::optional<PriorityRound> round = priorities.GetRound(round_id);
    if (!round) return view;
    view.options = priorities.Options(*round);
    view.result = priorities.Result(round_id);
    view.voted = priorities.MembersWhoVoted(round_id);
    return view;
}

} // namespace hd
