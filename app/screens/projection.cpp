// [SECTION] index: keys and actions / presenter controls / DrawProjection / DrawAudienceWindow
// The facilitator's projection. Two views of one hearing:
//  - the audience view (projection_audience.cpp): only content, what the room reads from the back;
//  - the presenter view: the same content under a line of controls and key hints, with right-click
//    moderation (hide, spotlight) on each contribution.
// The main window shows the audience view in full screen (F11) or after V; with a second monitor the
// platform opens the audience view there (DrawAudienceWindow) and this window stays the presenter's.
// Everything is reachable by keys, so the facilitator can drive a full-screen audience view.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>

#include "app/app_state.h"
#include "app/screens/live_panel.h"
#include "app/screens/projection_audience.h"
#include "app/screens/projection_figures.h"
#include "app/screens/projector_style.h"
#include "app/screens/screens.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/i18n.h"

namespace hd {

namespace {
using namespace projector;

// [SECTION] Keys and actions
int QuestionCount(Workspace& ws, const Hearing& h) {
    const Theme* t = ws.FindTheme(h.theme_id);
    return t ? static_cast<int>(t->questions.size()) : 0;
}

void GoToQuestion(AppState& state, Workspace& ws, const Hearing& h, int index) {
    int count = QuestionCount(ws, h);
    if (count == 0) return;
    index = std::clamp(index, 0, count - 1);
    if (index == h.current_question) return;
    RunAction(state, [&] {
        ws.Store().SetCurrentQuestion(h.id, index, state.now_ms);
        ws.ChangedHearing(h.id); // the hearing's record only
    });
}

void ToggleClock(AppState& state, Workspace& ws, const Hearing& h) {
    RunAction(state, [&] {
        if (h.clock_started_wall_ms > 0) ws.Store().PauseHearingClock(h.id, state.now_ms);
        else ws.Store().StartHearingClock(h.id, state.now_ms);
        ws.ChangedHearing(h.id); // the hearing's clock only
    });
}

void ChangeScale(AppState& state, float delta) {
    state.projection.font_scale = SteppedScale(state.projection.font_scale, delta);
}

bool AudienceInMainWindow(const AppState& state) {
    return !state.projection.audience_window && (state.fullscreen || state.projection.audience);
}

void HandleKeys(AppState& state, Workspace& ws, const Hearing& h) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    // + and - arrive as characters, so they work on any keyboard layout and on the keypad.
    for (ImWchar c : io.InputQueueCharacters) {
        if (c == '+' || c == '=') ChangeScale(state, 0.1f);
        if (c == '-' || c == '_') ChangeScale(state, -0.1f);
        if (c == 'v' || c == 'V') state.projection.audience = !state.projection.audience;
        if (c == 's' || c == 'S') EndSpotlight(state, ws, h.id);
        if (c == 'f' || c == 'F') state.projection.show_figures = !state.projection.show_figures;
    }
    bool next = ImGui::IsKeyPressed(GLFW_KEY_PAGE_DOWN, false) || ImGui::IsKeyPressed(GLFW_KEY_RIGHT, false) ||
                ImGui::IsKeyPressed(GLFW_KEY_DOWN, false);
    bool previous = ImGui::IsKeyPressed(GLFW_KEY_PAGE_UP, false) || ImGui::IsKeyPressed(GLFW_KEY_LEFT, false) ||
                    ImGui::IsKeyPressed(GLFW_KEY_UP, false);
    if (next) GoToQuestion(state, ws, h, h.current_question + 1);
    if (previous) GoToQuestion(state, ws, h, h.current_question - 1);
    if (ImGui::IsKeyPressed(GLFW_KEY_SPACE, false)) ToggleClock(state, ws, h);
    if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) {
        state.fullscreen = false;
        state.projection.audience = false;
    }
}

// [SECTION] Presenter controls (all also reachable by keys)
bool ControlButton(const std::string& label, const char* probe) {
    bool pressed = ImGui::Button(label.c_str());
    ProbeItem(probe);
    ImGui::SameLine();
    return pressed;
}

void DrawControls(AppState& state, Workspace& ws, const Hearing& h) {
    int count = QuestionCount(ws, h);
    ImGui::BeginDisabled(h.current_question <= 0);
    if (ControlButton(Tr("projection.previous"), "projection.previous")) GoToQuestion(state, ws, h, h.current_question - 1);
    ImGui::EndDisabled();
    ImGui::BeginDisabled(h.current_question + 1 >= count);
    if (ControlButton(Tr("projection.next"), "projection.next")) GoToQuestion(state, ws, h, h.current_question + 1);
    ImGui::EndDisabled();
    bool running = h.clock_started_wall_ms > 0;
    if (ControlButton(Tr(running ? "clock.pause" : "clock.start"), "projection.clock_button")) ToggleClock(state, ws, h);
    if (ControlButton(Tr("projection.smaller"), "projection.smaller")) ChangeScale(state, -0.1f);
    if (ControlButton(Tr("projection.larger"), "projection.larger")) ChangeScale(state, 0.1f);
    // The domain's figures instead of the contributions, only when it has any.
    bool has_figures = !ws.Figures(h.theme_id)->empty();
    ImGui::BeginDisabled(!has_figures);
    const char* figures_key = state.projection.show_figures && has_figures ? "projection.hide_figures" : "projection.show_figures";
    if (ControlButton(Tr(figures_key), "projection.figures")) state.projection.show_figures = !state.projection.show_figures;
    ImGui::EndDisabled();
    if (!state.projection.audience_window && ControlButton(Tr("projection.audience_view"), "projection.audience"))
        state.projection.audience = true;
    const char* full_key = state.fullscreen ? "projection.window" : "projection.fullscreen";
    if (ControlButton(Tr(full_key), "projection.fullscreen")) state.fullscreen = !state.fullscreen;
    ImGui::NewLine();
    // Key hints for the facilitator; the room never sees them.
    std::string keys = Tr("projection.keys");
    if (state.projection.audience_window) keys = Tr("projection.on_second_screen") + " · " + keys;
    ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
    ImGui::TextWrapped("%s", keys.c_str());
    ImGui::PopStyleColor();
    ProbeItem("projection.keys");
}
} // namespace

// [SECTION] DrawProjection
void DrawProjection(AppState& state, Workspace& ws) {
    PaintBackground();
    const Hearing* found = ws.FindHearing(state.hearing_id);
    const Theme* theme_found = found ? ws.FindTheme(found->theme_id) : nullptr;
    if (!found || !theme_found) {
        TextIn(kMuted, Tr("projection.pick_hearing"));
        return;
    }
    // Copies: the actions below invalidate the workspace cache.
    Hearing h = *found;
    Theme theme = *theme_found;
    HandleKeys(state, ws, h);
    bool presenter = !AudienceInMainWindow(state);
    if (presenter) {
        DrawControls(state, ws, h);
        DrawLiveHostPanel(state, ws, /*compact=*/true);
        ImGui::Separator();
    }
    ImGui::BeginChild("##projection", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    PaintBackground();
    DrawAudienceContent(state, ws, theme, h, presenter);
    ImGui::EndChild();
}

bool ProjectionShowsChrome(const AppState& state) {
    return !(state.screen == Screen::Projection && AudienceInMainWindow(state)) &&
           !(state.screen == Screen::Forum && state.fullscreen);
}

// [SECTION] DrawAudienceWindow: the whole frame of the audience's own window (second monitor)
void DrawAudienceWindow(AppState& state, Workspace& ws) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::Begin("##audience", nullptr, flags);
    ImGui::PopStyleVar();
    PaintBackground();
    const Hearing* found = ws.IsOpen() ? ws.FindHearing(state.hearing_id) : nullptr;
    const Theme* theme_found = found ? ws.FindTheme(found->theme_id) : nullptr;
    if (found && theme_found) {
        Hearing h = *found;
        Theme theme = *theme_found;
        DrawAudienceContent(state, ws, theme, h, /*presenter=*/false);
    }
    ImGui::End();
}

} // namespace hd
