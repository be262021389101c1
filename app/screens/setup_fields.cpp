// [SECTION] index: in-place fields / saving
// Plan setup: tables edited in place. A text field is saved when it is left after an edit (Enter, Tab or
// a click elsewhere); combos and checkboxes save at once. Every save re-reads the row from the store,
// changes the one field and writes it back, so a stale cache never overwrites someone else's change
// (the hearing clock, for example, keeps running while the setup is edited).
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

namespace hd::setup {
namespace {
// [SECTION] In-place fields
// Long texts show wrapped (ImGui's multi-line input does not wrap); a click opens the editor in place.
bool DrawWrappedPreview(const char* id, const std::string& value, float height) {
    ImVec2 min = ImGui::GetCursorScreenPos();
    ImVec2 size(ImGui::GetContentRegionAvail().x, height);
    bool clicked = ImGui::InvisibleButton(id, size);
    bool hovered = ImGui::IsItemHovered();
    ImVec2 max(min.x + size.x, min.y + size.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                      ImGui::GetStyle().FrameRounding);
    ImVec2 pad = ImGui::GetStyle().FramePadding;
    ImVec4 clip(min.x, min.y, max.x - pad.x, max.y - pad.y * 0.5f);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + pad.x, min.y + pad.y), ImGui::GetColorU32(ImGuiCol_Text),
                value.c_str(), nullptr, size.x - pad.x * 2, &clip);
    if (hovered && !value.empty()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 35.0f);
        ImGui::TextUnformatted(value.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    return clicked;
}

bool EditLongText(SetupUiState& ui, const TextField& field, const std::string& value, std::string& out) {
    unsigned int wid = ImGui::GetID(field.id);
    float height = ImGui::GetTextLineHeight() * static_cast<float>(field.lines) + ImGui::GetStyle().FramePadding.y * 2;
    if (ui.open_field != wid) {
        if (DrawWrappedPreview(field.id, value, height)) {
            ui.open_field = wid;
            ui.focus_open_field = true;
        }
        return false;
    }
    auto it = ui.edit_text.find(wid);
    std::string shown = it != ui.edit_text.end() ? it->second : value;
    if (ui.focus_open_field) ImGui::SetKeyboardFocusHere();
    ui.focus_open_field = false;
    ImGui::InputTextMultiline(field.id, &shown, ImVec2(-FLT_MIN, height));
    if (ImGui::IsItemDeactivated()) ui.open_field = 0;
    return FinishEdit(ui.edit_text, wid, shown, value, out);
}

} // namespace

bool EditText(SetupUiState& ui, const TextField& field, const std::string& value, std::string& out) {
    if (field.lines > 1) return EditLongText(ui, field, value, out);
    unsigned int wid = ImGui::GetID(field.id);
    auto it = ui.edit_text.find(wid);
    std::string shown = it != ui.edit_text.end() ? it->second : value;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (field.hint) ImGui::InputTextWithHint(field.id, field.hint, &shown);
    else ImGui::InputText(field.id, &shown);
    return FinishEdit(ui.edit_text, wid, shown, value, out);
}

bool EditInt(SetupUiState& ui, const char* id, int value, int& out, float width) {
    unsigned int wid = ImGui::GetID(id);
    auto it = ui.edit_int.find(wid);
    int shown = it != ui.edit_int.end() ? it->second : value;
    ImGui::SetNextItemWidth(width);
    ImGui::InputInt(id, &shown, 0, 0);
    return FinishEdit(ui.edit_int, wid, shown, value, out);
}

const char* Hint(const char* key) { return Tr(key).c_str(); }

void RequireDate(const std::string& value, const char* field_key) {
    bool ok = value.empty();
    if (value.size() == 10 && value[4] == '-' && value[7] == '-') {
        ok = true;
        for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
            ok = ok && std::isdigit(static_cast<unsigned char>(value[i]));
        int month = ok ? std::stoi(value.substr(5, 2)) : 0, day = ok ? std::stoi(value.substr(8, 2)) : 0;
        ok = ok && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }
    if (!ok)
        throw InputError("setup.err.bad_date", "The date '" + value + "' in " + Tr(field_key) + " is not of the form yyyy-mm-dd.",
                         {value, Tr(field_key)});
}

// [SECTION] Saving: re-read, change one thing, write
void SavePlan(AppState& state, Workspace& ws, const std::function<void(Plan&)>& change) {
    RunAction(state, [&] {
        Plan p = ws.Store().GetPlan();
        change(p);
        ws.Store().UpdatePlan(p);
        ws.Changed();
    });
}

void SaveTheme(AppState& state, Workspace& ws, int64_t id, const std::function<void(Theme&)>& change) {
    RunAction(state, [&] {
        std::optional<Theme> t = ws.Store().GetTheme(id);
        if (!t) return;
        change(*t);
        ws.Store().UpdateTheme(*t);
        ws.ChangedTheme(id);
    });
}

void SaveParticipant(AppState& state, Workspace& ws, int64_t id, const std::function<void(Participant&)>& change) {
    RunAction(state, [&] {
        std::optional<Participant> p = ws.Store().GetParticipant(id);
        if (!p) return;
        change(*p);
        ws.Store().UpdateParticipant(*p);
        ws.Changed(); // a name or discipline shows in every hearing
    });
}

void SaveHearing(AppState& state, Workspace& ws, int64_t id, const std::function<void(Hearing&)>& change) {
    RunAction(state, [&] {
        std::optional<Hearing> h = ws.Store().GetHearing(id);
        if (!h) return;
        change(*h);
        ws.Store().UpdateHearing(*h);
        ws.Changed(); // it may have moved to another theme: both themes' contributions change
    });
}

void FormLabel(const char* key) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(Tr(key).c_str());
    ImGui::TableNextColumn();
}

} // namespace hd::setup
