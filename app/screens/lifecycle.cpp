// [SECTION] index: tabs / reads / DrawLifecycle
// The Plan cycle screen: what comes before and after the hearings. One file per tab
// (lifecycle_decisions.cpp, ...), shared pieces in lifecycle_parts.h.
#include <imgui.h>

#include "app/app_state.h"
#include "app/screens/lifecycle_parts.h"
#include "app/screens/screens.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/i18n.h"

namespace hd {
namespace lifecycle {

void SectionTitle(const char* key) {
    ImGui::Spacing();
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr(key).c_str());
    ImGui::PopFont();
}

} // namespace lifecycle

namespace {
// [SECTION] Tabs
struct CycleTab {
    const char* key;
    void (*draw)(AppState&, Workspace&, const PlanCycleView&);
};

const CycleTab kTabs[] = {{"inputs", lifecycle::DrawInputsTab},
                          {"diagnosis", lifecycle::DrawDiagnosisTab},
                          {"decisions", lifecycle::DrawDecisionsTab},
                          {"monitoring", lifecycle::DrawMonitoringTab},
                          {"swot", lifecycle::DrawSwotTab},
                          {"priorities", lifecycle::DrawPrioritiesTab},
                          {"phases", lifecycle::DrawPhasesTab}};

void DrawTab(AppState& state, Workspace& ws, const PlanCycleView& cycle, int index, int requested) {
    LifecycleUiState& ui = state.lifecycle;
    const CycleTab& tab = kTabs[index];
    std::string label = Tr(std::string("lifecycle.tab.") + tab.key) + "###" + tab.key;
    ImGuiTabItemFlags flags = requested == index ? ImGuiTabItemFlags_SetSelected : 0;
    bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
    ProbeItem(std::string("lifecycle.tab.") + tab.key);
    if (!open) return;
    ui.tab = index;
    ImGui::BeginChild("##body", ImVec2(0, 0), false);
    tab.draw(state, ws, cycle);
    ImGui::EndChild();
    ImGui::EndTabItem();
}
} // namespace

int lifecycle::TabIndex(std::string_view key) {
    for (size_t i = 0; i < std::size(kTabs); ++i)
        if (key == kTabs[i].key) return static_cast<int>(i);
    return -1;
}

namespace {
// [SECTION] Reads: the workspace keeps them until the plan changes; a read that fails is said once
// (RunAction) and the tabs show nothing of it until the next write.
std::shared_ptr<const PlanCycleView> TakeCycle(AppState& state, Workspace& ws) {
    std::shared_ptr<const PlanCycleView> cycle;
    if (!RunAction(state, [&] { cycle = ws.PlanCycle(); })) cycle = std::make_shared<const PlanCycleView>();
    return cycle;
}
} // namespace

// [SECTION] DrawLifecycle
void DrawLifecycle(AppState& state, Workspace& ws) {
    std::shared_ptr<const PlanCycleView> cycle = TakeCycle(state, ws); // held for the frame
    ImGui::PushFont(Fonts().title);
    ImGui::TextUnformatted(ws.Data().plan.name.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%s", Tr("lifecycle.subtitle").c_str());
    // Taken before drawing: a tab's own link (the Phases tab) may ask for another tab next frame.
    int requested = state.lifecycle.open_tab;
    state.lifecycle.open_tab = -1;
    if (ImGui::BeginTabBar("##cycle_tabs")) {
        for (int i = 0; i < static_cast<int>(std::size(kTabs)); ++i) DrawTab(state, ws, *cycle, i, requested);
        ImGui::EndTabBar();
    }
}

} // namespace hd
