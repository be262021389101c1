// [SECTION] index: saving / adding an indicator / an indicator's years / keys
// Diagnosis tab, figures typed by hand (next to the import): a row adds an indicator with its first
// year, and the open indicator's years are edited in place in its table row. Every field saves on
// Enter (or when left after an edit); the typed text is checked in core (indicator_edit.h) and when it
// is refused the message shows under the field and the plan file keeps what it had.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

#include "app/app_state.h"
#include "app/screens/lifecycle_parts.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/base/utf8.h"
#include "core/export/trend_chart.h"
#include "core/lifecycle/indicator_edit.h"
#include "core/store/indicator_store.h"
#include "core/workspace/workspace.h"

namespace hd::lifecycle {
namespace {
const ImVec4 kRefused(0.90f, 0.35f, 0.30f, 1.0f);

// [SECTION] Saving: a refused figure leaves its message (in the user's language) and nothing stored.
bool Save(AppState& state, Workspace& ws, const std::function<void()>& write) {
    LifecycleUiState& ui = state.lifecycle;
    try {
        write();
    } catch (const UserError& e) {
        ui.indicator_error = GlobalTranslator().Message(e);
        return false;
    }
    ui.indicator_error.clear();
    ws.Changed();
    return true;
}

bool EnterField(const char* id, const char* hint_key, std::string& text, float width) {
    ImGui::SetNextItemWidth(width);
    bool enter = ImGui::InputTextWithHint(id, Tr(hint_key).c_str(), &text, ImGuiInputTextFlags_EnterReturnsTrue);
    ProbeItem(std::string("lifecycle.") + (id + 2));
    return enter;
}

void ShowRefusal(const LifecycleUiState& ui) {
    if (!ui.indicator_error.empty()) ImGui::TextColored(kRefused, "%s", ui.indicator_error.c_str());
}

std::string ScreenLanguage() { return GlobalTranslator().GetLanguage() == Language::Dutch ? "nl" : "en"; }

std::string DomainLabel(Workspace& ws, int64_t theme_id) {
    const Theme* t = theme_id ? ws.FindTheme(theme_id) : nullptr;
    return t ? t->title : Tr("lifecycle.whole_city");
}

void DomainCombo(Workspace& ws, int64_t& theme_id, float width) {
    ImGui::SetNextItemWidth(width);
    if (!ImGui::BeginCombo("##new_domain", DomainLabel(ws, theme_id).c_str())) return;
    if (ImGui::Selectable(Tr("lifecycle.whole_city").c_str(), theme_id == 0)) theme_id = 0;
    for (const Theme& t : ws.Data().themes) {
        ImGui::PushID(static_cast<int>(t.id));
        if (ImGui::Selectable(t.title.c_str(), theme_id == t.id)) theme_id = t.id;
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void AddIndicator(AppState& state, Workspace& ws) {
    LifecycleUiState& ui = state.lifecycle;
    if (!Save(state, ws, [&] { SetIndicatorValueFromText(ws.Store(), ui.new_indicator); })) return;
    ShowToast(state, FillPlaceholders(Tr("lifecycle.edit.added"), {ui.new_indicator.name}));
    ui.pending_open_name = ui.new_indicator.name;
    ui.new_indicator.name.clear();
    ui.new_indicator.unit.clear();
    ui.new_indicator.value.clear();
}

// The indicator added last is opened once the tab has read it again.
void OpenPending(LifecycleUiState& ui, const std::vector<Indicator>& indicators) {
    if (ui.pending_open_name.empty()) return;
    for (const Indicator& i : indicators)
        if (i.theme_id == ui.new_indicator.theme_id && i.name == std::string(Trim(ui.pending_open_name))) {
            ui.indicator_open = i.id;
            ui.focus_add_year = true;
            ui.pending_open_name.clear();
        }
}
} // namespace

// [SECTION] Adding an indicator: domain, name, unit, its first year and value; Enter in any field adds.
void DrawAddIndicator(AppState& state, Workspace& ws, const std::vector<Indicator>& indicators) {
    LifecycleUiState& ui = state.lifecycle;
    OpenPending(ui, indicators);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", Tr("lifecycle.edit.help").c_str());
    ImGui::PopTextWrapPos();
    float avail = ImGui::GetContentRegionAvail().x, gap = ImGui::GetStyle().ItemSpacing.x;
    std::string add = Tr("lifecycle.edit.add_indicator");
    float fixed = 190 + 130 + 80 + 110 + ImGui::CalcTextSize(add.c_str()).x + ImGui::GetStyle().FramePadding.x * 2 + gap * 5;
    DomainCombo(ws, ui.new_indicator.theme_id, 190);
    ProbeItem("lifecycle.new_domain");
    ImGui::SameLine();
    IndicatorValueText& n = ui.new_indicator;
    bool enter = EnterField("##new_name", "lifecycle.edit.name_hint", n.name, std::max(140.0f, avail - fixed));
    ImGui::SameLine();
    enter |= EnterField("##new_unit", "lifecycle.edit.unit_hint", n.unit, 130);
    ImGui::SameLine();
    enter |= EnterField("##new_year", "lifecycle.edit.year_hint", n.year, 80);
    ImGui::SameLine();
    enter |= EnterField("##new_value", "lifecycle.edit.value_hint", n.value, 110);
    ImGui::SameLine();
    if (ImGui::Button(add.c_str()) || enter) AddIndicator(state, ws);
    ProbeItem("lifecycle.add_indicator");
    if (ui.indicator_open == 0) ShowRefusal(ui);
}

// [SECTION] An indicator's years: each value edited in place, a delete button, and an "add a year" row.
namespace {
void DrawYearRow(AppState& state, Workspace& ws, const Indicator& ind, int year, double value) {
    LifecycleUiState& ui = state.lifecycle;
    ImGui::PushID(year);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d", year);
    ImGui::TableNextColumn();
    auto it = ui.value_edit.find(year);
    std::string stored = FormatFigure(value, ScreenLanguage()); // 3,1 in Dutch
    std::string shown = it != ui.value_edit.end() ? it->second : stored;
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputText("##value", &shown);
    ProbeItem("lifecycle.value." + std::to_string(year));
    if (ImGui::IsItemActive()) {
        ui.value_edit[year] = shown;
    } else if (it != ui.value_edit.end()) {
        ui.value_edit.erase(year);
        if (ImGui::IsItemDeactivatedAfterEdit() && shown != stored)
            Save(state, ws, [&] {
                SetIndicatorValueFromText(ws.Store(), {ind.theme_id, ind.name, {}, std::to_string(year), shown});
            });
    }
    ImGui::TableNextColumn();
    if (ImGui::SmallButton(Tr("lifecycle.edit.delete_year").c_str()))
        Save(state, ws, [&] { IndicatorStore(ws.Store()).DeleteValue(ind.id, year); });
    ProbeItem("lifecycle.delete_year." + std::to_string(year));
    ImGui::PopID();
}

void DrawAddYearRow(AppState& state, Workspace& ws, const Indicator& ind) {
    LifecycleUiState& ui = state.lifecycle;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (ui.focus_add_year) ImGui::SetKeyboardFocusHere();
    ui.focus_add_year = false;
    bool enter = EnterField("##add_year", "lifecycle.edit.year_hint", ui.add_year, -FLT_MIN);
    ImGui::TableNextColumn();
    enter |= EnterField("##add_value", "lifecycle.edit.value_hint", ui.add_value, -FLT_MIN);
    ImGui::TableNextColumn();
    enter |= ImGui::SmallButton(Tr("lifecycle.edit.add_year").c_str());
    ProbeItem("lifecycle.add_year_button");
    if (!enter) return;
    if (!Save(state, ws, [&] { SetIndicatorValueFromText(ws.Store(), {ind.theme_id, ind.name, {}, ui.add_year, ui.add_value}); }))
        return;
    ui.add_value.clear();
    ui.focus_add_year = true; // the next year follows from the keyboard
}
// Deleting takes two clicks: the indicator's name and number of years are shown before it goes.
void DrawDeleteIndicator(AppState& state, Workspace& ws, const Indicator& ind) {
    LifecycleUiState& ui = state.lifecycle;
    if (ui.indicator_confirm_delete != ind.id) {
        if (ImGui::SmallButton(Tr("lifecycle.edit.delete_indicator").c_str())) ui.indicator_confirm_delete = ind.id;
        ProbeItem("lifecycle.delete_indicator");
        return;
    }
    // The question wraps and the buttons go below it: the indicator's cell is narrow at 1280x720.
    ImGui::PushStyleColor(ImGuiCol_Text, kRefused);
    ImGui::TextWrapped("%s", FillPlaceholders(Tr("lifecycle.edit.delete_indicator_confirm"),
                                              {ind.name, std::to_string(ind.values.size())}).c_str());
    ImGui::PopStyleColor();
    if (ImGui::SmallButton(Tr("lifecycle.edit.delete_indicator_yes").c_str())) {
        std::string name = ind.name;
        int64_t id = ind.id;
        ui.indicator_confirm_delete = 0;
        if (Save(state, ws, [&] { DeleteIndicatorIfUnused(ws.Store(), id); })) {
            ui.indicator_open = 0;
            ShowToast(state, FillPlaceholders(Tr("lifecycle.edit.deleted"), {name}));
        }
    }
    ProbeItem("lifecycle.delete_indicator_yes");
    ImGui::SameLine();
    if (ImGui::SmallButton(Tr("action.cancel").c_str())) ui.indicator_confirm_delete = 0;
}
} // namespace

void DrawIndicatorYears(AppState& state, Workspace& ws, const Indicator& ind) {
    LifecycleUiState& ui = state.lifecycle;
    // As wide as its columns: year, value and the wider of the two buttons.
    const ImGuiStyle& style = ImGui::GetStyle();
    float buttons = std::max(ImGui::CalcTextSize(Tr("lifecycle.edit.delete_year").c_str()).x,
                             ImGui::CalcTextSize(Tr("lifecycle.edit.add_year").c_str()).x) + style.FramePadding.x * 2;
    float width = 80 + 110 + buttons + style.CellPadding.x * 6 + 4;
    if (ImGui::BeginTable("##years", 3, kTableFlags | ImGuiTableFlags_SizingFixedFit,
                          ImVec2(std::min(width, ImGui::GetContentRegionAvail().x), 0))) {
        ImGui::TableSetupColumn(Tr("lifecycle.col.year").c_str(), ImGuiTableColumnFlags_WidthFixed, 80);
        ImGui::TableSetupColumn(Tr("lifecycle.col.value").c_str(), ImGuiTableColumnFlags_WidthFixed, 110);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, buttons);
        ImGui::TableHeadersRow();
        for (const auto& [year, value] : ind.values) DrawYearRow(state, ws, ind, year, value);
        DrawAddYearRow(state, ws, ind);
        ImGui::EndTable();
    }
    DrawDeleteIndicator(state, ws, ind);
    ShowRefusal(ui);
}

// [SECTION] Keys: outside text fields Up/Down open the previous or next indicator, Enter its "add a year".
void HandleIndicatorKeys(AppState& state, const std::vector<Indicator>& indicators) {
    LifecycleUiState& ui = state.lifecycle;
    if (ImGui::GetIO().WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) || indicators.empty()) return;
    auto at = std::find_if(indicators.begin(), indicators.end(), [&](const Indicator& i) { return i.id == ui.indicator_open; });
    int index = at == indicators.end() ? -1 : static_cast<int>(at - indicators.begin());
    int last = static_cast<int>(indicators.size()) - 1;
    int next = index;
    if (ImGui::IsKeyPressed(GLFW_KEY_DOWN)) next = std::min(last, index + 1);
    if (ImGui::IsKeyPressed(GLFW_KEY_UP)) next = std::max(0, index - 1);
    if (next != index) {
        ui.indicator_open = indicators[static_cast<size_t>(next)].id;
        ui.indicator_error.clear();
    }
    if (index >= 0 && (ImGui::IsKeyPressed(GLFW_KEY_ENTER, false) || ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER, false)))
        ui.focus_add_year = true;
}

} // namespace hd::lifecycle
