// Plan cycle screen, Diagnosis tab: figures typed by hand. An indicator is added from the keyboard
// with a Dutch decimal comma, a year is added, changed and deleted in place; a value that is not a
// number and a year outside 1900..2200 are refused with a message in the user's language while the
// plan file keeps what it had. Every control stays on a 1280x720 screen.
#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include "core/base/i18n.h"
#include "core/store/indicator_store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

namespace {
constexpr int kDiagnosisTab = 1;

std::vector<std::pair<int, double>> ValuesOf(PlanStore& store, const std::string& name) {
    for (const Indicator& i : IndicatorStore(store).List())
        if (i.name == name) return i.values;
    return {};
}

void ReplaceText(test::HeadlessUi& ui, const std::string& probe, const std::string& text) {
    REQUIRE(ui.ClickProbe(probe));
    ui.Press(GLFW_KEY_A, false, true); // select all
    ui.Type(text);
}
} // namespace

TEST_CASE("the diagnosis tab adds indicators and edits their years from the keyboard", "[ui][lifecycle][indicators]") {
    GlobalTranslator().LoadDirectory(FindAssetsDir() + "/lang");
    GlobalTranslator().SetLanguage(Language::Dutch);
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    test::HeadlessUi ui(fx.state, fx.ws, 1280, 720);
    fx.state.screen = Screen::Lifecycle;
    fx.state.lifecycle.open_tab = kDiagnosisTab;
    fx.state.lifecycle.new_indicator.theme_id = fx.theme_id;
    ui.Frame(3);
    REQUIRE(fx.state.lifecycle.tab == kDiagnosisTab);
    PlanStore& store = fx.ws.Store();

    // A new indicator: name, Tab to the unit, the year and the value, Enter adds it.
    REQUIRE(ui.ClickProbe("lifecycle.new_name"));
    ui.Type("Meldingen overlast");
    ui.Press(GLFW_KEY_TAB);
    ui.Type("meldingen");
    ui.Press(GLFW_KEY_TAB);
    ui.Type("2024");
    ui.Press(GLFW_KEY_TAB);
    ui.Type("3,1");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(3);
    CHECK(fx.state.lifecycle.indicator_error.empty());
    CHECK(ValuesOf(store, "Meldingen overlast") == std::vector<std::pair<int, double>>{{2024, 3.1}});
    auto list = IndicatorStore(store).List();
    REQUIRE(list.size() == 1);
    CHECK(list[0].theme_id == fx.theme_id);
    CHECK(list[0].unit == "meldingen");
    // It is open now, with the keyboard in its "add a year" row.
    CHECK(fx.state.lifecycle.indicator_open == list[0].id);
    ui.ClearProbe();
    ui.Frame(2);
    REQUIRE(ui.Probe().count("lifecycle.add_year_button") == 1);
    for (const auto& [name, r] : ui.Probe()) {
        INFO(name);
        CHECK(r.x1 <= 1280.5f);
    }

    // A value that is not a number: refused with a Dutch message, nothing stored.
    ui.Type("2025");
    ui.Press(GLFW_KEY_TAB);
    ui.Type("veel");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(2);
    CHECK(fx.state.lifecycle.indicator_error == "'veel' is geen getal (bv. 3,1 of 3.1).");
    CHECK(ValuesOf(store, "Meldingen overlast").size() == 1);
    ReplaceText(ui, "lifecycle.add_value", "2,5");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(2);
    CHECK(fx.state.lifecycle.indicator_error.empty());
    CHECK(ValuesOf(store, "Meldingen overlast") == std::vector<std::pair<int, double>>{{2024, 3.1}, {2025, 2.5}});

    // A year outside 1900..2200: refused, nothing stored.
    ReplaceText(ui, "lifecycle.add_year", "1850");
    ReplaceText(ui, "lifecycle.add_value", "7");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(2);
    CHECK(fx.state.lifecycle.indicator_error == "'1850' is geen jaartal tussen 1900 en 2200.");
    CHECK(ValuesOf(store, "Meldingen overlast").size() == 2);

    // A stored year's value is changed in place (shown with a decimal comma in Dutch).
    ui.ClearProbe();
    ui.Frame(2);
    REQUIRE(ui.Probe().count("lifecycle.value.2024") == 1);
    ReplaceText(ui, "lifecycle.value.2024", "abc");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(2);
    CHECK_FALSE(fx.state.lifecycle.indicator_error.empty());
    CHECK(ValuesOf(store, "Meldingen overlast")[0] == std::make_pair(2024, 3.1));
    ReplaceText(ui, "lifecycle.value.2024", "4,2");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(2);
    CHECK(fx.state.lifecycle.indicator_error.empty());
    CHECK(ValuesOf(store, "Meldingen overlast")[0] == std::make_pair(2024, 4.2));

    // Deleting a year keeps the other one.
    REQUIRE(ui.ClickProbe("lifecycle.delete_year.2025"));
    ui.Frame(2);
    CHECK(ValuesOf(store, "Meldingen overlast") == std::vector<std::pair<int, double>>{{2024, 4.2}});

    // Up/Down outside a field open the other indicators (the whole city's come first).
    int64_t meldingen = fx.state.lifecycle.indicator_open;
    IndicatorStore(store).SetValue(0, "Inwoners", 2024, 41250);
    fx.ws.Changed();
    ui.Frame(2);
    int64_t residents = IndicatorStore(store).List()[0].id;
    REQUIRE(residents != meldingen);
    ui.Press(GLFW_KEY_UP);
    CHECK(fx.state.lifecycle.indicator_open == residents);
    ui.Press(GLFW_KEY_DOWN);
    CHECK(fx.state.lifecycle.indicator_open == meldingen);

    // Deleting the open indicator asks first; Cancel keeps it, "Ja, verwijderen" removes it.
    ui.ClearProbe();
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("lifecycle.delete_indicator"));
    ui.Frame(2);
    CHECK(IndicatorStore(store).List().size() == 2); // asked, not deleted
    CHECK(fx.state.lifecycle.indicator_confirm_delete == meldingen);
    REQUIRE(ui.ClickProbe("lifecycle.delete_indicator_yes"));
    ui.Frame(2);
    auto left = IndicatorStore(store).List();
    INFO("refusal: " << fx.state.lifecycle.indicator_error << ", asking for " << fx.state.lifecycle.indicator_confirm_delete);
    REQUIRE(left.size() == 1);
    CHECK(left[0].id == residents);
    CHECK(fx.state.lifecycle.indicator_open == 0);
}

TEST_CASE("the diagnosis tab refuses a typed figure in English too", "[ui][lifecycle][indicators]") {
    GlobalTranslator().LoadDirectory(FindAssetsDir() + "/lang");
    GlobalTranslator().SetLanguage(Language::English);
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    test::HeadlessUi ui(fx.state, fx.ws, 1280, 720);
    fx.state.screen = Screen::Lifecycle;
    fx.state.lifecycle.open_tab = kDiagnosisTab;
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("lifecycle.new_name"));
    ui.Type("Residents");
    ReplaceText(ui, "lifecycle.new_year", "2024");
    ReplaceText(ui, "lifecycle.new_value", "many");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(2);
    CHECK(fx.state.lifecycle.indicator_error == "'many' is not a number (e.g. 3,1 or 3.1).");
    CHECK(IndicatorStore(fx.ws.Store()).List().empty());
    GlobalTranslator().SetLanguage(Language::Dutch);
}
