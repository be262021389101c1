// [SECTION] index: reads / tabs / DrawLifecycle
// The Plan cycle screen: what comes before and after the hearings. One file per tab
// (lifecycle_decisions.cpp, ...), shared pieces in lifecycle_parts.h.
#include <imgui.h>

#include "app/app_state.h"
#include "app/screens/lifecycle_parts.h"
#include "app/screens/screens.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/cluster/objective_store.h"
#include "core/lifecycle/decisions.h"
#include "core/lifecycle/indicators.h"
#include "core/lifecycle/inputs.h"
#include "core/lifecycle/priorities.h"
#include "core/review/review_store.h"
#include "core/store/swot_store.h"

namespace hd {
namespace lifecycle {

// [SECTION] Reads
void Refresh(AppState& state, Workspace& ws) {
    LifecycleUiState& ui = state.lifecycle;
    if (ui.read_revision == ws.Revision()) return;
    ui.read_revision = ws.Revision();
    DecisionStore ds(ws.Store());
    ui.decisions = ds.ListDecisions();
    ui.versions = ds.ListVersions();
    InputStore inputs(ws.Store());
    ui.related_plans = inputs.ListPlans();
    ui.facets = inputs.Facets();
    ui.documents = inputs.ListDocuments();
    ui.indicators = IndicatorStore(ws.Store()).List();
    ui.swot = SwotStore(ws.Store()).ListAll();
    PriorityStore priorities(ws.Store());
    ui.rounds = priorities.ListRounds();
    ui.reactions = priorities.CountForumReactions();
    ui.members = ReviewStore(ws.Store()).ListMembers();
    ui.accepted_objectives.clear();
    ObjectiveStore objectives(ws.Store());
    for (const Theme& t : ws.Store().ListThemes())
        for (const Objective& o : objectives.ListObjectives(t.id))
            if (o.accepted) ui.accepted_objectives.push_back({o.id, t.title, o.title, o.level == ObjectiveLevel::Strategic});
    ui.changes.clear();
    ui.changes_error.clear();
    try {
        ui.changes = ds.ChangesSinceAdoption();
    } catch (const UserError& e) {
        ui.changes_error = GlobalTranslator().Message(e);
    }
}

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
    void (*draw)(AppState&, Workspace&);
};

const CycleTab kTabs[] = {{"inputs", lifecycle::DrawInputsTab},
                          {"diagnosis", lifecycle::DrawDiagnosisTab},
                          {"decisions", lifecycle::DrawDecisionsTab},
                          {"monitoring", lifecycle::DrawMonitoringTab},
                          {"swot", lifecycle::DrawSwotTab},
                          {"priorities", lifecycle::DrawPrioritiesTab},
                          {"phases", lifecycle::DrawPhasesTab}};

void DrawTab(AppState& state, Workspace& ws, int index, int requested) {
    LifecycleUiState& ui = state.lifecycle;
    const CycleTab& tab = kTabs[index];
    std::string label = Tr(std::string("lifecycle.tab.") + tab.key) + "###" + tab.key;
    ImGuiTabItemFlags flags = requested == index ? ImGuiTabItemFlags_SetSelected : 0;
    bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
    ProbeItem(std::string("lifecycle.tab.") + tab.key);
    if (!open) return;
    ui.tab = index;
    ImGui::BeginChild("##body", ImVec2(0, 0), false);
    tab.draw(state, ws);
    ImGui::EndChild();
    ImGui::EndTabItem();
}
} // namespace

int lifecycle::TabIndex(std::string_view key) {
    for (size_t i = 0; i < std::size(kTabs); ++i)
        if (key == kTabs[i].key) return static_cast<int>(i);
    return -1;
}

// [SECTION] DrawLifecycle
void DrawLifecycle(AppState& state, Workspace& ws) {
    RunAction(state, [&] { lifecycle::Refresh(state, ws); });
    ImGui::PushFont(Fonts().title);
    ImGui::TextUnformatted(ws.Data().plan.name.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%s", Tr("lifecycle.subtitle").c_str());
    // Taken before drawing: a tab's own link (the Phases tab) may ask for another tab next frame.
    int requested = state.lifecycle.open_tab;
    state.lifecycle.open_tab = -1;
    if (ImGui::BeginTabBar("##cycle_tabs")) {
        for (int i = 0; i < static_cast<int>(std::size(kTabs)); ++i) DrawTab(state, ws, i, requested);
        ImGui::EndTabBar();
    }
}

} // namespace hd
