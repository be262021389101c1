#include <catch2/catch.hpp>

#include "app/ui_frame.h"
#include "core/demo/demo_plan.h"
#include "core/base/i18n.h"
#include "tests/support/temp_dir.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

namespace {
void LoadTranslations() {
    if (GlobalTranslator().Size() == 0) GlobalTranslator().LoadDirectory(FindAssetsDir() + "/lang");
}
} // namespace

TEST_CASE("every screen renders the demo plan in both languages without an ImGui assert", "[ui][screens]") {
    LoadTranslations();
    test::TempDir dir;
    Workspace ws;
    ws.Adopt(CreateDemoPlan(dir.File("demo.hdesk")));
    for (Language lang : {Language::Dutch, Language::English}) {
        GlobalTranslator().SetLanguage(lang);
        for (int s = 0; s < static_cast<int>(Screen::Count); ++s) {
            AppState state;
            SelectDefaultHearing(state, ws);
            state.screen = static_cast<Screen>(s);
            test::HeadlessUi ui(state, ws);
            ui.Frame(5);
            INFO("screen " << ScreenKey(state.screen));
            CHECK(state.screen == static_cast<Screen>(s));
            CHECK(state.error_message.empty());
        }
    }
    GlobalTranslator().SetLanguage(Language::Dutch);
}

TEST_CASE("every screen copes with an empty plan and with no plan at all", "[ui][screens]") {
    LoadTranslations();
    test::TempDir dir;
    Workspace ws;
    Plan plan;
    plan.name = "Leeg";
    ws.CreateEmpty(dir.File("empty.hdesk"), plan);
    for (int s = 0; s < static_cast<int>(Screen::Count); ++s) {
        AppState state;
        state.screen = static_cast<Screen>(s);
        test::HeadlessUi ui(state, ws);
        ui.Frame(3);
        CHECK(state.error_message.empty());
    }
    Workspace none;
    AppState state;
    state.screen = Screen::Projection;
    test::HeadlessUi ui(state, none);
    ui.Frame(3);
    CHECK(state.screen == Screen::Home); // without a plan only the home screen makes sense
}

TEST_CASE("opening a plan in the GUI runs the full integrity check in the background and reports nothing when sound", "[ui][integrity]") {
    LoadTranslations();
    test::TempDir dir;
    { CreateDemoPlan(dir.File("demo.hdesk")); }
    Workspace ws;
    ws.Open(dir.File("demo.hdesk"));
    AppState state;
    SelectDefaultHearing(state, ws);
    state.screen = Screen::Reporter;
    test::HeadlessUi ui(state, ws);
    for (int i = 0; i < 200 && state.error_message.empty(); ++i) ui.Frame();
    CHECK(state.error_message.empty());
    CHECK(ws.TakeIntegrityProblem().empty());
}
