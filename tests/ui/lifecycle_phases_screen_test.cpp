// Plan cycle screen, Phases tab: a phase's produced counts are links; clicking one opens the Plan
// cycle tab or the screen where that lives.
#include <catch2/catch.hpp>

#include "app/screens/lifecycle_parts.h"
#include "core/base/i18n.h"
#include "core/review/review_store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

TEST_CASE("Phases tab: counts per phase, and a click goes where each lives", "[ui][lifecycle][phases]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    ReviewStore(fx.ws.Store()).AddReaction(fx.theme_id, "Meer speelpleinen", "", 1);
    fx.ws.Changed();
    GlobalTranslator().LoadDirectory(FindAssetsDir() + "/lang");
    GlobalTranslator().SetLanguage(Language::English);
    test::HeadlessUi ui(fx.state, fx.ws);
    fx.state.screen = Screen::Lifecycle;
    fx.state.lifecycle.open_tab = lifecycle::TabIndex("phases");
    ui.Frame(3);
    REQUIRE(fx.state.lifecycle.tab == lifecycle::TabIndex("phases"));
    std::shared_ptr<const std::vector<PhaseOutput>> phases = fx.ws.Phases(); // what the tab draws
    REQUIRE(phases->size() == 7);
    const PhaseOutput& forum = (*phases)[3];
    CHECK(forum.phase.key == "forum");
    CHECK(forum.counts[1].count == 1); // the reaction

    // inputs, third count (documents) -> the Inputs tab of this screen
    REQUIRE(ui.ClickProbe("phases.link.inputs.2"));
    ui.Frame(3);
    CHECK(fx.state.screen == Screen::Lifecycle);
    CHECK(fx.state.lifecycle.tab == lifecycle::TabIndex("inputs"));

    fx.state.lifecycle.open_tab = lifecycle::TabIndex("phases");
    ui.ClearProbe();
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("phases.link.forum.1"));
    ui.Frame(2);
    CHECK(fx.state.screen == Screen::Forum);
    GlobalTranslator().SetLanguage(Language::Dutch);
}
