// [SECTION] index: trend chart / import with preview / indicators per domain / DrawDiagnosisTab
// Diagnosis tab of the Plan cycle screen: the local safety diagnosis. Figures per domain and year are
// imported from a CSV or an Excel workbook (.xlsx) after a preview that names every problem by line and column,
// or typed by hand (lifecycle_diagnosis_edit.cpp); each indicator shows a small trend chart drawn with ImDrawList.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "app/app_state.h"
#include "app/screens/lifecycle_parts.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/csv.h"
#include "core/base/i18n.h"
#include "core/export/trend_chart.h"
#include "core/lifecycle/indicators.h"

namespace hd::lifecycle {
namespace {
const ImVec4 kProblem(0.90f, 0.35f, 0.30f, 1.0f);

std::string FormatValue(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

// [SECTION] Trend chart: one line over the years, dots on the values, the last value labelled.
void DrawTrend(const std::vector<std::pair<int, double>>& values, ImVec2 size) {
    ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::Dummy(size);
    if (values.empty()) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p0, ImVec2(p0.x + size.x, p0.y + size.y), ImGui::GetColorU32(ImGuiCol_FrameBg), 3.0f);
    auto [lo, hi] = std::minmax_element(values.begin(), values.end(),
                                        [](const auto& a, const auto& b) { return a.second < b.second; });
    double min = lo->second, max = hi->second;
    if (max - min < 1e-9) max = min + 1; // a flat line sits in the middle
    int first = values.front().first, last = values.back().first;
    float pad = 6.0f;
    auto at = [&](const std::pair<int, double>& v) {
        float fx = last == first ? 0.5f : static_cast<float>(v.first - first) / static_cast<float>(last - first);
        float fy = static_cast<float>((v.second - min) / (max - min));
        return ImVec2(p0.x + pad + fx * (size.x - 2 * pad), p0.y + size.y - pad - fy * (size.y - 2 * pad));
    };
    ImU32 line = ImGui::GetColorU32(ImGuiCol_PlotLines);
    for (size_t i = 1; i < values.size(); ++i) dl->AddLine(at(values[i - 1]), at(values[i]), line, 2.0f);
    for (const auto& v : values) dl->AddCircleFilled(at(v), 3.0f, line);
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        for (const auto& v : values) ImGui::Text("%d: %s", v.first, FormatValue(v.second).c_str());
        ImGui::EndTooltip();
    }
}

// [SECTION] Import with preview
std::string ProblemText(const ImportProblem& p) { return DescribeProblem(GlobalTranslator(), p); }

void Preview(AppState& state, Workspace& ws) {
    LifecycleUiState& ui = state.lifecycle;
    RunAction(state, [&] {
        ui.preview = PreviewIndicatorFile(ws.Store(), ui.indicator_path);
        ui.preview_path = ui.indicator_path;
        ui.has_preview = true;
    });
}

void Import(AppState& state, Workspace& ws) {
    LifecycleUiState& ui = state.lifecycle;
    size_t n = 0;
    if (!RunAction(state, [&] { n = ApplyIndicatorImport(ws.Store(), ui.preview); })) return;
    ws.Changed();
    ui.has_preview = false;
    ShowToast(state, FillPlaceholders(Tr("lifecycle.imported_values"), {std::to_string(n)}));
}

void DrawPreviewRows(const IndicatorImport& p) {
    if (!ImGui::BeginTable("##preview", 5, kTableFlags | ImGuiTableFlags_ScrollY, ImVec2(0, 220))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(Tr("lifecycle.col.line").c_str(), ImGuiTableColumnFlags_WidthFixed, 60);
    ImGui::TableSetupColumn(Tr("lifecycle.col.domain").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(Tr("lifecycle.col.indicator").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(Tr("lifecycle.col.year").c_str(), ImGuiTableColumnFlags_WidthFixed, 70);
    ImGui::TableSetupColumn(Tr("lifecycle.col.value").c_str(), ImGuiTableColumnFlags_WidthFixed, 200);
    ImGui::TableHeadersRow();
    for (const IndicatorImportRow& r : p.rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%zu", r.line);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.domain.empty() ? Tr("lifecycle.whole_city").c_str() : r.domain.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.name.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d", r.year);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted((FormatValue(r.value) + (r.replaces ? "  " + Tr("lifecycle.replaces") : "")).c_str());
    }
    ImGui::EndTable();
}

void DrawImport(AppState& state, Workspace& ws) {
    LifecycleUiState& ui = state.lifecycle;
    SectionTitle("lifecycle.import_title");
    ImGui::PushTextWrapPos(0.0f); // the help is one long sentence; at 1280x720 it needs two lines
    ImGui::TextDisabled("%s", Tr("lifecycle.import_help").c_str());
    ImGui::PopTextWrapPos();
    ImGui::SetNextItemWidth(std::max(200.0f, ImGui::GetContentRegionAvail().x - 330));
    bool enter = ImGui::InputTextWithHint("##csv", Tr("lifecycle.csv_hint").c_str(), &ui.indicator_path,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    ProbeItem("lifecycle.indicator_path");
    ImGui::SameLine();
    if (ImGui::Button(Tr("lifecycle.preview").c_str()) || enter) Preview(state, ws);
    ProbeItem("lifecycle.preview");
    if (!ui.has_preview) return;
    ImGui::SameLine();
    ImGui::BeginDisabled(!ui.preview.problems.empty() || ui.preview.rows.empty());
    if (ImGui::Button(Tr("lifecycle.import").c_str())) Import(state, ws);
    ProbeItem("lifecycle.import");
    ImGui::EndDisabled();
    ImGui::TextUnformatted(FillPlaceholders(Tr("lifecycle.preview_summary"),
                                            {ui.preview_path, std::to_string(ui.preview.rows.size()),
                                             std::to_string(ui.preview.problems.size())}).c_str());
    for (const ImportProblem& p : ui.preview.problems) ImGui::TextColored(kProblem, "%s", ProblemText(p).c_str());
    DrawPreviewRows(ui.preview);
}

// [SECTION] Indicators per domain: a click on the name (or Up/Down) opens its years for editing.
void DrawNameCell(AppState& state, Workspace& ws, const Indicator& i) {
    LifecycleUiState& ui = state.lifecycle;
    bool open = ui.indicator_open == i.id;
    // The name wraps in its column; the row's highlight covers it whole.
    float height = ImGui::CalcTextSize(i.name.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x).y;
    ImVec2 at = ImGui::GetCursorPos();
    bool clicked = ImGui::Selectable("##open", open, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                                     ImVec2(0, height));
    ImGui::SetCursorPos(at);
    ImGui::TextWrapped("%s", i.name.c_str());
    if (clicked) {
        ui.indicator_open = open ? 0 : i.id;
        ui.indicator_error.clear();
    }
    ProbeItem("lifecycle.indicator." + std::to_string(i.id));
    if (!i.unit.empty()) ImGui::TextDisabled("%s", i.unit.c_str());
    if (ui.indicator_open == i.id) DrawIndicatorYears(state, ws, i);
}

void DrawIndicators(AppState& state, Workspace& ws, const std::vector<Indicator>& indicators) {
    SectionTitle("lifecycle.indicators_title");
    DrawAddIndicator(state, ws, indicators);
    if (indicators.empty()) {
        ImGui::TextDisabled("%s", Tr("lifecycle.no_indicators").c_str());
        return;
    }
    HandleIndicatorKeys(state, indicators);
    std::string lang = GlobalTranslator().GetLanguage() == Language::English ? "en" : "nl";
    if (!ImGui::BeginTable("##indicators", 5, kTableFlags)) return;
    ImGui::TableSetupColumn(Tr("lifecycle.col.domain").c_str(), ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn(Tr("lifecycle.col.indicator").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(Tr("lifecycle.col.trend").c_str(), ImGuiTableColumnFlags_WidthFixed, 230);
    ImGui::TableSetupColumn(Tr("lifecycle.col.latest").c_str(), ImGuiTableColumnFlags_WidthFixed, 170);
    ImGui::TableSetupColumn(Tr("lifecycle.col.years").c_str(), ImGuiTableColumnFlags_WidthFixed, 120);
    ImGui::TableHeadersRow();
    for (const Indicator& i : indicators) {
        ImGui::PushID(static_cast<int>(i.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const Theme* t = ws.FindTheme(i.theme_id);
        ImGui::TextWrapped("%s", t ? t->title.c_str() : Tr("lifecycle.whole_city").c_str());
        ImGui::TableNextColumn();
        DrawNameCell(state, ws, i);
        ImGui::TableNextColumn();
        DrawTrend(i.values, ImVec2(220, 44));
        ProbeItem("lifecycle.trend." + std::to_string(i.id));
        ImGui::TableNextColumn();
        if (!i.values.empty())
            ImGui::Text("%s (%d)", FormatFigure(i.values.back().second, lang).c_str(), i.values.back().first); // 66,7 in Dutch
        ImGui::TableNextColumn();
        if (!i.values.empty()) ImGui::Text("%d–%d", i.values.front().first, i.values.back().first);
        ImGui::PopID();
    }
    ImGui::EndTable();
}
} // namespace

// [SECTION] DrawDiagnosisTab
void DrawDiagnosisTab(AppState& state, Workspace& ws, const PlanCycleView& cycle) {
    DrawImport(state, ws);
    DrawIndicators(state, ws, cycle.indicators);
}

} // namespace hd::lifecycle
