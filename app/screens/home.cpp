// Home: open a plan, create a new one, or pick a recent plan.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/app_state.h"
#include "app/file_browser.h"
#include "app/screens/screens.h"
#include "app/ui_frame.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/i18n.h"
#include "core/base/settings.h"

namespace hd {

namespace {
void DrawOpenPanel(AppState& state, Workspace& ws) {
    const Settings& settings = state.settings;
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("home.open").c_str());
    ImGui::PopFont();
    ImGui::SetNextItemWidth(520);
    bool enter = ImGui::InputTextWithHint("##open", Tr("home.path_hint").c_str(), &state.home.open_path,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if ((ImGui::Button(Tr("home.open_button").c_str()) || enter) && !state.home.open_path.empty())
        OpenPlanAction(state, ws, state.home.open_path);
    ImGui::SameLine();
    BrowseButton(state, "home.open", {".hdesk"}, state.home.open_path);
    if (std::optional<std::string> picked = DrawFileBrowser(state, "home.open")) {
        state.home.open_path = *picked;
        OpenPlanAction(state, ws, *picked);
    }
    ImGui::Spacing();
    ImGui::TextUnformatted(Tr("home.recent").c_str());
    if (settings.recent_plans.empty()) ImGui::TextDisabled("%s", Tr("home.no_recent").c_str());
    std::string chosen;
    for (const std::string& path : settings.recent_plans)
        if (ImGui::Selectable(path.c_str())) chosen = path;
    if (!chosen.empty()) OpenPlanAction(state, ws, chosen);
}

void DrawCreatePanel(AppState& state, Workspace& ws) {
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("home.new").c_str());
    ImGui::PopFont();
    ImGui::SetNextItemWidth(520);
    ImGui::InputTextWithHint("##newpath", Tr("home.new_path_hint").c_str(), &state.home.new_path);
    ImGui::SetNextItemWidth(520);
    ImGui::InputTextWithHint("##newname", Tr("home.new_name_hint").c_str(), &state.home.new_name);
    ImGui::SetNextItemWidth(520);
    ImGui::InputTextWithHint("##newcity", Tr("home.new_city_hint").c_str(), &state.home.new_city);
    ImGui::BeginDisabled(state.home.new_path.empty() || state.home.new_name.empty());
    if (ImGui::Button(Tr("home.create_button").c_str())) {
        Plan plan;
        plan.name = state.home.new_name;
        plan.city = state.home.new_city;
        std::string path = state.home.new_path;
        if (path.size() < 6 || path.compare(path.size() - 6, 6, ".hdesk") != 0) path += ".hdesk";
        if (RunAction(state, [&] { ws.CreateEmpty(path, plan); })) {
            AddRecentPlan(state.settings, path);
            SaveSettingsNow(state);
            state.screen = Screen::Setup;
        }
    }
    ImGui::EndDisabled();
}
} // namespace


void DrawHome(AppState& state, Workspace& ws) {
    ImGui::PushFont(Fonts().title);
    ImGui::TextUnformatted("Hearing Desk");
    ImGui::PopFont();
    ImGui::TextWrapped("%s", Tr("home.intro").c_str());
    ImGui::Separator();
    DrawOpenPanel(state, ws);
    ImGui::Separator();
    DrawCreatePanel(state, ws);
}

} // namespace hd
