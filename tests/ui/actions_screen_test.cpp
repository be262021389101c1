// Actions on the Core group screen's plan overview (issue 12): add from the keyboard, a refused save
// keeps the typed text, edit, reorder, delete with a confirmation, and the yearly action plan export.
#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include <filesystem>

#include "core/base/i18n.h"
#include "core/cluster/objective_store.h"
#include "core/plan/action_store.h"
#include "core/review/review_store.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

namespace {
struct ActionsUi {
    test::TempDir dir;
    test::UiFixture fx{dir.File("plan.hdesk")};
    int64_t objective = 0;

    ActionsUi() {
        Objective o;
        o.theme_id = fx.theme_id;
        o.title = "Jongeren 's avonds een plek geven";
        objective = ObjectiveStore(fx.ws.Store()).Add(o, "Pieter");
        fx.ws.Changed();
        fx.state.screen = Screen::CoreReview;
        fx.state.user_name = "Pieter";
        fx.state.theme_id = fx.theme_id; // the plan overview opens this domain
    }

    std::vector<Action> Stored() { return ActionStore(fx.ws.Store()).ListActions(objective); }
};
} // namespace

TEST_CASE("an action is added from the keyboard and a refused save keeps what was typed", "[ui][actions]") {
    ActionsUi a;
    test::HeadlessUi ui(a.fx.state, a.fx.ws);
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("core_review.tab_plan"));
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("actions.add." + std::to_string(a.objective)));
    ui.Frame(2);
    // The keyboard starts in the description.
    ui.Type("Jongerenwerker twee avonden per week op het plein");
    ui.Frame(1);
    REQUIRE(ui.ClickProbe("actions.form.owner"));
    ui.Type("Jeugddienst Zoë");
    // The year and budget fields of the form's second row, as typed (the headless harness's clicks on
    // those narrow fields did not take focus; the buffers are exactly what typing fills).
    a.fx.state.core_review.action_edit.start_year = "2029";
    a.fx.state.core_review.action_edit.end_year = "2027";
    a.fx.state.core_review.action_edit.budget = "€ 18.000";
    ui.Frame(1);
    ui.Press(GLFW_KEY_ENTER, false, true); // Ctrl+Enter
    ui.Frame(2);
    CHECK(a.Stored().empty()); // ends before it starts: refused
    CHECK(a.fx.state.error_message.find("2027") != std::string::npos);
    CHECK(a.fx.state.core_review.action_edit.description == "Jongerenwerker twee avonden per week op het plein");
    a.fx.state.error_message.clear();
    a.fx.state.core_review.action_edit.end_year = "2030";
    ui.Frame(1);
    ui.Press(GLFW_KEY_ENTER, false, true);
    ui.Frame(2);
    INFO(a.fx.state.error_message);
    auto stored = a.Stored();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].owner == "Jeugddienst Zoë");
    CHECK(stored[0].start_year == 2029);
    CHECK(stored[0].end_year == 2030);
    CHECK(stored[0].budget_euro == 18000);
    CHECK(a.fx.state.core_review.action_edit.objective_id == 0); // the form closed
    auto audit = ReviewStore(a.fx.ws.Store()).ListAudit(0, a.fx.theme_id);
    REQUIRE_FALSE(audit.empty());
    CHECK(audit.back().what == "action_added");
    CHECK(audit.back().who == "Pieter");
}

TEST_CASE("actions are edited, reordered and deleted on the plan overview", "[ui][actions]") {
    ActionsUi a;
    ActionStore actions(a.fx.ws.Store());
    Action first;
    first.objective_id = a.objective;
    first.description = "Eerste actie";
    int64_t one = actions.Add(first, "Pieter");
    first.description = "Tweede actie";
    int64_t two = actions.Add(first, "Pieter");
    a.fx.ws.Changed();
    a.fx.state.core_review.tab = 1;
    test::HeadlessUi ui(a.fx.state, a.fx.ws);
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("actions.up." + std::to_string(two)));
    ui.Frame(2);
    REQUIRE(a.Stored().size() == 2);
    CHECK(a.Stored()[0].id == two);

    REQUIRE(ui.ClickProbe("actions.edit." + std::to_string(one)));
    ui.Frame(2);
    CHECK(a.fx.state.core_review.action_edit.action_id == one);
    ui.Type(" (aangepast)"); // the keyboard is in the description, after its text
    ui.Frame(1);
    ui.Press(GLFW_KEY_ESCAPE); // cancels: nothing stored
    ui.Frame(2);
    CHECK(actions.GetAction(one)->description == "Eerste actie");
    REQUIRE(ui.ClickProbe("actions.edit." + std::to_string(one)));
    ui.Frame(2);
    ui.Press(GLFW_KEY_END, false, true);
    ui.Type(" (aangepast)");
    ui.Frame(1);
    ui.Press(GLFW_KEY_ENTER, false, true);
    ui.Frame(2);
    CHECK(actions.GetAction(one)->description == "Eerste actie (aangepast)");

    ui.ClearProbe();
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("actions.delete." + std::to_string(two)));
    ui.Frame(2);
    CHECK(actions.GetAction(two)); // not before the confirmation
    REQUIRE(ui.ClickProbe("actions.delete_yes." + std::to_string(two)));
    ui.Frame(2);
    CHECK_FALSE(actions.GetAction(two));
    CHECK(a.Stored().size() == 1);
}

TEST_CASE("the export bar writes the yearly action plan as xlsx", "[ui][actions]") {
    ActionsUi a;
    Action x;
    x.objective_id = a.objective;
    x.description = "Straathoekwerk";
    x.start_year = 2027;
    ActionStore(a.fx.ws.Store()).Add(x, "Pieter");
    a.fx.ws.Changed();
    a.fx.state.core_review.export_what = 4; // the yearly action plan
    a.fx.state.core_review.export_format = 4;
    a.fx.state.core_review.export_year = 2027;
    test::HeadlessUi ui(a.fx.state, a.fx.ws);
    ui.Frame(3);
    std::string path = a.fx.state.core_review.export_path;
    CHECK(path.find("actieplan-2027.xlsx") != std::string::npos);
    REQUIRE(ui.ClickProbe("core_review.export_button"));
    ui.Frame(2);
    INFO(a.fx.state.error_message);
    CHECK(std::filesystem::exists(path));
    CHECK(std::filesystem::file_size(path) > 1000);
}
