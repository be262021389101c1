// Plan tab of the Setup screen.
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
// [SECTION] Plan tab
const std::string& PhaseStatusLabel(PhaseStatus s) { return Tr("setup.phase_status." + std::string(ToKey(s))); }

// New plans store the phase key as its title; show the translated standard title then.
std::string PhaseTitle(const Phase& p) {
    std::string key = "setup.phase." + p.key;
    if (p.title == p.key && GlobalTranslator().Has(key)) return Tr(key);
    return p.title;
}

void DrawPhaseStatus(AppState& state, Workspace& ws, const Phase& phase) {
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (!ImGui::BeginCombo("##status", PhaseStatusLabel(phase.status).c_str())) return;
    for (PhaseStatus s : {PhaseStatus::Planned, PhaseStatus::Active, PhaseStatus::Done}) {
        if (!ImGui::Selectable(PhaseStatusLabel(s).c_str(), s == phase.status)) continue;
        SavePlan(state, ws, [&](Plan& p) {
            for (Phase& x : p.phases)
                if (x.id == phase.id) x.status = s;
        });
    }
    ImGui::EndCombo();
}

void DrawPhaseRow(AppState& state, Workspace& ws, const Phase& phase) {
    SetupUiState& ui = state.setup;
    ImGui::PushID(static_cast<int>(phase.id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string title = PhaseTitle(phase), start = phase.start_date, end = phase.end_date;
    if (EditText(ui, {"##title"}, title, title))
        SavePlan(state, ws, [&](Plan& p) {
            for (Phase& x : p.phases)
                if (x.id == phase.id) x.title = title;
        });
    ImGui::TableNextColumn();
    if (EditText(ui, {"##start", Hint("setup.date_hint")}, start, start))
        SavePlan(state, ws, [&](Plan& p) {
            RequireDate(start, "setup.col.start");
            for (Phase& x : p.phases)
                if (x.id == phase.id) x.start_date = start;
        });
    ImGui::TableNextColumn();
    if (EditText(ui, {"##end", Hint("setup.date_hint")}, end, end))
        SavePlan(state, ws, [&](Plan& p) {
            RequireDate(end, "setup.col.end");
            for (Phase& x : p.phases)
                if (x.id == phase.id) x.end_date = end;
        });
    ImGui::TableNextColumn();
    DrawPhaseStatus(state, ws, phase);
    ImGui::PopID();
}

void DrawPlanFields(AppState& state, Workspace& ws, const Plan& plan) {
    SetupUiState& ui = state.setup;
    if (!ImGui::BeginTable("##planform", 2, ImGuiTableFlags_SizingFixedFit)) return;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, 200);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthFixed, 620);
    std::string text;
    FormLabel("setup.plan.name");
    if (EditText(ui, {"##plan_name"}, plan.name, text)) SavePlan(state, ws, [&](Plan& p) { p.name = text; });
    ProbeItem("setup.plan.name");
    FormLabel("setup.plan.city");
    if (EditText(ui, {"##plan_city"}, plan.city, text)) SavePlan(state, ws, [&](Plan& p) { p.city = text; });
    FormLabel("setup.plan.period");
    int year = 0;
    ImGui::BeginGroup();
    if (EditInt(ui, "##from", plan.period_start, year, 110)) SavePlan(state, ws, [&](Plan& p) { p.period_start = year; });
    ImGui::SameLine();
    ImGui::TextUnformatted("–");
    ImGui::SameLine();
    if (EditInt(ui, "##to", plan.period_end, year, 110)) SavePlan(state, ws, [&](Plan& p) { p.period_end = year; });
    ImGui::EndGroup();
    ImGui::EndTable();
}

} // namespace

void DrawPlanTab(AppState& state, Workspace& ws, const PlanData& data) {
    const Plan& plan = data.plan;
    DrawPlanFields(state, ws, plan);
    ImGui::Spacing();
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("setup.phases").c_str());
    ImGui::PopFont();
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter;
    if (!ImGui::BeginTable("##phases", 4, flags)) return;
    ImGui::TableSetupColumn(Tr("setup.col.phase").c_str(), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(Tr("setup.col.start").c_str(), ImGuiTableColumnFlags_WidthFixed, 150);
    ImGui::TableSetupColumn(Tr("setup.col.end").c_str(), ImGuiTableColumnFlags_WidthFixed, 150);
    ImGui::TableSetupColumn(Tr("setup.col.status").c_str(), ImGuiTableColumnFlags_WidthFixed, 200);
    ImGui::TableHeadersRow();
    for (const Phase& phase : plan.phases) DrawPhaseRow(state, ws, phase);
    ImGui::EndTable();
}

} // namespace hd::setup
