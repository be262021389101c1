// The audience view fits every room: at each projector size and each font scale step, every item it
// draws lies inside the window, and no discipline bar is left out.
#include <catch2/catch.hpp>

#include <imgui.h>

#include "app/screens/projection_audience.h"
#include "app/ui_frame.h"
#include "core/base/i18n.h"
#include "core/demo/demo_plan.h"
#include "tests/support/temp_dir.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

namespace {
struct Size {
    float w, h;
};
const Size kRooms[] = {{1280, 720}, {1366, 768}, {1600, 900}, {1920, 1080}, {3840, 2160}};

void LoadTranslations() {
    if (GlobalTranslator().Size() == 0) GlobalTranslator().LoadDirectory(FindAssetsDir() + "/lang");
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// Draws a few frames at `size` and checks what the last one drew.
void CheckFits(test::HeadlessUi& ui, AppState& state, Workspace& ws, Size size) {
    ImGui::GetIO().DisplaySize = ImVec2(size.w, size.h);
    ui.Frame(2);
    ui.ClearProbe();
    ui.Frame(1);
    INFO("size " << size.w << "x" << size.h << " scale " << state.projection.font_scale << " in effect "
                 << state.projection.view_scale);
    for (const char* part : {"projection.title", "projection.statement", "projection.clock", "projection.question",
                             "projection.question_timer", "projection.heard_title", "projection.chart_title"})
        CHECK(ui.Probe().count(part) == 1);
    int notes = 0;
    for (const auto& [name, r] : ui.Probe()) {
        INFO(name << " at " << r.x0 << "," << r.y0 << " - " << r.x1 << "," << r.y1);
        CHECK(r.x0 >= -0.5f);
        CHECK(r.y0 >= -0.5f);
        CHECK(r.x1 <= size.w + 0.5f);
        CHECK(r.y1 <= size.h + 0.5f);
        CHECK_FALSE(StartsWith(name, "projection.keys")); // no hint and no control in the room
        CHECK_FALSE(StartsWith(name, "projection.next"));
        if (StartsWith(name, "projection.note.")) ++notes;
    }
    CHECK(notes >= 1);
    for (const auto& bar : ws.DisciplineBars(state.hearing_id)) {
        std::string key = bar.discipline[0] == '\x01' ? "unknown" : bar.discipline;
        INFO("bar " << key);
        CHECK(ui.Probe().count("projection.bar." + key) == 1);
    }
}
} // namespace

TEST_CASE("projection: the audience view fits every projector size at every font scale", "[ui][projection][fit]") {
    LoadTranslations();
    test::TempDir dir;
    Workspace ws;
    ws.Adopt(CreateDemoPlan(dir.File("demo.hdesk")));
    AppState state;
    SelectDefaultHearing(state, ws);
    state.screen = Screen::Projection;
    state.projection.audience = true;
    REQUIRE(!ws.Notes(state.hearing_id)->empty());
    test::HeadlessUi ui(state, ws);
    for (Size size : kRooms)
        for (int step = 5; step <= 25; ++step) {
            state.projection.font_scale = static_cast<float>(step) / 10.0f;
            CheckFits(ui, state, ws, size);
        }
    // The demo hearing has nine disciplines: at 1280x720 and the largest font they cannot stand in
    // one column; they compact (two columns) rather than scale the whole view further down.
    ImGui::GetIO().DisplaySize = ImVec2(1280, 720);
    state.projection.font_scale = 2.5f;
    ui.Frame(2);
    CHECK(ws.DisciplineBars(state.hearing_id).size() >= 8);
    CHECK(state.projection.chart_columns >= 2);
}

TEST_CASE("projection: a long problem statement and a long question still fit, in both languages", "[ui][projection][fit]") {
    LoadTranslations();
    test::TempDir dir;
    Workspace ws;
    ws.Adopt(CreateDemoPlan(dir.File("demo.hdesk")));
    AppState state;
    SelectDefaultHearing(state, ws);
    state.screen = Screen::Projection;
    state.projection.audience = true;
    Theme theme = *ws.FindTheme(ws.FindHearing(state.hearing_id)->theme_id);
    for (int i = 0; i < 6; ++i) theme.problem_statement += " " + theme.problem_statement.substr(0, 200);
    ws.Store().UpdateTheme(theme);
    Question q = theme.questions.at(static_cast<size_t>(ws.FindHearing(state.hearing_id)->current_question));
    q.text += " Denk daarbij aan de buurtbewoners, de handelaars, de jongeren én de diensten van de stad die 's avonds werken.";
    ws.Store().UpdateQuestion(q);
    ws.Changed();
    test::HeadlessUi ui(state, ws);
    for (Language lang : {Language::Dutch, Language::English}) {
        GlobalTranslator().SetLanguage(lang);
        for (Size size : {kRooms[0], kRooms[2], kRooms[4]})
            for (float scale : {0.5f, 1.0f, 2.5f}) {
                state.projection.font_scale = scale;
                CheckFits(ui, state, ws, size);
            }
    }
    GlobalTranslator().SetLanguage(Language::Dutch);
}

TEST_CASE("projection: the timer warns before the budget runs out, with a brief cue", "[ui][projection]") {
    Hearing h;
    h.question_started_offset_ms = 0;
    // 10 minutes: warning in the last two minutes.
    QuestionTime t = QuestionTimeOf(7 * 60000, h, 10);
    CHECK(t.phase == TimerPhase::Normal);
    t = QuestionTimeOf(8 * 60000 + 1000, h, 10);
    CHECK(t.phase == TimerPhase::Warning);
    CHECK(t.cue);
    t = QuestionTimeOf(9 * 60000, h, 10);
    CHECK(t.phase == TimerPhase::Warning);
    CHECK_FALSE(t.cue);
    t = QuestionTimeOf(10 * 60000 + 2000, h, 10);
    CHECK(t.phase == TimerPhase::Over);
    CHECK(t.cue);
    CHECK(t.left == -2000);
    // 5 minutes: the last fifth, one minute.
    CHECK(QuestionTimeOf(3 * 60000 + 59000, h, 5).phase == TimerPhase::Normal);
    CHECK(QuestionTimeOf(4 * 60000 + 1000, h, 5).phase == TimerPhase::Warning);
}

TEST_CASE("menu: the settings menu stays on screen at 1280x720 in both languages", "[ui][fit]") {
    LoadTranslations();
    test::TempDir dir;
    Workspace ws;
    ws.Adopt(CreateDemoPlan(dir.File("demo.hdesk")));
    AppState state;
    SelectDefaultHearing(state, ws);
    state.screen = Screen::Projection;
    test::HeadlessUi ui(state, ws, 1280, 720);
    for (Language lang : {Language::Dutch, Language::English}) {
        GlobalTranslator().SetLanguage(lang);
        ui.Frame(2);
        ui.ClearProbe();
        ui.Frame(1);
        REQUIRE(ui.Probe().count("menu.settings") == 1);
        CHECK(ui.Probe().at("menu.settings").x1 <= 1280.0f);
    }
    GlobalTranslator().SetLanguage(Language::Dutch);
}

TEST_CASE("projection: on a 4K projector the audience view grows with the window", "[ui][projection][fit]") {
    LoadTranslations();
    test::TempDir dir;
    Workspace ws;
    ws.Adopt(CreateDemoPlan(dir.File("demo.hdesk")));
    AppState state;
    SelectDefaultHearing(state, ws);
    state.screen = Screen::Projection;
    state.projection.audience = true;
    test::HeadlessUi ui(state, ws);
    ImGui::GetIO().DisplaySize = ImVec2(1920, 1080);
    ui.Frame(3);
    float hd = state.projection.view_scale;
    ui.ClearProbe();
    ImGui::GetIO().DisplaySize = ImVec2(3840, 2160);
    ui.Frame(3);
    CHECK(state.projection.view_scale >= 1.8f * hd);
    // The question's text is about twice as high as at 1920x1080, and still inside the window.
    REQUIRE(ui.Probe().count("projection.question"));
    ProbeRect q = ui.Probe().at("projection.question");
    CHECK(q.y1 <= 2160.5f);
    CHECK(q.x1 <= 3840.5f);
}
