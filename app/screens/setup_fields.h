// Shared pieces of the Setup screen's tabs (setup_*.cpp): fields edited in place and saving by
// re-reading the row, changing one thing and writing it back.
#pragma once
#include <imgui.h>

#include <functional>
#include <map>
#include <string>

#include "app/app_state.h"
#include "core/workspace/workspace.h"

namespace hd::setup {

// Common end of an in-place field: while active its value lives in `buffers` (so it survives the frames
// in which the cache is re-read); when left after an edit the new value goes to `out`.
template <typename T>
bool FinishEdit(std::map<unsigned int, T>& buffers, unsigned int id, const T& shown, const T& original, T& out) {
    if (ImGui::IsItemActive()) {
        buffers[id] = shown;
        return false;
    }
    bool edited = ImGui::IsItemDeactivatedAfterEdit();
    buffers.erase(id);
    if (!edited || shown == original) return false;
    out = shown;
    return true;
}

struct TextField {
    const char* id;
    const char* hint = nullptr;
    int lines = 1; // more than one: a multi-line box of that height
};

bool EditText(SetupUiState& ui, const TextField& field, const std::string& value, std::string& out);
bool EditInt(SetupUiState& ui, const char* id, int value, int& out, float width = -FLT_MIN);

// The row number selects the row; the highlight spans the row, its fields stay usable.
constexpr ImGuiSelectableFlags kRowSelect = ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap;

// A field's translated label used as a hint, e.g. for the "add" row.
const char* Hint(const char* key);
// Throws an InputError naming the field unless `value` is empty or a yyyy-mm-dd date.
void RequireDate(const std::string& value, const char* field_key);
// A label cell of a two-column form table.
void FormLabel(const char* key);

void SavePlan(AppState& state, Workspace& ws, const std::function<void(Plan&)>& change);
void SaveTheme(AppState& state, Workspace& ws, int64_t id, const std::function<void(Theme&)>& change);
void SaveParticipant(AppState& state, Workspace& ws, int64_t id, const std::function<void(Participant&)>& change);
void SaveHearing(AppState& state, Workspace& ws, int64_t id, const std::function<void(Hearing&)>& change);

// The tabs, one file each.
void DrawPlanTab(AppState& state, Workspace& ws, const PlanData& data);         // setup_plan.cpp
void DrawThemesTab(AppState& state, Workspace& ws, const PlanData& data);       // setup_themes.cpp
void DrawParticipantsTab(AppState& state, Workspace& ws, const PlanData& data); // setup_participants.cpp
void DrawHearingsTab(AppState& state, Workspace& ws, const PlanData& data);     // setup_hearings.cpp

} // namespace hd::setup
