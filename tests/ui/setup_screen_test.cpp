#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include <algorithm>

#include "core/base/i18n.h"
#include "core/store/plan_structure.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

namespace {
enum SetupTabIndex { kPlanTab = 0, kThemesTab = 1, kParticipantsTab = 2, kHearingsTab = 3 };

void OpenSetupTab(test::UiFixture& fx, test::HeadlessUi& ui, int tab) {
    fx.state.screen = Screen::Setup;
    fx.state.setup.open_tab = tab;
    ui.Frame(3);
    REQUIRE(fx.state.setup.tab == tab);
}

// Clicks nowhere in particular, so the field being edited is left (and saved).
void ClickAway(test::HeadlessUi& ui) { ui.Click(1590, 890); }
} // namespace

TEST_CASE("every setup tab renders, also for an empty plan", "[ui][setup]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    {
        test::HeadlessUi ui(fx.state, fx.ws);
        for (int tab : {kPlanTab, kThemesTab, kParticipantsTab, kHearingsTab}) OpenSetupTab(fx, ui, tab);
        CHECK(ui.Probe().count("setup.add_hearing") == 1);
    }

    AppState fresh;
    Workspace empty;
    Plan plan;
    plan.name = "Leeg plan";
    empty.CreateEmpty(dir.File("empty.hdesk"), plan);
    test::HeadlessUi ui2(fresh, empty);
    fresh.screen = Screen::Setup;
    for (int tab : {kPlanTab, kThemesTab, kParticipantsTab, kHearingsTab}) {
        fresh.setup.open_tab = tab;
        ui2.Frame(3);
        CHECK(fresh.setup.tab == tab);
    }
}

TEST_CASE("a participant added through the setup screen is in the store", "[ui][setup]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    GlobalTranslator().LoadDirectory(FindAssetsDir() + "/lang");
    GlobalTranslator().SetLanguage(Language::Dutch);
    test::HeadlessUi ui(fx.state, fx.ws);
    OpenSetupTab(fx, ui, kParticipantsTab);
    REQUIRE(ui.ClickProbe("setup.new_participant.name"));
    ui.Type("Fatima Benali");
    REQUIRE(ui.ClickProbe("setup.new_participant.organisation"));
    ui.Type("Buurtwerk Noord-Oost, Sint-Jozef");
    REQUIRE(ui.ClickProbe("setup.new_participant.free"));
    ui.Type("Straathoekwerk"); // the Dutch label of a known discipline becomes its key
    REQUIRE(ui.ClickProbe("setup.new_participant.consent"));
    REQUIRE(ui.ClickProbe("setup.add_participant"));
    auto people = PlanStore::Open(fx.path)->ListParticipants();
    REQUIRE(people.size() == 3);
    CHECK(people.back().name == "Fatima Benali");
    CHECK(people.back().organisation == "Buurtwerk Noord-Oost, Sint-Jozef");
    CHECK(people.back().discipline == "street_work");
    CHECK(people.back().consent_named);
    CHECK(fx.state.setup.new_participant.name.empty());
}

TEST_CASE("editing a participant's name in place saves it when the field is left", "[ui][setup]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    test::HeadlessUi ui(fx.state, fx.ws);
    OpenSetupTab(fx, ui, kParticipantsTab);
    REQUIRE(ui.ClickProbe("setup.participant.1.name"));
    ui.Press(GLFW_KEY_END);
    ui.Type("-Maës");
    CHECK(fx.ws.Store().GetParticipant(fx.youth_id)->name == "Eline Peeters"); // not yet: still typing
    ClickAway(ui);
    CHECK(fx.ws.Store().GetParticipant(fx.youth_id)->name == "Eline Peeters-Maës");
    CHECK(fx.state.setup.edit_text.empty());
}

TEST_CASE("a guiding question added, edited, moved and deleted through the setup screen", "[ui][setup]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    test::HeadlessUi ui(fx.state, fx.ws);
    OpenSetupTab(fx, ui, kThemesTab);
    CHECK(fx.state.setup.selected_theme_id == fx.theme_id);
    REQUIRE(ui.ClickProbe("setup.new_question"));
    ui.Type("Wie ontbreekt er vandaag aan tafel?");
    ui.Press(GLFW_KEY_ENTER);
    auto questions = [&] { return fx.ws.Store().GetTheme(fx.theme_id)->questions; };
    REQUIRE(questions().size() == 3);
    CHECK(questions()[2].text == "Wie ontbreekt er vandaag aan tafel?");
    CHECK(questions()[2].budget_minutes == 15);

    REQUIRE(ui.ClickProbe("setup.question.0.text"));
    ui.Press(GLFW_KEY_END);
    ui.Type(" Graag concreet.");
    ui.Press(GLFW_KEY_ENTER);
    CHECK(questions()[0].text == "Wat zijn de oorzaken? Graag concreet.");

    REQUIRE(ui.ClickProbe("setup.question.1.budget"));
    ui.Press(GLFW_KEY_A, false, /*ctrl=*/true);
    ui.Type("35");
    ui.Press(GLFW_KEY_ENTER);
    CHECK(questions()[1].budget_minutes == 35);

    REQUIRE(ui.ClickProbe("setup.question.2.up"));
    CHECK(questions()[1].text == "Wie ontbreekt er vandaag aan tafel?");
    CHECK(questions()[2].text == "Welke acties stelt u voor?");

    REQUIRE(ui.ClickProbe("setup.question.0.delete"));
    CHECK(questions().size() == 3); // a delete asks for confirmation first
    REQUIRE(ui.ClickProbe("setup.question.0.confirm_delete"));
    REQUIRE(questions().size() == 2);
    CHECK(questions()[0].text == "Wie ontbreekt er vandaag aan tafel?");
}

TEST_CASE("a theme's problem statement is edited in place", "[ui][setup]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    test::HeadlessUi ui(fx.state, fx.ws);
    OpenSetupTab(fx, ui, kThemesTab);
    REQUIRE(ui.ClickProbe("setup.theme.0.problem")); // the wrapped text opens its editor
    ui.Frame(2);
    ui.Press(GLFW_KEY_END);
    ui.Type(" Ook 's nachts, vooral in het weekend.");
    ClickAway(ui);
    CHECK(fx.ws.Store().GetTheme(fx.theme_id)->problem_statement ==
          "Jongeren hangen rond op het Stationsplein; buurtbewoners klagen over lawaai. Ook 's nachts, vooral in het weekend.");
    CHECK(fx.state.setup.open_field == 0);
}

TEST_CASE("a malformed hearing date is refused with a message and nothing changes", "[ui][setup]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    test::HeadlessUi ui(fx.state, fx.ws);
    OpenSetupTab(fx, ui, kHearingsTab);
    REQUIRE(ui.ClickProbe("setup.hearing.date." + std::to_string(fx.hearing_id)));
    ui.Press(GLFW_KEY_A, false, /*ctrl=*/true);
    ui.Type("12/03/2026");
    ui.Press(GLFW_KEY_ENTER);
    CHECK(fx.state.error_message.find("12/03/2026") != std::string::npos);
    CHECK(fx.ws.Store().GetHearing(fx.hearing_id)->date == "2026-03-12");
}

TEST_CASE("adding a hearing and ticking who is present", "[ui][setup]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    test::HeadlessUi ui(fx.state, fx.ws);
    OpenSetupTab(fx, ui, kHearingsTab);
    REQUIRE(ui.ClickProbe("setup.new_hearing_date"));
    ui.Type("2026-04-02");
    REQUIRE(ui.ClickProbe("setup.add_hearing"));
    auto hearings = fx.ws.Store().ListHearings();
    REQUIRE(hearings.size() == 2);
    const Hearing& added = hearings.back();
    CHECK(added.date == "2026-04-02");
    CHECK(added.theme_id == fx.theme_id);
    CHECK(fx.state.hearing_id == added.id); // the new hearing is selected: its checklist shows
    CHECK(added.participant_ids.empty());
    REQUIRE(ui.ClickProbe("setup.present." + std::to_string(fx.youth_id)));
    CHECK(fx.ws.Store().GetHearing(added.id)->participant_ids == std::vector<int64_t>{fx.youth_id});
    REQUIRE(ui.ClickProbe("setup.present." + std::to_string(fx.youth_id)));
    CHECK(fx.ws.Store().GetHearing(added.id)->participant_ids.empty());
    // The first hearing keeps its own presence list.
    CHECK(fx.ws.Store().GetHearing(fx.hearing_id)->participant_ids.size() == 2);
}

TEST_CASE("the plan's name is edited on the plan tab", "[ui][setup]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    test::HeadlessUi ui(fx.state, fx.ws);
    OpenSetupTab(fx, ui, kPlanTab);
    REQUIRE(ui.ClickProbe("setup.plan.name"));
    ui.Press(GLFW_KEY_END);
    ui.Type(" 2026–2031");
    ui.Press(GLFW_KEY_ENTER);
    CHECK(PlanStore::Open(fx.path)->GetPlan().name == "Testplan 2026–2031");
}

TEST_CASE("a theme is deleted after confirmation, one with hearings is refused with a message", "[ui][setup]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    test::HeadlessUi ui(fx.state, fx.ws);
    OpenSetupTab(fx, ui, kThemesTab);
    REQUIRE(ui.ClickProbe("setup.new_theme_title"));
    ui.Type("Verkeersveiligheid");
    REQUIRE(ui.ClickProbe("setup.add_theme"));
    REQUIRE(fx.ws.Store().ListThemes().size() == 2);

    REQUIRE(ui.ClickProbe("setup.theme.0.delete"));
    REQUIRE(ui.ClickProbe("setup.theme.0.confirm_delete"));
    CHECK_FALSE(fx.state.error_message.empty()); // the first theme has a hearing
    CHECK(fx.ws.Store().ListThemes().size() == 2);
    fx.state.error_message.clear();
    ui.Frame(2);

    REQUIRE(ui.ClickProbe("setup.theme.1.delete"));
    REQUIRE(ui.ClickProbe("setup.theme.1.confirm_delete"));
    auto themes = fx.ws.Store().ListThemes();
    REQUIRE(themes.size() == 1);
    CHECK(themes[0].id == fx.theme_id);
}

TEST_CASE("a theme is marked as a supporting domain and gets sub-themes with a justification", "[ui][setup][plan_structure]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    test::HeadlessUi ui(fx.state, fx.ws);
    OpenSetupTab(fx, ui, kThemesTab);
    REQUIRE(ui.ClickProbe("setup.theme_supporting"));
    ui.Frame(2);
    CHECK(fx.ws.Store().GetTheme(fx.theme_id)->supporting);
    REQUIRE(ui.ClickProbe("setup.new_sub_theme"));
    ui.Type("Overlast rond het station");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(2);
    PlanStructureStore structure(fx.ws.Store());
    auto subs = structure.ListSubThemes(fx.theme_id);
    REQUIRE(subs.size() == 1);
    CHECK(subs[0].title == "Overlast rond het station");
    REQUIRE(ui.ClickProbe("setup.sub_theme.0.justification"));
    ui.Frame(2);
    ui.Type("Handelaars én bewoners vragen het.");
    ClickAway(ui);
    CHECK(structure.ListSubThemes(fx.theme_id)[0].justification == "Handelaars én bewoners vragen het.");
}
