// Shared declarations of the Plan cycle screen's tabs (lifecycle_*.cpp).
#pragma once
#include <imgui.h>

#include <string>
#include <string_view>

#include "app/app_state.h"
#include "core/workspace/workspace.h"
#include "core/base/i18n.h"
#include "core/store/indicator_store.h"
#include "core/workspace/plan_cycle_view.h"

namespace hd::lifecycle {

// The index of a tab by its key (inputs, diagnosis, decisions, swot, ...), for LifecycleUiState::open_tab; -1 when unknown.
int TabIndex(std::string_view key);
// Bold section title.
void SectionTitle(const char* key);
// Combo over the translated labels `prefix + ToKey(value)`; returns true when the choice changed.
template <typename E, size_t N>
bool KeyCombo(const char* id, const char* prefix, const E (&values)[N], E& value, float width) {
    ImGui::SetNextItemWidth(width);
    bool changed = false;
    if (!ImGui::BeginCombo(id, Tr(prefix + std::string(ToKey(value))).c_str())) return false;
    for (E v : values)
        if (ImGui::Selectable(Tr(prefix + std::string(ToKey(v))).c_str(), v == value)) {
            changed = v != value;
            value = v;
        }
    ImGui::EndCombo();
    return changed;
}

// The tabs draw `cycle`, the plan's reads the screen took from the workspace at the start of the frame
// (Workspace::PlanCycle): held for the frame, so a write in a tab cannot free what is still drawn.
void DrawInputsTab(AppState& state, Workspace& ws, const PlanCycleView& cycle);    // lifecycle_inputs.cpp
void DrawDiagnosisTab(AppState& state, Workspace& ws, const PlanCycleView& cycle); // lifecycle_diagnosis.cpp
// lifecycle_diagnosis_edit.cpp: adding an indicator, and an open indicator's years edited in place.
void DrawAddIndicator(AppState& state, Workspace& ws, const std::vector<Indicator>& indicators);
void DrawIndicatorYears(AppState& state, Workspace& ws, const Indicator& indicator);
// Up/Down open the previous/next indicator, Enter its "add a year".
void HandleIndicatorKeys(AppState& state, const std::vector<Indicator>& indicators);
void DrawDecisionsTab(AppState& state, Workspace& ws, const PlanCycleView& cycle);  // lifecycle_decisions.cpp
void DrawMonitoringTab(AppState& state, Workspace& ws, const PlanCycleView& cycle); // lifecycle_monitoring.cpp
void DrawSwotTab(AppState& state, Workspace& ws, const PlanCycleView& cycle);       // lifecycle_swot.cpp
void DrawPrioritiesTab(AppState& state, Workspace& ws, const PlanCycleView& cycle); // lifecycle_priorities.cpp
void DrawPhasesTab(AppState& state, Workspace& ws, const PlanCycleView& cycle);     // lifecycle_phases.cpp
// Standard look of the plan-cycle tables.
inline constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter;

} // namespace hd::lifecycle
