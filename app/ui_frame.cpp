// [SECTION] index: screen keys / settings / menu bar / messages / DrawFrame
#include "app/ui_frame.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "app/app_state.h"
#include "app/screens/live_panel.h"
#include "app/screens/screens.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/i18n.h"

namespace hd {

// [SECTION] Screen keys
namespace {
struct ScreenInfo {
    Screen screen;
    const char* key;
    const char* label_key;
    void (*draw)(AppState&, Workspace&);
};
const ScreenInfo kScreens[] = {
    {Screen::Home, "home", "screen.home", DrawHome},
    {Screen::Setup, "setup", "screen.setup", DrawSetup},
    {Screen::Reporter, "reporter", "screen.reporter", DrawReporter},
    {Screen::Projection, "projection", "screen.projection", DrawProjection},
    {Screen::Review, "review", "screen.review", DrawReview},
    {Screen::Board, "board", "screen.board", DrawBoard},
    {Screen::CoreReview, "core_review", "screen.core_review", DrawCoreReview},
    {Screen::Forum, "forum", "screen.forum", DrawForum},
    {Screen::Lifecycle, "cycle", "screen.lifecycle", DrawLifecycle},
};
} // namespace

const char* ScreenKey(Screen s) {
    for (const ScreenInfo& i : kScreens)
        if (i.screen == s) return i.key;
    return "home";
}

bool ScreenFromKey(const std::string& key, Screen& out) {
    for (const ScreenInfo& i : kScreens)
        if (key == i.key) {
            out = i.screen;
            return true;
        }
    return false;
}

// [SECTION] Settings
void SaveSettingsNow(AppState& state) { SaveSettings(DefaultSettingsPath(), state.settings); }

void ApplySettings(AppState& state) {
    const Settings& settings = state.settings;
    GlobalTranslator().SetLanguage(settings.language == "en" ? Language::English : Language::Dutch);
    state.reporter = settings.reporter == "B" ? 'B' : 'A';
    state.user_name = settings.user_name;
}

void SelectDefaultHearing(AppState& state, Workspace& ws) {
    const PlanData& d = ws.Data();
    state.hearing_id = 0;
    for (const Hearing& h : d.hearings)
        if (h.status == HearingStatus::Running) state.hearing_id = h.id;
    if (!state.hearing_id && !d.hearings.empty()) state.hearing_id = d.hearings.front().id;
    if (const Hearing* h = ws.FindHearing(state.hearing_id)) state.theme_id = h->theme_id;
    else state.theme_id = d.themes.empty() ? 0 : d.themes.front().id;
}

bool OpenPlanAction(AppState& state, Workspace& ws, const std::string& path) {
    StopLive(state); // a live session belongs to the plan that is open now
    bool ok = RunAction(state, [&] { ws.Open(path); });
    if (!ok) return false;
    AddRecentPlan(state.settings, path);
    SaveSettingsNow(state);
    SelectDefaultHearing(state, ws);
    if (state.screen == Screen::Home) state.screen = Screen::Reporter;
    return true;
}

// [SECTION] Menu bar
namespace {
void SaveLanguage(Settings& settings, Language lang) {
    settings.language = lang == Language::English ? "en" : "nl";
    GlobalTranslator().SetLanguage(lang);
    SaveSettings(DefaultSettingsPath(), settings);
}

void DrawHearingPicker(AppState& state, Workspace& ws) {
    const Hearing* current = ws.FindHearing(state.hearing_id);
    std::string label = Tr("menu.no_hearing");
    if (current) {
        const Theme* t = ws.FindTheme(current->theme_id);
        label = (t ? t->title : std::string("?")) + " · " + current->date;
    }
    // As wide as a long theme name, but the settings menu after it always stays on screen.
    float settings_w = ImGui::CalcTextSize(Tr("menu.settings").c_str()).x + ImGui::GetStyle().ItemSpacing.x * 4;
    float width = std::clamp(ImGui::GetContentRegionAvail().x - settings_w, 120.0f, 420.0f);
    if (BeginComboFitted("##hearing", label, width)) {
        for (const Hearing& h : ws.Data().hearings) {
            const Theme* t = ws.FindTheme(h.theme_id);
            std::string item = (t ? t->title : std::string("?")) + " · " + h.date + "##h" + std::to_string(h.id);
            if (ImGui::Selectable(item.c_str(), h.id == state.hearing_id)) {
                state.hearing_id = h.id;
                state.theme_id = h.theme_id;
            }
        }
        ImGui::EndCombo();
    }
}

// Who signs edits, decisions and approvals on this laptop; saved when the field is left.
void DrawUserNameField(AppState& state) {
    if (!ImGui::IsItemActive() && state.user_name_edit != state.user_name && !ImGui::IsAnyItemActive())
        state.user_name_edit = state.user_name;
    ImGui::TextUnformatted(Tr("menu.user_name").c_str());
    ImGui::SetNextItemWidth(260.0f);
    ImGui::InputTextWithHint("##user_name", Tr("menu.user_name_hint").c_str(), &state.user_name_edit);
    ProbeItem("menu.user_name");
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        std::string name = state.user_name_edit;
        while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.pop_back();
        while (!name.empty() && std::isspace(static_cast<unsigned char>(name.front()))) name.erase(name.begin());
        state.user_name = state.settings.user_name = state.user_name_edit = name;
        SaveSettingsNow(state);
    }
}

void DrawMenuBar(AppState& state, Workspace& ws) {
    Settings& settings = state.settings;
    if (!ImGui::BeginMenuBar()) return;
    if (ImGui::BeginMenu(Tr("menu.plan").c_str())) {
        if (ImGui::MenuItem(Tr("menu.open_or_new").c_str())) state.screen = Screen::Home;
        if (ImGui::MenuItem(Tr("menu.close_plan").c_str(), nullptr, false, ws.IsOpen())) {
            StopLive(state);
            ws.Close();
            state.screen = Screen::Home;
        }
        ImGui::Separator();
        if (ImGui::MenuItem(Tr("menu.quit").c_str())) {
            StopLive(state);
            state.quit = true;
        }
        ImGui::EndMenu();
    }
    if (ws.IsOpen()) {
        for (const ScreenInfo& s : kScreens) {
            if (s.screen == Screen::Home) continue;
            bool active = state.screen == s.screen;
            if (active) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_CheckMark));
            if (ImGui::MenuItem(Tr(s.label_key).c_str(), nullptr, active)) state.screen = s.screen;
            if (active) ImGui::PopStyleColor();
        }
        ImGui::Separator();
        DrawHearingPicker(state, ws);
    }
    bool settings_open = ImGui::BeginMenu(Tr("menu.settings").c_str());
    ProbeItem("menu.settings");
    if (settings_open) {
        Language lang = GlobalTranslator().GetLanguage();
        if (ImGui::MenuItem("Nederlands", nullptr, lang == Language::Dutch)) SaveLanguage(settings, Language::Dutch);
        if (ImGui::MenuItem("English", nullptr, lang == Language::English)) SaveLanguage(settings, Language::English);
        ImGui::Separator();
        DrawUserNameField(state);
        ImGui::Separator();
        for (char r : {'A', 'B'}) {
            std::string item = Tr("menu.i_am_reporter") + " " + r;
            if (ImGui::MenuItem(item.c_str(), nullptr, state.reporter == r)) {
                state.reporter = r;
                settings.reporter = std::string(1, r);
                state.reporter_ui.draft_loaded_for = -1; // load this reporter's own draft
                SaveSettings(DefaultSettingsPath(), settings);
            }
        }
        ImGui::EndMenu();
    }
    ImGui::EndMenuBar();
}

// [SECTION] Messages
void DrawErrorModal(AppState& state) {
    if (state.error_message.empty()) return;
    const char* id = "##error";
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    ImGui::SetNextWindowSize(ImVec2(640, 0));
    if (ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
        ImGui::PushFont(Fonts().bold);
        ImGui::TextUnformatted(Tr("msg.problem").c_str());
        ImGui::PopFont();
        ImGui::PushTextWrapPos(620);
        ImGui::TextUnformatted(state.error_message.c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::Button(Tr("msg.ok").c_str(), ImVec2(120, 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
            state.error_message.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

void DrawToasts(AppState& state) {
    std::erase_if(state.toasts, [&](const Toast& t) { return t.until_ms <= state.now_ms; });
    if (state.toasts.empty()) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 20, vp->WorkPos.y + vp->WorkSize.y - 20),
                            ImGuiCond_Always, ImVec2(1, 1));
    ImGui::SetNextWindowBgAlpha(0.9f);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                             ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs;
    if (ImGui::Begin("##toasts", nullptr, flags))
        for (const Toast& t : state.toasts) ImGui::TextUnformatted(t.text.c_str());
    ImGui::End();
}
} // namespace

// [SECTION] DrawFrame
void DrawFrame(AppState& state, Workspace& ws) {
    if (!ws.IsOpen() && state.screen != Screen::Home) state.screen = Screen::Home;
    if (ImGui::IsKeyPressed(GLFW_KEY_F11, false)) state.fullscreen = !state.fullscreen;
    if (ws.IsOpen()) PollLive(state, ws); // network threads never block; this only reads their status
    if (ws.IsOpen()) RunAction(state, [&] { ws.PollChanges(state.now_ms); });
    if (std::string problem = ws.TakeIntegrityProblem(); !problem.empty())
        state.error_message = GlobalTranslator().Format("err.integrity_background", {ws.Path(), problem});
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    // The projection and the forum in full screen show no menu bar: the room sees only the content.
    bool chrome = ProjectionShowsChrome(state);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings;
    if (chrome) flags |= ImGuiWindowFlags_MenuBar;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::Begin("##main", nullptr, flags);
    ImGui::PopStyleVar();
    if (chrome) DrawMenuBar(state, ws);
    for (const ScreenInfo& s : kScreens)
        if (s.screen == state.screen) s.draw(state, ws);
    ImGui::End();
    DrawErrorModal(state);
    DrawToasts(state);
}

} // namespace hd
