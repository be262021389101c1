// Plan cycle screen: decisions recorded from the keyboard, adopting through the confirmation, and a
// revision recorded with its reason, each checked in the plan file.
#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include "core/base/i18n.h"
#include "core/lifecycle/decisions.h"
#include "core/lifecycle/inputs.h"
#include "core/store/db.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

namespace {
enum CycleTab { kInputsTab = 0, kDiagnosisTab = 1, kDecisionsTab = 2 };

void OpenCycle(test::UiFixture& fx, test::HeadlessUi& ui) {
    GlobalTranslator().LoadDirectory(FindAssetsDir() + "/lang");
    GlobalTranslator().SetLanguage(Language::Dutch);
    fx.state.screen = Screen::Lifecycle;
    fx.state.user_name = "Lotte Verhaegen";
    fx.state.lifecycle.open_tab = kDecisionsTab;
    ui.Frame(3);
    REQUIRE(fx.state.lifecycle.tab == kDecisionsTab);
}

int64_t AddAcceptedObjective(PlanStore& store, int64_t theme) {
    Statement st(store.Db(), "INSERT INTO objective(theme_id, level, title, accepted) VALUES(?, 'strategic', ?, 1)");
    st.Bind(1, theme).Bind(2, "Een kindvriendelijke stad");
    st.Exec();
    return store.Db().LastInsertId();
}
} // namespace

TEST_CASE("a decision typed on the plan cycle screen adopts the plan after confirmation", "[ui][lifecycle]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    AddAcceptedObjective(fx.ws.Store(), fx.theme_id);
    test::HeadlessUi ui(fx.state, fx.ws);
    OpenCycle(fx, ui);
    REQUIRE(ui.ClickProbe("lifecycle.new_decision_date"));
    ui.Type("2026-03-18");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(3);
    DecisionStore ds(fx.ws.Store());
    auto decisions = ds.ListDecisions();
    REQUIRE(decisions.size() == 1);
    CHECK(decisions[0].date == "2026-03-18");
    CHECK(decisions[0].recorded_by == "Lotte Verhaegen");
    CHECK(fx.state.lifecycle.new_decision.date.empty()); // the add row is ready for the next one

    // A bad date is refused with a message; nothing is stored and the typed text stays.
    REQUIRE(ui.ClickProbe("lifecycle.new_decision_date"));
    ui.Type("18/03/2026");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(3);
    CHECK_FALSE(fx.state.error_message.empty());
    CHECK(ds.ListDecisions().size() == 1);
    CHECK(fx.state.lifecycle.new_decision.date == "18/03/2026");
    fx.state.error_message.clear();
    ui.Frame(2);

    std::string adopt = "lifecycle.adopt." + std::to_string(decisions[0].id);
    REQUIRE(ui.ClickProbe(adopt));
    ui.Frame(3);
    CHECK(ds.ListVersions().empty()); // not before the confirmation
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(3);
    auto versions = ds.ListVersions();
    REQUIRE(versions.size() == 1);
    CHECK(versions[0].verified);
    CHECK(versions[0].created_by == "Lotte Verhaegen");
    CHECK(versions[0].content.find("Een kindvriendelijke stad") != std::string::npos);
    ui.ClearProbe();
    ui.Frame(2);
    CHECK(ui.Probe().count(adopt) == 0); // the adopting decision offers no second adoption
    CHECK(ui.Probe().count("lifecycle.export." + std::to_string(versions[0].id)) == 1);
}

TEST_CASE("a change after adoption is listed and recorded as a revision with its reason", "[ui][lifecycle]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    int64_t objective = AddAcceptedObjective(fx.ws.Store(), fx.theme_id);
    DecisionStore ds(fx.ws.Store());
    Decision d;
    d.date = "2026-03-18";
    d.body = DecisionBody::Council;
    ds.Adopt(ds.AddDecision(d, "x"), "x");
    {
        Statement st(fx.ws.Store().Db(), "UPDATE objective SET title = ? WHERE id = ?");
        st.Bind(1, "Een kind- en jongerenvriendelijke stad").Bind(2, objective);
        st.Exec();
    }
    fx.ws.Changed();
    test::HeadlessUi ui(fx.state, fx.ws);
    OpenCycle(fx, ui);
    REQUIRE(fx.ws.PlanCycle()->changes.size() == 1);
    REQUIRE(ui.ClickProbe("lifecycle.record_revision"));
    ui.Frame(2);
    CHECK_FALSE(fx.state.error_message.empty()); // no reason given
    CHECK(ds.ListVersions().size() == 1);
    fx.state.error_message.clear();
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("lifecycle.reason"));
    ui.Type("Jongeren uitdrukkelijk vermeld na advies jeugdraad");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(3);
    auto versions = ds.ListVersions();
    REQUIRE(versions.size() == 2);
    CHECK(versions[1].kind == VersionKind::Revision);
    CHECK(versions[1].reason == "Jongeren uitdrukkelijk vermeld na advies jeugdraad");
    CHECK(ChangesFromJson(versions[1].changes).size() == 1);
}

TEST_CASE("inputs: a related plan, its priority and the objective that serves it, all from the keyboard and mouse", "[ui][lifecycle]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    int64_t objective = AddAcceptedObjective(fx.ws.Store(), fx.theme_id);
    test::HeadlessUi ui(fx.state, fx.ws);
    OpenCycle(fx, ui);
    fx.state.lifecycle.open_tab = kInputsTab;
    ui.Frame(3);
    REQUIRE(fx.state.lifecycle.tab == kInputsTab);
    REQUIRE(ui.ClickProbe("lifecycle.new_related_plan"));
    ui.Type("Zonaal veiligheidsplan");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(3);
    InputStore in(fx.ws.Store());
    auto plans = in.ListPlans();
    REQUIRE(plans.size() == 1);
    CHECK(plans[0].title == "Zonaal veiligheidsplan");
    CHECK(fx.state.lifecycle.selected_related_plan == plans[0].id); // a new plan opens its priorities
    REQUIRE(ui.ClickProbe("lifecycle.new_priority"));
    ui.Type("Overlast door jongeren");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(3);
    plans = in.ListPlans();
    REQUIRE(plans[0].priorities.size() == 1);
    CHECK(fx.ws.PlanCycle()->facets.size() == 1);
    CHECK(fx.ws.PlanCycle()->facets[0].answers.empty());
    int64_t priority = plans[0].priorities[0].id;
    REQUIRE(ui.ClickProbe("lifecycle.priority." + std::to_string(priority)));
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("lifecycle.link." + std::to_string(objective)));
    ui.Frame(3);
    CHECK(in.PrioritiesOf(objective) == std::vector<int64_t>{priority});
    REQUIRE(fx.ws.PlanCycle()->facets[0].answers.size() == 1);
    CHECK(fx.ws.PlanCycle()->facets[0].answers[0].objective_id == objective);
}
