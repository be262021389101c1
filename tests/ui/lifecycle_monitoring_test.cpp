// Plan cycle screen, Monitoring tab (issue 13, item 6): the yearly follow-up driven from the keyboard
// (rows, status keys 1-4, a note with Enter, years with Page Up / Page Down), each change checked in
// the plan file; and the tab at 1280x720 keeps every control on screen.
#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include "core/base/i18n.h"
#include "core/lifecycle/monitoring.h"
#include "core/store/db.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

namespace {
constexpr int kMonitoringTab = 3;

int64_t AddObjective(PlanStore& store, int64_t theme, const char* level, const std::string& title) {
    Statement st(store.Db(), "INSERT INTO objective(theme_id, level, title, accepted) VALUES(?, ?, ?, 1)");
    st.Bind(1, theme).Bind(2, level).Bind(3, title);
    st.Exec();
    return store.Db().LastInsertId();
}
} // namespace

TEST_CASE("the monitoring tab records statuses and notes per year from the keyboard", "[ui][lifecycle][monitoring]") {
    GlobalTranslator().LoadDirectory(FindAssetsDir() + "/lang");
    GlobalTranslator().SetLanguage(Language::Dutch);
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    int64_t strategic = AddObjective(fx.ws.Store(), fx.theme_id, "strategic", "Een kindvriendelijke stad");
    int64_t tactical = AddObjective(fx.ws.Store(), fx.theme_id, "tactical", "Ontmoetingsplekken met jeugdwerk");
    fx.ws.Changed();
    test::HeadlessUi ui(fx.state, fx.ws, 1280, 720);
    fx.state.screen = Screen::Lifecycle;
    fx.state.user_name = "Lotte Verhaegen";
    fx.state.lifecycle.open_tab = kMonitoringTab;
    fx.state.lifecycle.monitoring_year = 2027;
    ui.Frame(3);
    REQUIRE(fx.state.lifecycle.tab == kMonitoringTab);
    REQUIRE(ui.Probe().count("monitoring.status.objective." + std::to_string(strategic)) == 1);
    for (const auto& [name, r] : ui.Probe()) {
        INFO(name);
        CHECK(r.x1 <= 1280.5f);
    }
    MonitoringStore ms(fx.ws.Store());
    // Down to the tactical objective, 2 = running.
    ui.Press(GLFW_KEY_DOWN);
    ui.Type("2");
    ui.Frame(2);
    auto e = ms.Get(2027, MonitoringTarget::Objective, tactical);
    REQUIRE(e);
    CHECK(e->status == MonitoringStatus::Running);
    CHECK(e->updated_by == "Lotte Verhaegen");
    CHECK_FALSE(ms.Get(2027, MonitoringTarget::Objective, strategic));
    // Enter opens its note, typing and Enter saves it.
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(2);
    REQUIRE(ui.Probe().count("monitoring.note_edit") == 1);
    ui.Type("Twee plekken open, één in opbouw");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(2);
    e = ms.Get(2027, MonitoringTarget::Objective, tactical);
    CHECK(e->note == "Twee plekken open, één in opbouw");
    CHECK(e->status == MonitoringStatus::Running); // the note keeps the status
    CHECK(fx.state.lifecycle.monitoring_editing == -1);
    // Page Down: the next year starts empty; 3 = done there leaves 2027 as it was.
    ui.Press(GLFW_KEY_PAGE_DOWN);
    ui.Frame(2);
    CHECK(fx.state.lifecycle.monitoring_year == 2028);
    ui.Type("3");
    ui.Frame(2);
    CHECK(ms.Get(2028, MonitoringTarget::Objective, tactical)->status == MonitoringStatus::Done);
    CHECK(ms.Get(2027, MonitoringTarget::Objective, tactical)->status == MonitoringStatus::Running);
    // Up, 4 = dropped on the strategic objective.
    ui.Press(GLFW_KEY_UP);
    ui.Type("4");
    ui.Frame(2);
    CHECK(ms.Get(2028, MonitoringTarget::Objective, strategic)->status == MonitoringStatus::Dropped);
}
