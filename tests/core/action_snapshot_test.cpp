// The adopted version holds the actions (issue 12 point 4): a revision lists what changed in them
// with who changed it; versions frozen before actions existed still read; a plan without actions
// gives the same snapshot text as before.
#include <catch2/catch.hpp>

#include "core/cluster/objective_store.h"
#include "core/lifecycle/decisions.h"
#include "core/lifecycle/plan_snapshot.h"
#include "core/plan/action_store.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
struct SnapshotPlan {
    test::TempDir dir;
    std::unique_ptr<PlanStore> store;
    int64_t tactical = 0;

    SnapshotPlan() {
        Plan plan;
        plan.name = "Leefbaarheidsplan";
        plan.period_start = 2026;
        plan.period_end = 2031;
        store = PlanStore::Create(dir.File("plan.hdesk"), plan);
        Theme t;
        t.title = "Wonen";
        int64_t theme = store->AddTheme(t);
        Objective o;
        o.theme_id = theme;
        o.title = "Leegstand tegengaan";
        tactical = ObjectiveStore(*store).Add(o, "Karel");
    }

    int64_t AddAction(const std::string& description, int year) {
        Action a;
        a.objective_id = tactical;
        a.description = description;
        a.owner = "Woondienst";
        a.start_year = year;
        return ActionStore(*store).Add(a, "Karel");
    }
};

const PlanChange* Find(const std::vector<PlanChange>& changes, const std::string& change, const std::string& field = {}) {
    for (const PlanChange& c : changes)
        if (c.target_kind == "action" && c.change == change && c.field == field) return &c;
    return nullptr;
}
} // namespace

TEST_CASE("a snapshot holds the actions and reads them back", "[actions][lifecycle]") {
    SnapshotPlan p;
    std::string without = SnapshotToJson(TakeSnapshot(*p.store));
    CHECK(without.find("\"actions\"") == std::string::npos); // no actions: the text of before
    p.AddAction("Leegstandsregister bijhouden", 2027);
    PlanSnapshot s = TakeSnapshot(*p.store);
    REQUIRE(s.actions.size() == 1);
    CHECK(s.actions[0].years == "2027");
    CHECK(s.actions[0].status == "planned");
    PlanSnapshot back = SnapshotFromJson(SnapshotToJson(s));
    REQUIRE(back.actions.size() == 1);
    CHECK(back.actions[0].description == "Leegstandsregister bijhouden");
    CHECK(back.actions[0].owner == "Woondienst");
    CHECK(SnapshotToJson(back) == SnapshotToJson(s));
    // A version frozen before actions existed has no "actions": it reads with none.
    CHECK(SnapshotFromJson(without).actions.empty());
}

TEST_CASE("a revision lists the actions added, changed and removed since adoption, with who", "[actions][lifecycle]") {
    SnapshotPlan p;
    int64_t kept = p.AddAction("Leegstandsregister bijhouden", 2027);
    int64_t dropped = p.AddAction("Premie voor renovatie", 2028);
    DecisionStore decisions(*p.store);
    Decision d;
    d.date = "2026-03-30";
    d.body = DecisionBody::Council;
    d.outcome = DecisionOutcome::Approved;
    decisions.Adopt(decisions.AddDecision(d, "Griffie"), "Griffie");

    ActionStore actions(*p.store);
    Action edit = *actions.GetAction(kept);
    edit.status = ActionStatus::Running;
    edit.budget_euro = 12000;
    actions.Update(edit, "Marieke Dewulf");
    actions.Delete(dropped, "Jan Peeters");
    p.AddAction("Buurtbemiddeling bij burenruzies", 2029);

    std::vector<PlanChange> changes = decisions.ChangesSinceAdoption();
    const PlanChange* status = Find(changes, "changed", "status");
    REQUIRE(status);
    CHECK(status->before == "planned");
    CHECK(status->after == "running");
    CHECK(status->who == "Marieke Dewulf");
    REQUIRE(Find(changes, "changed", "budget"));
    CHECK(Find(changes, "changed", "budget")->after == "12000");
    REQUIRE(Find(changes, "removed"));
    CHECK(Find(changes, "removed")->label == "Premie voor renovatie");
    REQUIRE(Find(changes, "added"));
    CHECK(Find(changes, "added")->label == "Buurtbemiddeling bij burenruzies");

    int64_t revision = decisions.RecordRevision("Jaarlijkse opvolging", "Griffie");
    std::vector<PlanChange> stored = ChangesFromJson(decisions.GetVersion(revision)->changes);
    CHECK(Find(stored, "changed", "status"));
    CHECK(decisions.GetVersion(revision)->verified);
}
