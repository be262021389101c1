// Core group screen: the plan overview (problem, objectives, coverage with gaps, phases).
#include <imgui.h>
#include <imgui_internal.h> // ImGuiTable::RowPosY1: where a table row starts
#include <imgui_stdlib.h>

#include <algorithm>
#include <optional>
#include <ctime>
#include <filesystem>

#include "app/app_state.h"
#include "app/screens/core_review_parts.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "app/workspace.h"
#include "core/export/export.h"
#include "core/base/i18n.h"
#include "core/store/store.h"
#include "core/base/utf8.h"

namespace hd::core_review {

// [SECTION] Plan overview
void DrawObjective(CoreReviewUiState& ui, const PlanObjective& o, const std::string& heading, int64_t theme_id) {
    ImGui::PushID(o.ref.c_str());
    ImGui::PushFont(Fonts().bold);
    ImGui::TextWrapped("%s", heading.c_str());
    ImGui::PopFont();
    auto field = [](const char* key, const std::string& text) {
        if (text.empty()) return;
        ImGui::TextColored(kMuted, "%s:", Tr(key).c_str());
        ImGui::SameLine();
        ImGui::TextWrapped("%s", text.c_str());
    };
    field("export.why", o.why);
    field("export.what", o.what);
    field("export.how", o.how);
    std::string disciplines;
    for (const std::string& d : o.disciplines) disciplines += (disciplines.empty() ? "" : ", ") + DisciplineLabel(d);
    ImGui::TextColored(kMuted, "%s: %s   ·   %s: %s", Tr("export.chain").c_str(), ChainLabel(o.chain).c_str(),
                       Tr("export.disciplines").c_str(), disciplines.c_str());
    int open = OpenComments(ui, "objective", o.ref);
    std::string button = open ? std::to_string(open) + " " + Tr("core_review.comments_short") : Tr("core_review.comment");
    if (ImGui::SmallButton(button.c_str())) SelectTarget(ui, "objective", o.ref, o.title, theme_id);
    ProbeItem("core_review.objective_comment_" + o.ref);
    ImGui::Spacing();
    ImGui::PopID();
}

void DrawCoverage(const PlanDocument& plan) {
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("export.coverage").c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
    ImGui::TextWrapped("%s", Tr("export.coverage_note").c_str());
    ImGui::PopStyleColor();
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##coverage", 6, flags)) return;
    ImGui::TableSetupColumn(Tr("export.domain").c_str(), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    for (SafetyChain c : kAllSafetyChains) ImGui::TableSetupColumn(ChainLabel(c).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(Tr("export.unassigned").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (const CoverageRow& row : plan.coverage) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        if (row.gap) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kGapBg);
        ImGui::TextUnformatted(row.gap ? FillPlaceholders(Tr("export.gap_domain"), {row.domain}).c_str() : row.domain.c_str());
        for (size_t i = 0; i < row.counts.size(); ++i) {
            ImGui::TableSetColumnIndex(static_cast<int>(i) + 1);
            if (row.gap && i < 2) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kGapBg);
            ImGui::Text("%d", row.counts[i]);
        }
        ImGui::TableSetColumnIndex(5);
        ImGui::Text("%d", row.unassigned);
    }
    ImGui::EndTable();
}

void DrawPhases(const PlanDocument& plan) {
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("export.phases").c_str());
    ImGui::PopFont();
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##phases", 4, flags)) return;
    ImGui::TableSetupColumn(Tr("export.phase").c_str(), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(Tr("export.start").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(Tr("export.end").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(Tr("export.status").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (const Phase& p : plan.phases) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(p.title.empty() || p.title == p.key ? Tr("export.phase_key." + p.key).c_str() : p.title.c_str());
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(p.start_date.c_str());
        ImGui::TableSetColumnIndex(2);
        ImGui::TextUnformatted(p.end_date.c_str());
        ImGui::TableSetColumnIndex(3);
        ImVec4 color = p.status == PhaseStatus::Done ? kGreen : p.status == PhaseStatus::Active ? kAmber : kMuted;
        ImGui::TextColored(color, "%s", Tr("export.phase_status." + std::string(ToKey(p.status))).c_str());
    }
    ImGui::EndTable();
}

void DrawPlanOverview(CoreReviewUiState& ui, int64_t open_theme) {
    const PlanDocument& plan = ui.plan;
    ImGui::BeginChild("##plan_scroll");
    DrawCoverage(plan);
    ImGui::Spacing();
    for (const DomainDocument& d : plan.domains) {
        ImGui::PushID(static_cast<int>(d.theme_id));
        if (d.theme_id == open_theme) ImGui::SetNextItemOpen(true, ImGuiCond_Once);
        if (ImGui::CollapsingHeader(d.title.c_str())) {
            ImGui::TextColored(kMuted, "%s:", Tr("export.problem").c_str());
            ImGui::TextWrapped("%s", d.problem.c_str());
            ImGui::Spacing();
            if (d.strategic)
                DrawObjective(ui, *d.strategic, FillPlaceholders(Tr("export.strategic"), {d.strategic->title}), d.theme_id);
            int n = 0;
            for (const PlanObjective& o : d.tactical)
                DrawObjective(ui, o, FillPlaceholders(Tr("export.tactical"), {std::to_string(++n), o.title}), d.theme_id);
            if (!d.strategic && d.tactical.empty()) ImGui::TextDisabled("%s", Tr("export.no_objectives").c_str());
        }
        ImGui::PopID();
    }
    ImGui::Spacing();
    DrawPhases(plan);
    ImGui::EndChild();
}

} // namespace hd::core_review
