// [SECTION] index: tabs / DrawSetup
// The Setup screen: plan, themes and questions, participants, hearings; one file per tab
// (setup_plan.cpp, setup_themes.cpp, setup_participants.cpp, setup_hearings.cpp), shared fields and
// saving in setup_fields.cpp.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <functional>

#include "app/app_state.h"
#include "app/screens/setup_fields.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "app/screens/screens.h"

namespace hd {
using namespace setup;

namespace {
// [SECTION] Tabs
struct SetupTab {
    const char* key;
    void (*draw)(AppState&, Workspace&, const PlanData&);
};

const SetupTab kTabs[] = {{"plan", DrawPlanTab},
                          {"themes", DrawThemesTab},
                          {"participants", DrawParticipantsTab},
                          {"hearings", DrawHearingsTab}};

void DrawTab(AppState& state, Workspace& ws, const PlanData& data, int index) {
    SetupUiState& ui = state.setup;
    const SetupTab& tab = kTabs[index];
    std::string label = Tr(std::string("setup.tab.") + tab.key) + "###" + tab.key;
    ImGuiTabItemFlags flags = ui.open_tab == index ? ImGuiTabItemFlags_SetSelected : 0;
    bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
    ProbeItem(std::string("setup.tab.") + tab.key);
    if (!open) return;
    ui.tab = index;
    ImGui::BeginChild("##body", ImVec2(0, 0), false);
    tab.draw(state, ws, data);
    ImGui::EndChild();
    ImGui::EndTabItem();
}
} // namespace

// [SECTION] DrawSetup
void DrawSetup(AppState& state, Workspace& ws) {
    // A copy: saving invalidates the workspace cache while the tables are still being drawn.
    PlanData data = ws.Data();
    ImGui::PushFont(Fonts().title);
    ImGui::TextUnformatted(data.plan.name.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%s", Tr("setup.autosave").c_str());
    if (ImGui::BeginTabBar("##setup_tabs")) {
        for (int i = 0; i < static_cast<int>(std::size(kTabs)); ++i) DrawTab(state, ws, data, i);
        ImGui::EndTabBar();
    }
    state.setup.open_tab = -1;
}

} // namespace hd
