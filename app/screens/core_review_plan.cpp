// [SECTION] index: objectives / coverage / phases / plan sections / domains / overview
// Core group screen: the plan overview in the plan's own order: introduction and vision (editable
// sections), coverage of the safety chain with gaps, each domain (context, problem, strategic
// objectives, sub-themes with tactical objectives), process phases.
#include <imgui.h>
#include <imgui_internal.h> // ImGuiTable::RowPosY1: where a table row starts
#include <imgui_stdlib.h>
#include <GLFW/glfw3.h>

#include <algorithm>
#include <optional>
#include <ctime>
#include <filesystem>

#include "app/app_state.h"
#include "app/screens/core_review_parts.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/export/export.h"
#include "core/base/i18n.h"
#include "core/store/plan_structure.h"
#include "core/store/store.h"
#include "core/base/utf8.h"

namespace hd::core_review {

// [SECTION] Plan overview
void DrawObjective(AppState& state, Workspace& ws, const Shown& shown, const PlanObjective& o, const std::string& heading,
                   int64_t theme_id) {
    CoreReviewUiState& ui = state.core_review;
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
    int open = OpenComments(shown, "objective", o.ref);
    std::string button = open ? std::to_string(open) + " " + Tr("core_review.comments_short") : Tr("core_review.comment");
    if (ImGui::SmallButton(button.c_str())) SelectTarget(ui, "objective", o.ref, o.title, theme_id);
    ProbeItem("core_review.objective_comment_" + o.ref);
    DrawActions(state, ws, o);
    ImGui::Spacing();
    ImGui::PopID();
}

void DrawCoverageTable(const PlanDocument& plan, float width) {
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    int columns = 2 + static_cast<int>(std::size(kAllSafetyChains) + std::size(kAllReactiveKinds));
    if (!ImGui::BeginTable("##coverage", columns, flags, ImVec2(width, 0))) return;
    ImGui::TableSetupColumn(Tr("export.domain").c_str(), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    for (SafetyChain c : kAllSafetyChains) ImGui::TableSetupColumn(ChainLabel(c).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    for (ReactiveKind k : kAllReactiveKinds) ImGui::TableSetupColumn(ReactiveLabel(k).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(Tr("export.unassigned").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (const CoverageRow& row : plan.coverage) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        if (row.gap) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kGapBg);
        // A long domain name at 1280x720: cut with "…", the whole name on hover.
        TextFitted(row.gap ? FillPlaceholders(Tr("export.gap_domain"), {row.domain}) : row.domain);
        int column = 1;
        for (int n : row.counts) {
            ImGui::TableSetColumnIndex(column++);
            if (n == 0) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kGapBg); // a link without objectives
            ImGui::Text("%d", n);
        }
        for (int n : row.reactive) {
            ImGui::TableSetColumnIndex(column++);
            ImGui::Text("%d", n);
        }
        ImGui::TableSetColumnIndex(column);
        ImGui::Text("%d", row.unassigned);
    }
    ImGui::EndTable();
}

// The balance of the whole plan as bars (ImDrawList): one per link, then one per reactive kind.
void DrawBalanceChart(const PlanDocument& plan, float width) {
    std::vector<std::pair<std::string, int>> bars;
    for (size_t i = 0; i < std::size(kAllSafetyChains); ++i) bars.push_back({ChainLabel(kAllSafetyChains[i]), plan.balance.counts[i]});
    for (size_t i = 0; i < std::size(kAllReactiveKinds); ++i) bars.push_back({ReactiveLabel(kAllReactiveKinds[i]), plan.balance.reactive[i]});
    int max_value = 1;
    for (const auto& bar : bars) max_value = std::max(max_value, bar.second);
    ImGui::TextColored(kMuted, "%s", Tr("export.balance").c_str());
    float row = ImGui::GetTextLineHeightWithSpacing();
    float label_w = width * 0.45f;
    ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (size_t i = 0; i < bars.size(); ++i) {
        float y = origin.y + row * static_cast<float>(i);
        ImU32 text = ImGui::GetColorU32(bars[i].second == 0 ? kAmber : ImGui::GetStyleColorVec4(ImGuiCol_Text));
        draw->AddText(ImVec2(origin.x, y), text, bars[i].first.c_str());
        float w = (width - label_w - 30.0f) * static_cast<float>(bars[i].second) / static_cast<float>(max_value);
        ImVec2 a(origin.x + label_w, y + 2), b(origin.x + label_w + w, y + row - 4);
        if (i >= std::size(kAllSafetyChains)) draw->AddRectFilled(a, b, IM_COL32(150, 120, 200, 255));
        else draw->AddRectFilled(a, b, IM_COL32(70, 130, 200, 255));
        std::string value = std::to_string(bars[i].second);
        draw->AddText(ImVec2(b.x + 4, y), ImGui::GetColorU32(ImGuiCol_Text), value.c_str());
    }
    ImGui::Dummy(ImVec2(width, row * static_cast<float>(bars.size())));
}

void DrawCoverage(const PlanDocument& plan) {
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("export.coverage").c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
    ImGui::TextWrapped("%s", Tr("export.coverage_note").c_str());
    ImGui::PopStyleColor();
    float avail = ImGui::GetContentRegionAvail().x;
    float chart_w = std::min(320.0f, avail * 0.3f);
    DrawCoverageTable(plan, avail - chart_w - ImGui::GetStyle().ItemSpacing.x * 2);
    ImGui::SameLine();
    ImGui::BeginGroup();
    DrawBalanceChart(plan, chart_w);
    ImGui::EndGroup();
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

// [SECTION] Plan sections
// A section shows its text; Edit (or a double click) opens a multi-line editor, Ctrl+Enter or Save
// stores it, Escape or Cancel leaves it unchanged.
void DrawSection(AppState& state, Workspace& ws, const PlanSection& section) {
    CoreReviewUiState& ui = state.core_review;
    ImGui::PushID(section.key.c_str());
    ImGui::TextColored(kMuted, "%s", Tr("export.section." + section.key).c_str());
    if (ui.section_key != section.key) {
        ImGui::SameLine();
        bool edit = ImGui::SmallButton(Tr("action.edit").c_str());
        ProbeItem("core_review.section_edit." + section.key);
        if (section.text.empty()) ImGui::TextDisabled("%s", Tr("export.section_empty").c_str());
        else ImGui::TextWrapped("%s", section.text.c_str());
        if (edit || (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(0))) {
            ui.section_key = section.key;
            ui.section_text = section.text;
        }
        ImGui::PopID();
        return;
    }
    float height = ImGui::GetTextLineHeight() * 6;
    ImGui::InputTextMultiline("##text", &ui.section_text, ImVec2(-1, height));
    ProbeItem("core_review.section_text." + section.key);
    bool ctrl_enter = (ImGui::IsItemActive() || ImGui::IsItemDeactivated()) && ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_ENTER, false);
    if (ImGui::Button(Tr("action.save").c_str()) || ctrl_enter) {
        std::string key = ui.section_key;
        if (RunAction(state, [&] {
                PlanStructureStore(ws.Store()).SetSection(key, ui.section_text);
                ws.Changed(); // a section of the whole plan
            }))
            ui.section_key.clear();
    }
    ProbeItem("core_review.section_save." + section.key);
    ImGui::SameLine();
    if (ImGui::Button(Tr("action.cancel").c_str()) || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) ui.section_key.clear();
    ImGui::PopID();
}

void DrawSections(AppState& state, Workspace& ws, const PlanDocument& plan) {
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(("1. " + Tr("export.introduction")).c_str());
    ImGui::PopFont();
    for (const PlanSection& s : plan.sections) {
        if (s.key == "vision") {
            ImGui::Spacing();
            ImGui::PushFont(Fonts().bold);
            ImGui::TextUnformatted(("2. " + Tr("export.vision_principles")).c_str());
            ImGui::PopFont();
        }
        DrawSection(state, ws, s);
    }
}

// [SECTION] Domains
void DrawDomain(AppState& state, Workspace& ws, const Shown& shown, const DomainDocument& d) {
    if (d.supporting) ImGui::TextColored(kAmber, "%s", Tr("export.supporting").c_str());
    if (!d.context.empty()) {
        ImGui::TextColored(kMuted, "%s:", Tr("export.context").c_str());
        ImGui::TextWrapped("%s", d.context.c_str());
    }
    ImGui::TextColored(kMuted, "%s:", Tr("export.problem").c_str());
    ImGui::TextWrapped("%s", d.problem.c_str());
    ImGui::Spacing();
    auto heading = [](const PlanObjective& o, int n) {
        std::string h = FillPlaceholders(Tr(o.strategic ? "export.strategic" : "export.tactical"), {std::to_string(n), o.title});
        if (!o.accepted) h += " [" + Tr("export.proposal") + "]";
        return h;
    };
    int s = 0;
    for (const PlanObjective& o : d.strategic) DrawObjective(state, ws, shown, o, heading(o, ++s), d.theme_id);
    int n = 0;
    auto in_sub_theme = [&](const PlanObjective& o) {
        return std::any_of(d.sub_themes.begin(), d.sub_themes.end(), [&](const SubTheme& st) { return st.id == o.sub_theme_id; });
    };
    for (const PlanObjective& o : d.tactical)
        if (!in_sub_theme(o)) DrawObjective(state, ws, shown, o, heading(o, ++n), d.theme_id);
    for (const SubTheme& st : d.sub_themes) {
        ImGui::TextColored(ImVec4(0.55f, 0.75f, 1.0f, 1.0f), "%s", FillPlaceholders(Tr("export.sub_theme"), {st.title}).c_str());
        if (!st.justification.empty()) {
            ImGui::Indent();
            ImGui::TextWrapped("%s", st.justification.c_str());
            ImGui::Unindent();
        }
        for (const PlanObjective& o : d.tactical)
            if (o.sub_theme_id == st.id) DrawObjective(state, ws, shown, o, heading(o, ++n), d.theme_id);
    }
    if (d.strategic.empty() && d.tactical.empty()) ImGui::TextDisabled("%s", Tr("export.no_objectives").c_str());
}

// [SECTION] Overview
void DrawPlanOverview(AppState& state, Workspace& ws, const Shown& shown, int64_t open_theme) {
    const PlanDocument& plan = *shown.plan;
    ImGui::BeginChild("##plan_scroll");
    DrawSections(state, ws, plan);
    ImGui::Spacing();
    DrawCoverage(plan);
    ImGui::Spacing();
    for (const DomainDocument& d : plan.domains) {
        ImGui::PushID(static_cast<int>(d.theme_id));
        if (d.theme_id == open_theme) ImGui::SetNextItemOpen(true, ImGuiCond_Once);
        if (ImGui::CollapsingHeader(d.title.c_str())) DrawDomain(state, ws, shown, d);
        ImGui::PopID();
    }
    ImGui::Spacing();
    DrawPhases(plan);
    ImGui::EndChild();
}

} // namespace hd::core_review
