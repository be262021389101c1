// Shared declarations of the Plan cycle screen's tabs (lifecycle_*.cpp).
#pragma once
#include <imgui.h>

#include <string>
#include <string_view>

#include "app/app_state.h"
#include "core/workspace/workspace.h"
#include "core/base/i18n.h"
#include "core/store/indicator_store.h"

namespace hd::lifecycle {

// The index of a tab by its key (inputs, diagnosis, decisions, swot, ...), for LifecycleUiState::open_tab; -1 when unknown.
int TabIndex(std::string_view key);
// Re-reads what the tabs show when the workspace changed since the last read.
void Refresh(AppState& state, Workspace& ws);
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

void DrawInputsTab(AppState& state, Workspace& ws);    // lifecycle_inputs.cpp
void DrawDiagnosisTab(AppState& state, Workspace& ws); // lifecycle_diagnosis.cpp
// lifecycle_diagnosis_edit.cpp: adding an indicator, and an open indicator's years edited in place.
void DrawAddIndicator(AppState& state, Workspace& ws);
void DrawIndicatorYears(AppState& state, Workspace& ws, const Indicator& indicator);
void HandleIndicatorKeys(AppState& state); // Up/Down open the previous/next indicator, Enter its "add a year"
void DrawDecisionsTab(AppState& state, Workspace& ws); // lifecycle_decisions.cpp
void DrawMonitoringTab(AppState& state, Workspace& ws); // lifecycle_monitoring.cpp
void DrawSwotTab(AppState& state, Workspace& ws);      // lifecycle_swot.cpp
void DrawPrioritiesTab(AppState& state, Workspace& ws); // lifecycle_priorities.cpp
void DrawPhasesTab(AppState& state, Workspace& ws);     // lifecycle_phases.cpp
// Standard look of the plan-cycle tables.
inline constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter;

} // namespace hd::lifecycle
