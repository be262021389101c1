// The domain's figures on the projection (issue 13, item 2): the facilitator shows them with F or the
// Figures button; the audience view then draws a trend chart per indicator of the hearing's domain,
// every one inside the window at every projector size and font scale, and no control or hint.
#include <catch2/catch.hpp>

#include <imgui.h>

#include "app/screens/projection_audience.h"
#include "app/ui_frame.h"
#include "core/base/i18n.h"
#include "core/demo/demo_plan.h"
#include "core/store/indicator_store.h"
#include "tests/support/temp_dir.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

namespace {
void LoadTranslations() {
    if (GlobalTranslator().Size() == 0) GlobalTranslator().LoadDirectory(FindAssetsDir() + "/lang");
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// `count` indicators of the shown hearing's domain, with long names, over six years.
void AddFigures(Workspace& ws, int64_t theme_id, int count) {
    IndicatorStore is(ws.Store());
    for (int i = 0; i < count; ++i)
        for (int year = 2019; year <= 2024; ++year)
            is.SetValue(theme_id, "Indicator " + std::to_string(i + 1) + " met een lange naam: meldingen van overlast in de buurt",
                        year, 100.0 + (year * 37 + i * 11) % 50, "aantal");
    is.SetValue(theme_id + 1000, "Ander domein", 2024, 1); // never shown for this hearing
    ws.Changed();
}

int CountFigures(const test::HeadlessUi& ui) {
    int n = 0;
    for (const auto& [name, r] : ui.Probe())
        if (StartsWith(name, "projection.figure.")) ++n;
    return n;
}
} // namespace

TEST_CASE("projection: the domain's figures fit the audience view at every size and scale, without controls", "[ui][projection][fit][figures]") {
    LoadTranslations();
    test::TempDir dir;
    Workspace ws;
    ws.Adopt(CreateDemoPlan(dir.File("demo.hdesk")));
    AppState state;
    SelectDefaultHearing(state, ws);
    state.screen = Screen::Projection;
    state.projection.audience = true;
    int64_t theme_id = ws.FindHearing(state.hearing_id)->theme_id;
    AddFigures(ws, theme_id, 4);
    test::HeadlessUi ui(state, ws, 1280, 720);
    ui.Frame(2);
    ui.ClearProbe();
    ui.Frame(1);
    CHECK(CountFigures(ui) == 0); // not until the facilitator asks
    ui.Type("f");
    ui.Frame(1);
    CHECK(state.projection.show_figures);
    for (auto [w, h] : {std::pair{1280.0f, 720.0f}, {1600.0f, 900.0f}, {1920.0f, 1080.0f}, {3840.0f, 2160.0f}})
        for (float scale : {0.5f, 1.0f, 1.5f, 2.5f}) {
            INFO("size " << w << "x" << h << " scale " << scale);
            ImGui::GetIO().DisplaySize = ImVec2(w, h);
            state.projection.font_scale = scale;
            ui.Frame(2);
            ui.ClearProbe();
            ui.Frame(1);
            CHECK(ui.Probe().count("projection.figures_title") == 1);
            CHECK(ui.Probe().count("projection.title") == 1);
            CHECK(ui.Probe().count("projection.question") == 1);
            CHECK(CountFigures(ui) == 4); // every indicator of the domain, none of another
            for (const auto& [name, r] : ui.Probe()) {
                INFO(name << " at " << r.x0 << "," << r.y0 << " - " << r.x1 << "," << r.y1);
                CHECK(r.x0 >= -0.5f);
                CHECK(r.y0 >= -0.5f);
                CHECK(r.x1 <= w + 0.5f);
                CHECK(r.y1 <= h + 0.5f);
                CHECK_FALSE(StartsWith(name, "projection.keys"));
                CHECK_FALSE(name == "projection.figures"); // the button is the presenter's
                CHECK_FALSE(StartsWith(name, "projection.note.")); // the figures take the contributions' place
            }
            // Charts do not overlap one another.
            std::vector<ProbeRect> charts;
            for (const auto& [name, r] : ui.Probe())
                if (StartsWith(name, "projection.figure.")) charts.push_back(r);
            for (size_t i = 0; i < charts.size(); ++i)
                for (size_t j = i + 1; j < charts.size(); ++j) {
                    bool apart = charts[i].x1 <= charts[j].x0 + 0.5f || charts[j].x1 <= charts[i].x0 + 0.5f ||
                                 charts[i].y1 <= charts[j].y0 + 0.5f || charts[j].y1 <= charts[i].y0 + 0.5f;
                    CHECK(apart);
                }
        }
    // F again brings the contributions back.
    ui.Type("f");
    ui.Frame(2);
    ui.ClearProbe();
    ui.Frame(1);
    CHECK(CountFigures(ui) == 0);
    CHECK(ui.Probe().count("projection.heard_title") == 1);
}

TEST_CASE("projection: the presenter's Figures button toggles the charts and is disabled without figures", "[ui][projection][figures]") {
    LoadTranslations();
    test::TempDir dir;
    Workspace ws;
    ws.Adopt(CreateDemoPlan(dir.File("demo.hdesk")));
    AppState state;
    SelectDefaultHearing(state, ws);
    state.screen = Screen::Projection;
    test::HeadlessUi ui(state, ws, 1280, 720);
    ui.Frame(2);
    REQUIRE(ui.Probe().count("projection.figures") == 1);
    ui.ClickProbe("projection.figures");
    ui.Frame(2);
    ui.ClearProbe();
    ui.Frame(1);
    CHECK(CountFigures(ui) == 0); // the domain has no figures: nothing to show, the contributions stay
    CHECK(ui.Probe().count("projection.heard_title") == 1);
    state.projection.show_figures = false;
    AddFigures(ws, ws.FindHearing(state.hearing_id)->theme_id, 2);
    ui.Frame(1);
    ui.ClickProbe("projection.figures");
    ui.Frame(2);
    ui.ClearProbe();
    ui.Frame(1);
    CHECK(state.projection.show_figures);
    CHECK(CountFigures(ui) == 2);
    CHECK(ui.Probe().count("projection.figures") == 1); // the presenter keeps the button
}
