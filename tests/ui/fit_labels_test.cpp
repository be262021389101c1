// Nothing is cut at 1280×720: toolbars wrap instead of running off the window, and labels that do
// not fit end in "…" with the whole text as a tooltip (app/ui_widgets: FitLabel and its helpers).
#include <catch2/catch.hpp>

#include <imgui.h>

#include "app/ui_frame.h"
#include "app/ui_widgets.h"
#include "core/base/i18n.h"
#include "core/demo/demo_plan.h"
#include "tests/support/temp_dir.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

namespace {
void LoadTranslations() {
    if (GlobalTranslator().Size() == 0) GlobalTranslator().LoadDirectory(FindAssetsDir() + "/lang");
}
} // namespace

TEST_CASE("the board's toolbar stays inside a 1280 wide window in both languages", "[ui][fit]") {
    LoadTranslations();
    test::TempDir dir;
    Workspace ws;
    ws.Adopt(CreateDemoPlan(dir.File("demo.hdesk")));
    for (Language lang : {Language::Dutch, Language::English}) {
        GlobalTranslator().SetLanguage(lang);
        AppState state;
        SelectDefaultHearing(state, ws);
        state.screen = Screen::Board;
        test::HeadlessUi ui(state, ws, 1280, 720);
        ui.Frame(4);
        INFO("language " << (lang == Language::English ? "en" : "nl"));
        for (const char* probe : {"board.recluster", "board.undo", "board.redo", "board.counts", "menu.settings"}) {
            INFO(probe);
            REQUIRE(ui.Probe().count(probe) == 1);
            CHECK(ui.Probe().at(probe).x1 <= 1280.0f);
        }
    }
    GlobalTranslator().SetLanguage(Language::Dutch);
}

TEST_CASE("FitLabel cuts at whole characters with an ellipsis and leaves what fits alone", "[ui][fit]") {
    LoadTranslations();
    test::TempDir dir;
    Workspace ws;
    AppState state;
    test::HeadlessUi ui(state, ws, 1280, 720);
    ui.Frame(1);
    ImGui::NewFrame();
    const std::string long_title = "Ruimtelijke ordening, wonen en leefbaarheid in de stationswijk van Dijlestede";
    float width = ImGui::CalcTextSize("Ruimtelijke ordening").x;
    std::string cut = FitLabel(long_title, width);
    CHECK(ImGui::CalcTextSize(cut.c_str()).x <= width);
    REQUIRE(cut.size() > 3);
    CHECK(cut.substr(cut.size() - 3) == "…");
    CHECK(long_title.rfind(cut.substr(0, cut.size() - 3), 0) == 0); // a prefix of the title
    CHECK(FitLabel("Drugs", width) == "Drugs");
    // Accented letters are never split in the middle of their UTF-8 bytes.
    std::string accents = FitLabel("Zoë Claeys en Anaïs Dewulf, Boëtius", ImGui::CalcTextSize("Zoë").x + 1.0f);
    CHECK((accents == "Zoë…" || accents == "Zo…" || accents == "Z…" || accents == "…"));
    ImGui::EndFrame();
}
