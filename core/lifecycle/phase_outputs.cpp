// [SECTION] index: counting / per phase / listing
#include "core/lifecycle/phase_outputs.h"

#include <algorithm>

#include "core/cluster/objective_store.h"
#include "core/lifecycle/decisions.h"
#include "core/lifecycle/indicators.h"
#include "core/lifecycle/inputs.h"
#include "core/lifecycle/priorities.h"
#include "core/merge/merge_store.h"
#include "core/review/review_store.h"
#include "core/store/plan_structure.h"
#include "core/store/store.h"
#include "core/store/swot_store.h"

namespace hd {
namespace {
// [SECTION] Counting: everything is read once, then each phase picks its part.
struct Tally {
    int related_plans = 0, priorities = 0, documents = 0, indicators = 0, swot = 0;
    int hearings = 0, hearings_done = 0, notes = 0, merged = 0, approved = 0;
    int strategic = 0, tactical = 0, accepted = 0, proposals = 0;
    int commentaries = 0, reactions = 0;
    int sections = 0, rounds = 0, ballots = 0;
    int decisions = 0, adopted = 0, revisions = 0;
};

void CountInputs(PlanStore& store, Tally& t) {
    InputStore inputs(store);
    for (const RelatedPlan& p : inputs.ListPlans()) {
        ++t.related_plans;
        t.priorities += static_cast<int>(p.priorities.size());
    }
    t.documents = static_cast<int>(inputs.ListDocuments().size());
    t.indicators = static_cast<int>(IndicatorStore(store).List().size());
    t.swot = static_cast<int>(SwotStore(store).ListAll().size());
}

void CountHearings(PlanStore& store, Tally& t) {
    MergeStore merges(store);
    ReviewStore reviews(store);
    for (const Hearing& h : store.ListHearings()) {
        ++t.hearings;
        t.hearings_done += h.status == HearingStatus::Closed;
        t.notes += static_cast<int>(store.CountNotes(h.id));
        t.merged += merges.HasMerge(h.id);
        t.approved += reviews.IsApproved(h.id);
    }
}

void CountDraftAndForum(PlanStore& store, Tally& t) {
    ObjectiveStore objectives(store);
    ReviewStore reviews(store);
    for (const Theme& theme : store.ListThemes()) {
        for (const Objective& o : objectives.ListObjectives(theme.id)) {
            (o.level == ObjectiveLevel::Strategic ? t.strategic : t.tactical) += 1;
            (o.accepted ? t.accepted : t.proposals) += 1;
        }
        std::optional<ForumCommentary> c = reviews.GetCommentary(theme.id);
        t.commentaries += c && !c->text.empty();
        t.reactions += static_cast<int>(reviews.ListReactions(theme.id).size());
    }
}

void CountFinal(PlanStore& store, Tally& t) {
    PlanStructureStore structure(store);
    for (std::string_view key : kPlanSectionKeys) t.sections += !structure.Section(key).empty();
    PriorityStore priorities(store);
    for (const PriorityRound& r : priorities.ListRounds()) {
        ++t.rounds;
        t.ballots += static_cast<int>(priorities.MembersWhoVoted(r.id).size());
    }
    DecisionStore decisions(store);
    t.decisions = static_cast<int>(decisions.ListDecisions().size());
    for (const PlanVersion& v : decisions.ListVersions()) (v.kind == VersionKind::Adopted ? t.adopted : t.revisions) += 1;
}

// [SECTION] Per phase: what the seeds say each phase produces, and where it lives in the app.
std::vector<PhaseCount> CountsOf(const std::string& key, const Tally& t) {
    if (key == "inputs")
        return {{"phases.count.related_plans", t.related_plans, "cycle:inputs"},
                {"phases.count.priorities", t.priorities, "cycle:inputs"},
                {"phases.count.documents", t.documents, "cycle:inputs"},
                {"phases.count.indicators", t.indicators, "cycle:diagnosis"},
                {"phases.count.swot", t.swot, "cycle:swot"}};
    if (key == "hearings")
        return {{"phases.count.hearings_done", t.hearings_done, "screen:setup"},
                {"phases.count.notes", t.notes, "screen:reporter"},
                {"phases.count.merged", t.merged, "screen:review"},
                {"phases.count.approved", t.approved, "screen:core_review"}};
    if (key == "first_draft")
        return {{"phases.count.strategic", t.strategic, "screen:board"},
                {"phases.count.tactical", t.tactical, "screen:board"},
                {"phases.count.proposals", t.proposals, "screen:board"}};
    if (key == "forum")
        return {{"phases.count.commentaries", t.commentaries, "screen:forum"},
                {"phases.count.reactions", t.reactions, "screen:forum"}};
    if (key == "final_editing")
        return {{"phases.count.accepted", t.accepted, "screen:board"},
                {"phases.count.sections", t.sections, "screen:core_review"},
                {"phases.count.rounds", t.rounds, "cycle:priorities"},
                {"phases.count.ballots", t.ballots, "cycle:priorities"}};
    if (key == "decision")
        return {{"phases.count.decisions", t.decisions, "cycle:decisions"},
                {"phases.count.adopted", t.adopted, "cycle:decisions"}};
    if (key == "publication")
        return {{"phases.count.official", t.adopted, "cycle:decisions"},
                {"phases.count.revisions", t.revisions, "cycle:decisions"}};
    return {};
}
} // namespace

// [SECTION] Listing
std::vector<PhaseOutput> ListPhaseOutputs(PlanStore& store) {
    Tally t;
    CountInputs(store, t);
    CountHearings(store, t);
    CountDraftAndForum(store, t);
    CountFinal(store, t);
    std::vector<Phase> phases = store.GetPlan().phases;
    std::stable_sort(phases.begin(), phases.end(), [](const Phase& a, const Phase& b) { return a.position < b.position; });
    std::vector<PhaseOutput> out;
    for (const Phase& p : phases) out.push_back({p, CountsOf(p.key, t)});
    return out;
}

} // namespace hd
