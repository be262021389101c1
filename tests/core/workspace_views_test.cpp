// [SECTION] index: a plan / notes / projection views / plan cycle views
// The workspace's views (issue 15): each is read again after a write it depends on, kept after a
// write elsewhere where its scope is narrower than Changed(), and a pointer taken before a write stays
// whole for whoever holds it (run these under the ASan build: a freed list would be reported).
#include <catch2/catch.hpp>

#include <memory>

#include "core/lifecycle/inputs.h"
#include "core/lifecycle/monitoring.h"
#include "core/lifecycle/priorities.h"
#include "core/review/review_store.h"
#include "core/store/db.h"
#include "core/store/indicator_store.h"
#include "core/store/store.h"
#include "core/store/swot_store.h"
#include "core/store/wall_moderation.h"
#include "core/workspace/workspace.h"
#include "tests/support/lifecycle_plan.h"
#include "tests/support/temp_dir.h"
#include "tests/support/two_themes_plan.h"

using namespace hd;

namespace {
// [SECTION] A plan: two themes with a hearing each
using ViewsPlan = test::TwoThemesPlan;
} // namespace

// [SECTION] Notes
TEST_CASE("workspace: notes held across a write of their hearing stay whole, the next read has the write",
          "[workspace][views]") {
    test::TempDir dir;
    ViewsPlan p(dir.File("plan.hdesk"));
    Note first = p.AddNote(p.hearing, "Meer verlichting in de tunnel naar het park.");
    std::shared_ptr<const std::vector<Note>> held = p.ws.Notes(p.hearing);
    REQUIRE(held->size() == 1);
    const Note& row = held->front(); // as a screen's row loop holds it while an action writes
    p.AddNote(p.hearing, "Een buurtwerker voor het Stationsplein.");
    p.ws.Store().DeleteNote(first.uuid, "Tester");
    p.ws.ChangedHearing(p.hearing);
    CHECK(row.text == "Meer verlichting in de tunnel naar het park.");
    CHECK(held->size() == 1);
    std::shared_ptr<const std::vector<Note>> renewed = p.ws.Notes(p.hearing);
    CHECK(renewed != held);
    REQUIRE(renewed->size() == 1);
    CHECK(renewed->front().text == "Een buurtwerker voor het Stationsplein.");
    // A write in another hearing keeps this hearing's list; Changed() renews every list.
    p.AddNote(p.other_hearing, "Te snel verkeer in de schoolstraat.");
    CHECK(p.ws.Notes(p.hearing) == renewed);
    CHECK(p.ws.Notes(p.other_hearing)->size() == 1);
    p.ws.Changed();
    CHECK(p.ws.Notes(p.hearing) != renewed);
    CHECK(renewed->size() == 1);
}

// [SECTION] Projection views
TEST_CASE("workspace: the wall's moderation is read again after a write of its hearing only", "[workspace][views][projection]") {
    test::TempDir dir;
    ViewsPlan p(dir.File("plan.hdesk"));
    Note a = p.AddNote(p.hearing, "Een opmerking die de zaal beter niet leest.");
    Note b = p.AddNote(p.hearing, "Jongeren willen een eigen plek in de wijk.");
    std::shared_ptr<const WallModeration> held = p.ws.Wall(p.hearing);
    CHECK(held->hidden.empty());
    CHECK(p.ws.Wall(p.hearing) == held);
    WallStore(p.ws.Store()).SetHidden(p.hearing, a.uuid, true);
    WallStore(p.ws.Store()).SetSpotlight(p.hearing, b.uuid);
    p.AddNote(p.other_hearing, "Te snel verkeer in de schoolstraat.");
    CHECK(p.ws.Wall(p.hearing) == held); // a write in another hearing: not read again
    p.ws.ChangedHearing(p.hearing);       // as the moderation menu says after its write
    std::shared_ptr<const WallModeration> renewed = p.ws.Wall(p.hearing);
    REQUIRE(renewed != held);
    CHECK(renewed->hidden == std::set<std::string>{a.uuid});
    CHECK(renewed->spotlight_uuid == b.uuid);
    CHECK(held->hidden.empty()); // what a frame took stays as it was
    CHECK(held->spotlight_uuid.empty());
}

TEST_CASE("workspace: a domain's figures are read again when its theme changes, not for another theme",
          "[workspace][views][projection]") {
    test::TempDir dir;
    ViewsPlan p(dir.File("plan.hdesk"));
    std::shared_ptr<const std::vector<Indicator>> none = p.ws.Figures(p.theme);
    CHECK(none->empty());
    IndicatorStore indicators(p.ws.Store());
    indicators.SetValue(p.theme, "Meldingen van overlast", 2024, 112, "meldingen");
    indicators.SetValue(p.theme, "Meldingen van overlast", 2025, 97);
    indicators.SetValue(0, "Inwoners", 2025, 41000); // the whole city's: not a domain's figure
    indicators.SetValue(p.other_theme, "Verkeersongevallen", 2025, 63);
    p.ws.Changed(); // as the Diagnosis tab says after an import or a typed figure
    std::shared_ptr<const std::vector<Indicator>> figures = p.ws.Figures(p.theme);
    REQUIRE(figures->size() == 1);
    CHECK(figures->front().name == "Meldingen van overlast");
    CHECK(figures->front().values.size() == 2);
    p.AddNote(p.other_hearing, "Te snel verkeer in de schoolstraat."); // the other theme's hearing
    CHECK(p.ws.Figures(p.theme) == figures);
    p.ws.ChangedTheme(p.theme);
    CHECK(p.ws.Figures(p.theme) != figures);
    CHECK(figures->size() == 1);
    CHECK(none->empty());
}

// [SECTION] Plan cycle views
TEST_CASE("workspace: the plan cycle's reads are kept until any write and held ones stay whole",
          "[workspace][views][lifecycle]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("cycle.hdesk"));
    int64_t youth = plan.youth, objective = plan.youth_tactical;
    Workspace ws;
    ws.Adopt(std::move(plan.store));
    std::shared_ptr<const PlanCycleView> cycle = ws.PlanCycle();
    CHECK(cycle->accepted_objectives.size() == 4);
    CHECK(cycle->swot.empty());
    CHECK(ws.PlanCycle() == cycle); // no write: not read again (versions are hashed when read)
    SwotStore(ws.Store()).Add(youth, SwotQuadrant::Strength, "Sterk jeugdwerk in elke wijk");
    ws.Changed();
    std::shared_ptr<const PlanCycleView> renewed = ws.PlanCycle();
    REQUIRE(renewed->swot.size() == 1);
    CHECK(renewed->swot.front().text == "Sterk jeugdwerk in elke wijk");
    CHECK(cycle->swot.empty());
    // It reads objectives of every theme: a write in one theme makes it stale too.
    ws.ChangedTheme(youth);
    CHECK(ws.PlanCycle() != renewed);

    std::shared_ptr<const std::vector<MonitoringRow>> rows = ws.MonitoringRows(2026);
    REQUIRE_FALSE(rows->empty());
    CHECK(ws.MonitoringRows(2026) == rows);
    MonitoringEntry e;
    e.year = 2026;
    e.target = MonitoringTarget::Objective;
    e.target_id = objective;
    e.status = MonitoringStatus::Running;
    e.note = "Twee plekken geopend";
    MonitoringStore(ws.Store()).Set(e, "Tester");
    ws.Changed();
    std::shared_ptr<const std::vector<MonitoringRow>> after = ws.MonitoringRows(2026);
    auto entry_of = [&](const std::vector<MonitoringRow>& list) {
        for (const MonitoringRow& r : list)
            if (r.target == MonitoringTarget::Objective && r.target_id == objective) return r.entry;
        return std::optional<MonitoringEntry>{};
    };
    REQUIRE(entry_of(*after));
    CHECK(entry_of(*after)->note == "Twee plekken geopend");
    CHECK_FALSE(entry_of(*rows)); // the rows a frame took, as they were
    CHECK_FALSE(entry_of(*ws.MonitoringRows(2027))); // another year has its own rows
}

TEST_CASE("workspace: a priority round's votes and the phases are read again after a write",
          "[workspace][views][lifecycle]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("cycle.hdesk"));
    int64_t youth = plan.youth;
    Workspace ws;
    ws.Adopt(std::move(plan.store));
    int64_t member = ReviewStore(ws.Store()).AddMember({0, "Lotte Verhaegen", "Stad", "mayor", 0});
    PriorityRound r;
    r.title = "Welke domeinen eerst?";
    int64_t round = PriorityStore(ws.Store()).AddRound(r);
    ws.Changed();
    std::shared_ptr<const PriorityRoundView> votes = ws.PriorityVotes(round);
    REQUIRE(votes->options.size() == 2);
    CHECK(votes->voted.empty());
    CHECK(ws.PriorityVotes(12345)->options.empty()); // no such round: nothing, no error
    std::shared_ptr<const std::vector<PhaseOutput>> phases = ws.Phases();
    REQUIRE_FALSE(phases->empty());
    CHECK(ws.Phases() == phases);

    PriorityStore(ws.Store()).SetBallot(round, member, {{youth, 3}});
    ws.Changed();
    std::shared_ptr<const PriorityRoundView> after = ws.PriorityVotes(round);
    CHECK(after->voted == std::vector<int64_t>{member});
    CHECK(after->result.ballots == 1);
    CHECK(votes->voted.empty());
    CHECK(ws.Phases() != phases);
}

TEST_CASE("workspace: what a SWOT item may cite is read again after a write", "[workspace][views][lifecycle]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("cycle.hdesk"));
    int64_t youth = plan.youth;
    Workspace ws;
    ws.Adopt(std::move(plan.store));
    std::shared_ptr<const SwotCitationChoices> choices = ws.SwotChoices(youth);
    CHECK(choices->documents.empty());
    CHECK(ws.SwotChoices(youth) == choices);
    InputDocument d;
    d.title = "Lokale veiligheidsdiagnose 2025";
    d.date = "2025-11-04";
    InputStore(ws.Store()).AddDocument(d);
    ws.Changed();
    std::shared_ptr<const SwotCitationChoices> after = ws.SwotChoices(youth);
    REQUIRE(after->documents.size() == 1);
    CHECK(after->documents.front().label.find("Lokale veiligheidsdiagnose 2025") != std::string::npos);
    CHECK(choices->documents.empty()); // the picker's list of this frame, as it was
}

TEST_CASE("workspace: a plan cycle read that fails is reported once per write, not every frame",
          "[workspace][views][lifecycle]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("cycle.hdesk"));
    Workspace ws;
    ws.Adopt(std::move(plan.store));
    ws.Store().Db().Exec("DROP TABLE swot_item"); // a damaged plan: the SWOT cannot be read
    CHECK_THROWS_AS(ws.PlanCycle(), UserError);
    std::shared_ptr<const PlanCycleView> empty = ws.PlanCycle(); // the next frame: no new error
    CHECK(empty->accepted_objectives.empty());
    ws.Changed();
    CHECK_THROWS_AS(ws.PlanCycle(), UserError);
}
