// [SECTION] index: what a frame shows / helpers / DrawCoreReview
// Core-group review: per hearing the minutes with their review state (draft, under review, approved
// with who and when), comments on any entry or objective, the audit trail of changes after
// approval; the plan overview (problem, objectives, coverage with gaps highlighted, phases); the
// core group's members; and the exports (Markdown, HTML, DOCX, CSV). One file per part:
// core_review_export.cpp, core_review_minutes.cpp, core_review_side.cpp, core_review_plan.cpp,
// core_review_members.cpp; shared declarations in core_review_parts.h.
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
#include "core/workspace/workspace.h"
#include "core/export/export.h"
#include "core/base/i18n.h"
#include "core/store/store.h"
#include "core/base/utf8.h"
#include "app/screens/screens.h"

namespace hd {
namespace core_review {
namespace {
// [SECTION] What a frame shows
// The app's selected hearing (the menu bar picks it too), else the first one.
int64_t ShownHearing(AppState& state, Workspace& ws) {
    if (state.hearing_id != 0 && ws.FindHearing(state.hearing_id)) return state.hearing_id;
    const auto& hearings = ws.Data().hearings;
    state.hearing_id = hearings.empty() ? 0 : hearings.front().id;
    return state.hearing_id;
}

// What this frame draws. A view that cannot be read shows empty, and the error once (RunAction).
Shown TakeShown(AppState& state, Workspace& ws, int64_t hearing_id) {
    Shown shown;
    shown.hearing_id = hearing_id;
    shown.hearing_revision = ws.HearingRevision(hearing_id);
    RunAction(state, [&] {
        shown.hearing = ws.CoreReview(hearing_id);
        shown.group = ws.CoreGroup();
        if (state.core_review.tab == 1) shown.plan = ws.PlanDraft();
    });
    if (!shown.hearing) shown.hearing = std::make_shared<const CoreReviewView>();
    if (!shown.group) shown.group = std::make_shared<const CoreGroupView>();
    if (!shown.plan) shown.plan = std::make_shared<const PlanDocument>();
    return shown;
}
} // namespace

// [SECTION] Helpers
std::string FormatWhen(int64_t ms) {
    if (ms <= 0) return {};
    std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
    return buf;
}

const std::vector<ReviewComment>& Shown::Comments(const std::string& kind) const {
    return kind == "objective" ? group->objective_comments : hearing->comments;
}

ImVec4 StateColor(ReviewState s) {
    switch (s) {
    case ReviewState::Draft: return kMuted;
    case ReviewState::UnderReview: return kAmber;
    case ReviewState::Approved: return kGreen;
    }
    return kMuted;
}

const std::string& StateLabel(ReviewState s) { return Tr("review.state." + std::string(ToKey(s))); }

int OpenComments(const Shown& shown, const std::string& kind, const std::string& ref) {
    int n = 0;
    for (const ReviewComment& c : shown.Comments(kind))
        if (!c.resolved && c.target.kind == kind && c.target.ref == ref) ++n;
    return n;
}

void SelectTarget(CoreReviewUiState& ui, const std::string& kind, const std::string& ref, std::string label,
                  int64_t theme_id) {
    ui.target_kind = kind;
    ui.target_ref = ref;
    ui.target_label = std::move(label);
    ui.target_theme_id = theme_id;
}

std::string ProvenanceLabel(MergeStatus p) { return Tr("export.prov_key." + std::string(ToKey(p))); }

} // namespace core_review

using namespace core_review;

// [SECTION] DrawCoreReview
void DrawCoreReview(AppState& state, Workspace& ws) {
    CoreReviewUiState& ui = state.core_review;
    int64_t hearing_id = ShownHearing(state, ws);
    Shown shown = TakeShown(state, ws, hearing_id);
    DrawExportBar(state, ws, hearing_id);
    ImGui::Separator();
    const char* tabs[] = {"core_review.tab_minutes", "core_review.tab_plan", "core_review.tab_members"};
    for (int i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine();
        bool active = ui.tab == i;
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(Tr(tabs[i]).c_str())) ui.tab = i;
        ProbeItem(tabs[i]);
        if (active) ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    float total = ImGui::GetContentRegionAvail().x;
    float side = std::clamp(total * 0.24f, 280.0f, 400.0f);
    float list = std::clamp(total * 0.15f, 170.0f, 260.0f);
    if (ui.tab == 2) {
        DrawCoreGroup(state, ws, shown);
        return;
    }
    if (ui.tab == 0) {
        ImGui::BeginChild("##hearings", ImVec2(list, 0), true);
        DrawHearingList(state, ws, shown);
        ImGui::EndChild();
        ImGui::SameLine();
    }
    ImGui::BeginChild("##main", ImVec2(ImGui::GetContentRegionAvail().x - side, 0));
    if (ui.tab == 0) {
        if (hearing_id == 0) ImGui::TextDisabled("%s", Tr("reporter.pick_hearing").c_str());
        else DrawMinutes(ui, shown);
    } else {
        DrawPlanOverview(state, ws, shown, state.theme_id);
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##side", ImVec2(0, 0), true);
    if (ui.tab == 0 && hearing_id != 0) {
        DrawReviewState(state, ws, shown);
        ImGui::Separator();
    }
    if (ui.tab == 1 && ui.target_kind == "entry") ui.target_kind.clear();
    DrawComments(state, ws, shown);
    ImGui::Spacing();
    DrawAudit(ui.tab == 0 ? shown.hearing->audit : shown.group->objective_audit);
    ImGui::EndChild();
}

} // namespace hd
