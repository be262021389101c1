// [SECTION] index: reads / recording / year and export / table / keys / DrawMonitoringTab
// Monitoring tab of the Plan cycle screen (issue 13, item 6): the yearly follow-up. A year picker,
// then one row per accepted objective and action with its status, note and figure for that year.
// Keyboard: Up/Down pick a row, 1-4 set planned / running / done / dropped, Enter edits the note
// (Enter again saves it, Esc cancels), Page Up / Page Down change the year. The progress report of
// the year is exported beside the picker.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "app/app_state.h"
#include "app/screens/lifecycle_parts.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/atomic_file.h"
#include "core/base/i18n.h"
#include "core/export/trend_chart.h"
#include "core/lifecycle/monitoring.h"
#include "core/lifecycle/monitoring_report.h"

namespace hd::lifecycle {
namespace {
const ImVec4 kStatusColour[] = {{0.70f, 0.72f, 0.76f, 1.0f}, {0.95f, 0.70f, 0.25f, 1.0f}, {0.40f, 0.80f, 0.45f, 1.0f},
                                {0.85f, 0.40f, 0.35f, 1.0f}};
const char* const kReportFormats[] = {"md", "html", "docx", "xlsx"};

// [SECTION] Reads: the year's rows, kept by the workspace until the plan changes.
int DefaultYear(Workspace& ws) {
    const Plan& plan = ws.Data().plan;
    return plan.period_start > 0 ? plan.period_start : 2026;
}

std::shared_ptr<const std::vector<MonitoringRow>> Rows(AppState& state, Workspace& ws) {
    LifecycleUiState& ui = state.lifecycle;
    if (ui.monitoring_year == 0) ui.monitoring_year = DefaultYear(ws);
    std::shared_ptr<const std::vector<MonitoringRow>> rows;
    if (!RunAction(state, [&] { rows = ws.MonitoringRows(ui.monitoring_year); }))
        rows = std::make_shared<const std::vector<MonitoringRow>>();
    ui.monitoring_selected = std::clamp(ui.monitoring_selected, 0, std::max(0, static_cast<int>(rows->size()) - 1));
    return rows;
}

// [SECTION] Recording: every change is one write, durable before the table shows it.
MonitoringEntry EntryOf(const LifecycleUiState& ui, const MonitoringRow& r) {
    if (r.entry) return *r.entry;
    MonitoringEntry e;
    e.year = ui.monitoring_year;
    e.target = r.target;
    e.target_id = r.target_id;
    return e;
}

void Record(AppState& state, Workspace& ws, const MonitoringEntry& e) {
    if (RunAction(state, [&] { MonitoringStore(ws.Store()).Set(e, state.user_name); })) ws.Changed();
}

void SetStatus(AppState& state, Workspace& ws, const MonitoringRow& r, MonitoringStatus s) {
    MonitoringEntry e = EntryOf(state.lifecycle, r);
    e.status = s;
    Record(state, ws, e);
}

void SaveNote(AppState& state, Workspace& ws, const MonitoringRow& r) {
    MonitoringEntry e = EntryOf(state.lifecycle, r);
    e.note = state.lifecycle.monitoring_note;
    Record(state, ws, e);
    state.lifecycle.monitoring_editing = -1;
}

std::string RowKey(const MonitoringRow& r) { return std::string(ToKey(r.target)) + "." + std::to_string(r.target_id); }

// [SECTION] Year and export
void ExportReport(AppState& state, Workspace& ws) {
    LifecycleUiState& ui = state.lifecycle;
    ProgressRequest r;
    r.year = ui.monitoring_year;
    r.format = *ProgressFormatFromKey(kReportFormats[ui.monitoring_format]);
    r.language = GlobalTranslator().GetLanguage();
    std::filesystem::path plan(ws.Path());
    std::string path = (plan.parent_path() / (plan.stem().string() + "-progress-" + std::to_string(r.year) + "." +
                                              kReportFormats[ui.monitoring_format])).string();
    if (!RunAction(state, [&] { WriteFileAtomically(path, ExportProgress(ws.Store(), r)); })) return;
    ShowToast(state, FillPlaceholders(Tr("lifecycle.exported"), {path}), 4000);
}

void DrawYearBar(AppState& state, Workspace& ws) {
    LifecycleUiState& ui = state.lifecycle;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(Tr("monitoring.year").c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(130);
    int year = ui.monitoring_year;
    if (ImGui::InputInt("##year", &year, 1, 1)) ui.monitoring_year = std::clamp(year, 1900, 2200);
    ProbeItem("monitoring.year");
    ImGui::SameLine(0, 30);
    ImGui::TextUnformatted(Tr("monitoring.report").c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(90);
    ImGui::Combo("##report_format", &ui.monitoring_format, kReportFormats, 4);
    ImGui::SameLine();
    if (ImGui::Button(Tr("monitoring.export").c_str())) ExportReport(state, ws);
    ProbeItem("monitoring.export");
    ImGui::TextDisabled("%s", Tr("monitoring.keys").c_str());
}

// [SECTION] Table
void DrawCounts(const std::vector<MonitoringRow>& rows) {
    for (MonitoringTarget target : {MonitoringTarget::Objective, MonitoringTarget::Action}) {
        StatusCounts c = CountStatuses(rows, target);
        if (c.total == 0) continue;
        ImGui::TextUnformatted((Tr(target == MonitoringTarget::Action ? "monitoring.actions" : "monitoring.objectives") + ":").c_str());
        for (MonitoringStatus s : kAllMonitoringStatuses) {
            ImGui::SameLine();
            ImGui::TextColored(kStatusColour[static_cast<int>(s)], "%s %d", Tr("monitoring.status." + std::string(ToKey(s))).c_str(),
                               c.counts[static_cast<int>(s)]);
        }
        ImGui::SameLine(0, 40);
    }
    ImGui::NewLine();
}

void DrawStatusCell(AppState& state, Workspace& ws, const MonitoringRow& r) {
    MonitoringStatus current = r.entry ? r.entry->status : MonitoringStatus::Planned;
    ImGui::PushStyleColor(ImGuiCol_Text, kStatusColour[static_cast<int>(current)]);
    ImGui::SetNextItemWidth(-1);
    bool open = ImGui::BeginCombo("##status", Tr("monitoring.status." + std::string(ToKey(current))).c_str());
    ImGui::PopStyleColor();
    ProbeItem("monitoring.status." + RowKey(r));
    if (!open) return;
    for (MonitoringStatus s : kAllMonitoringStatuses)
        if (ImGui::Selectable(Tr("monitoring.status." + std::string(ToKey(s))).c_str(), s == current) && s != current)
            SetStatus(state, ws, r, s);
    ImGui::EndCombo();
}

void DrawNoteCell(AppState& state, Workspace& ws, const MonitoringRow& r, int index) {
    LifecycleUiState& ui = state.lifecycle;
    if (ui.monitoring_editing != index) {
        std::string note = r.entry ? r.entry->note : std::string();
        ImGui::TextWrapped("%s", note.empty() ? "\xE2\x80\x94" : note.c_str()); // a click on it edits it
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
        if (ImGui::IsItemClicked()) {
            ui.monitoring_editing = index;
            ui.monitoring_note = note;
            ui.monitoring_focus_note = true;
        }
        ProbeItem("monitoring.note." + RowKey(r));
        return;
    }
    if (ui.monitoring_focus_note) ImGui::SetKeyboardFocusHere();
    ui.monitoring_focus_note = false;
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputText("##note", &ui.monitoring_note, ImGuiInputTextFlags_EnterReturnsTrue)) SaveNote(state, ws, r);
    ProbeItem("monitoring.note_edit");
}

std::string FigureText(const PlanCycleView& cycle, const MonitoringRow& r) {
    if (!r.entry || !r.entry->indicator_id) return {};
    std::string lang = GlobalTranslator().GetLanguage() == Language::English ? "en" : "nl";
    for (const Indicator& i : cycle.indicators)
        if (i.id == r.entry->indicator_id)
            return i.name + (r.entry->indicator_value ? ": " + FormatFigure(*r.entry->indicator_value, lang) : "");
    return {};
}

void DrawRow(AppState& state, Workspace& ws, const PlanCycleView& cycle, const MonitoringRow& r, int index) {
    LifecycleUiState& ui = state.lifecycle;
    ImGui::PushID(RowKey(r).c_str());
    ImGui::TableNextRow();
    if (index == ui.monitoring_selected) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_Header));
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", r.domain.c_str());
    ImGui::TableNextColumn();
    const char* level = r.target == MonitoringTarget::Action ? "monitoring.level.action"
                        : r.strategic                       ? "monitoring.level.strategic"
                                                            : "monitoring.level.tactical";
    if (r.target == MonitoringTarget::Action) ImGui::Indent(16);
    ImGui::TextDisabled("%s", Tr(level).c_str());
    ImGui::TextWrapped("%s%s", r.title.c_str(), r.years.empty() ? "" : (" (" + r.years + ")").c_str());
    if (r.target == MonitoringTarget::Action) ImGui::Unindent(16);
    ImGui::TableNextColumn();
    DrawStatusCell(state, ws, r);
    ImGui::TableNextColumn();
    DrawNoteCell(state, ws, r, index);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", FigureText(cycle, r).c_str());
    ImGui::PopID();
}

// [SECTION] Keys (not while a text field has the keyboard)
void HandleKeys(AppState& state, Workspace& ws, const std::vector<MonitoringRow>& rows) {
    LifecycleUiState& ui = state.lifecycle;
    ImGuiIO& io = ImGui::GetIO();
    if (ui.monitoring_editing >= 0 && ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) ui.monitoring_editing = -1;
    if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) || rows.empty()) return;
    int n = static_cast<int>(rows.size());
    if (ImGui::IsKeyPressed(GLFW_KEY_DOWN)) ui.monitoring_selected = std::min(n - 1, ui.monitoring_selected + 1);
    if (ImGui::IsKeyPressed(GLFW_KEY_UP)) ui.monitoring_selected = std::max(0, ui.monitoring_selected - 1);
    if (ImGui::IsKeyPressed(GLFW_KEY_PAGE_DOWN, false)) ui.monitoring_year = std::min(2200, ui.monitoring_year + 1);
    if (ImGui::IsKeyPressed(GLFW_KEY_PAGE_UP, false)) ui.monitoring_year = std::max(1900, ui.monitoring_year - 1);
    const MonitoringRow& r = rows[static_cast<size_t>(std::clamp(ui.monitoring_selected, 0, n - 1))];
    for (ImWchar c : io.InputQueueCharacters)
        if (c >= '1' && c <= '4') SetStatus(state, ws, r, kAllMonitoringStatuses[c - '1']);
    if (ImGui::IsKeyPressed(GLFW_KEY_ENTER, false) || ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER, false)) {
        ui.monitoring_editing = ui.monitoring_selected;
        ui.monitoring_note = r.entry ? r.entry->note : std::string();
        ui.monitoring_focus_note = true;
    }
}
} // namespace

// [SECTION] DrawMonitoringTab
void DrawMonitoringTab(AppState& state, Workspace& ws, const PlanCycleView& cycle) {
    DrawYearBar(state, ws);
    std::shared_ptr<const std::vector<MonitoringRow>> taken = Rows(state, ws); // held: recording makes the workspace read again
    const std::vector<MonitoringRow>& rows = *taken;
    HandleKeys(state, ws, rows);
    if (rows.empty()) {
        ImGui::TextDisabled("%s", Tr("monitoring.no_rows").c_str());
        return;
    }
    DrawCounts(rows);
    if (!ImGui::BeginTable("##monitoring", 5, kTableFlags | ImGuiTableFlags_ScrollY)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(Tr("lifecycle.col.domain").c_str(), ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableSetupColumn(Tr("monitoring.col.what").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(Tr("monitoring.col.status").c_str(), ImGuiTableColumnFlags_WidthFixed, 140);
    ImGui::TableSetupColumn(Tr("monitoring.col.note").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(Tr("monitoring.col.figure").c_str(), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < rows.size(); ++i) DrawRow(state, ws, cycle, rows[i], static_cast<int>(i));
    ImGui::EndTable();
}

} // namespace hd::lifecycle
