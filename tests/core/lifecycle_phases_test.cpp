// Plan cycle, point 7: each of the seeds' phases shows what it produced, counted from the plan file,
// with the place in the app where it lives.
#include <catch2/catch.hpp>

#include "core/base/i18n.h"
#include "core/lifecycle/decisions.h"
#include "core/lifecycle/inputs.h"
#include "core/lifecycle/phase_outputs.h"
#include "core/lifecycle/priorities.h"
#include "core/review/review_store.h"
#include "core/store/swot_store.h"
#include "tests/support/lifecycle_plan.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
const PhaseCount& Count(const std::vector<PhaseOutput>& phases, const std::string& phase, const std::string& key) {
    for (const PhaseOutput& p : phases)
        if (p.phase.key == phase)
            for (const PhaseCount& c : p.counts)
                if (c.key == key) return c;
    FAIL("no count " << phase << " " << key);
    return phases.front().counts.front();
}
} // namespace

TEST_CASE("each phase lists what it produced, with a link to where it lives", "[lifecycle][phases]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    std::vector<PhaseOutput> phases = ListPhaseOutputs(*plan.store);
    REQUIRE(phases.size() == std::size(kStandardPhaseKeys));
    for (size_t i = 0; i < phases.size(); ++i) {
        CHECK(phases[i].phase.key == kStandardPhaseKeys[i]); // in the seeds' order
        CHECK_FALSE(phases[i].counts.empty());
    }
    CHECK(Count(phases, "inputs", "phases.count.related_plans").count == 0);
    CHECK(Count(phases, "first_draft", "phases.count.strategic").count == 2);
    CHECK(Count(phases, "first_draft", "phases.count.tactical").count == 3);
    CHECK(Count(phases, "first_draft", "phases.count.proposals").count == 1);
    CHECK(Count(phases, "final_editing", "phases.count.accepted").count == 4);
    CHECK(Count(phases, "decision", "phases.count.adopted").count == 0);

    InputStore inputs(*plan.store);
    RelatedPlan zonal;
    zonal.title = "Zonaal veiligheidsplan";
    inputs.AddPriority(inputs.AddPlan(zonal), "Woninginbraken");
    SwotStore(*plan.store).Add(plan.housing, SwotQuadrant::Threat, "Leegstand");
    ReviewStore reviews(*plan.store);
    reviews.AddReaction(plan.youth, "Meer speelpleinen", "", 1);
    CoreMember m;
    m.name = "Anouk Verbeeck";
    int64_t member = reviews.AddMember(m);
    PriorityStore ps(*plan.store);
    PriorityRound round;
    round.title = "Domeinen";
    ps.SetBallot(ps.AddRound(round), member, {{plan.youth, 2}});
    DecisionStore ds(*plan.store);
    Decision d;
    d.body = DecisionBody::Council;
    ds.Adopt(ds.AddDecision(d, "x"), "x");

    phases = ListPhaseOutputs(*plan.store);
    CHECK(Count(phases, "inputs", "phases.count.related_plans").count == 1);
    CHECK(Count(phases, "inputs", "phases.count.priorities").count == 1);
    CHECK(Count(phases, "inputs", "phases.count.swot").count == 1);
    CHECK(Count(phases, "inputs", "phases.count.swot").link == "cycle:swot");
    CHECK(Count(phases, "forum", "phases.count.reactions").count == 1);
    CHECK(Count(phases, "forum", "phases.count.reactions").link == "screen:forum");
    CHECK(Count(phases, "final_editing", "phases.count.rounds").count == 1);
    CHECK(Count(phases, "final_editing", "phases.count.ballots").count == 1);
    CHECK(Count(phases, "decision", "phases.count.decisions").count == 1);
    CHECK(Count(phases, "decision", "phases.count.adopted").count == 1);
    CHECK(Count(phases, "publication", "phases.count.official").link == "cycle:decisions");

    Translator tr;
    tr.LoadDirectory(FindAssetsDir() + "/lang");
    for (const PhaseOutput& p : phases)
        for (const PhaseCount& c : p.counts) CHECK(tr.Has(c.key));
}
