// Core group screen: side panel with the review state, comments and the audit trail.
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

// [SECTION] Side panel: review state, comments, audit trail
void DrawReviewState(AppState& state, Workspace& ws, int64_t hearing_id) {
    CoreReviewUiState& ui = state.core_review;
    const MinutesReview& r = ui.minutes.review;
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("core_review.review_state").c_str());
    ImGui::PopFont();
    ImGui::TextColored(StateColor(r.state), "%s", StateLabel(r.state).c_str());
    if (r.state == ReviewState::Approved)
        ImGui::TextWrapped("%s", FillPlaceholders(Tr("core_review.approved_by"), {r.approved_by, FormatWhen(r.approved_at_ms)}).c_str());
    if (ui.approver.empty()) ui.approver = state.user_name;
    // Who speaks for the core group: typed, or picked from the plan's core-group members.
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::InputTextWithHint("##approver", Tr("core_review.your_name").c_str(), &ui.approver);
    ProbeItem("core_review.approver");
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    if (ImGui::BeginCombo("##members_pick", "", ImGuiComboFlags_NoPreview | ImGuiComboFlags_PopupAlignLeft)) {
        if (ui.members.empty()) ImGui::TextDisabled("%s", Tr("core_review.no_members").c_str());
        for (const CoreMember& m : ui.members) {
            std::string role_key = "review.role." + m.role;
            std::string label = m.name + " (" + (GlobalTranslator().Has(role_key) ? Tr(role_key) : m.role) + ")";
            ImGui::PushID(static_cast<int>(m.id));
            if (ImGui::Selectable(label.c_str(), ui.approver == m.name)) ui.approver = m.name;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    auto set = [&](ReviewState s) {
        RunAction(state, [&] {
            ReviewStore(ws.Store()).SetReviewState(hearing_id, s, ui.approver, state.now_ms);
            ws.Invalidate();
        });
    };
    ImGui::BeginDisabled(ui.approver.empty());
    if (r.state == ReviewState::Draft) {
        if (ImGui::Button(Tr("core_review.to_review").c_str())) set(ReviewState::UnderReview);
        ProbeItem("core_review.to_review");
        ImGui::SameLine();
    }
    if (r.state != ReviewState::Approved) {
        if (ImGui::Button(Tr("core_review.approve").c_str())) set(ReviewState::Approved);
        ProbeItem("core_review.approve");
    } else {
        if (ImGui::Button(Tr("core_review.reopen").c_str())) set(ReviewState::UnderReview);
        ProbeItem("core_review.reopen");
    }
    ImGui::EndDisabled();
    if (ui.approver.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
        ImGui::TextWrapped("%s", Tr("core_review.name_needed").c_str());
        ImGui::PopStyleColor();
    }
}

void DrawComment(AppState& state, Workspace& ws, const ReviewComment& c) {
    ImGui::PushID(static_cast<int>(c.id));
    ImGui::PushStyleColor(ImGuiCol_Text, c.resolved ? kMuted : ImGui::GetStyleColorVec4(ImGuiCol_Text));
    ImGui::TextWrapped("%s", c.text.c_str());
    ImGui::PopStyleColor();
    ImGui::TextDisabled("%s · %s", c.author.c_str(), FormatWhen(c.created_at_ms).c_str());
    bool resolved = c.resolved;
    if (ImGui::Checkbox(Tr("core_review.resolved").c_str(), &resolved)) {
        RunAction(state, [&] {
            ReviewStore(ws.Store()).ResolveComment(c.id, resolved, state.core_review.approver, state.now_ms);
            ws.Invalidate();
        });
    }
    ProbeItem("core_review.resolve_" + std::to_string(c.id));
    ImGui::Separator();
    ImGui::PopID();
}

void DrawComments(AppState& state, Workspace& ws, int64_t hearing_id) {
    CoreReviewUiState& ui = state.core_review;
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("core_review.comments").c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::Checkbox(Tr("core_review.show_resolved").c_str(), &ui.show_resolved);
    if (ui.target_kind.empty()) {
        ImGui::TextWrapped("%s", Tr("core_review.pick_target").c_str());
        const char* kind = ui.tab == 0 ? "entry" : "objective";
        for (const ReviewComment& c : ui.comments)
            if (c.target.kind == kind && (ui.show_resolved || !c.resolved)) DrawComment(state, ws, c);
        return;
    }
    ImGui::TextColored(kAmber, "%s", ui.target_label.c_str());
    for (const ReviewComment& c : ui.comments)
        if (c.target.kind == ui.target_kind && c.target.ref == ui.target_ref && (ui.show_resolved || !c.resolved))
            DrawComment(state, ws, c);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextMultiline("##comment", &ui.comment_text, ImVec2(-1, ImGui::GetTextLineHeight() * 3.5f));
    ProbeItem("core_review.comment_text");
    ImGui::BeginDisabled(Trim(ui.comment_text).empty());
    if (ImGui::Button(Tr("core_review.add_comment").c_str())) {
        ReviewTarget target{ui.target_kind, ui.target_ref, ui.target_kind == "entry" ? hearing_id : 0, ui.target_theme_id};
        if (RunAction(state, [&] {
                ReviewStore(ws.Store()).AddComment(target, ui.approver, ui.comment_text, state.now_ms);
                ws.Invalidate();
            }))
            ui.comment_text.clear();
    }
    ProbeItem("core_review.add_comment");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(Tr("action.cancel").c_str())) ui.target_kind.clear();
}

std::string AuditWhat(const AuditEntry& e) {
    std::string key = "core_review.audit." + e.what;
    return GlobalTranslator().Has(key) ? Tr(key) : e.what;
}

void DrawAudit(const std::vector<AuditEntry>& audit) {
    if (!ImGui::CollapsingHeader(FillPlaceholders(Tr("core_review.audit"), {std::to_string(audit.size())}).c_str(),
                                 ImGuiTreeNodeFlags_DefaultOpen))
        return;
    if (audit.empty()) ImGui::TextDisabled("%s", Tr("core_review.audit_empty").c_str());
    for (auto it = audit.rbegin(); it != audit.rend(); ++it) {
        const AuditEntry& e = *it;
        ImGui::TextColored(kAmber, "%s", AuditWhat(e).c_str());
        ImGui::TextDisabled("%s · %s", e.who.empty() ? "?" : e.who.c_str(), FormatWhen(e.at_ms).c_str());
        bool state_change = e.what == "state_changed";
        std::string before = state_change ? StateLabel(ReviewStateFromKey(e.before).value_or(ReviewState::Draft)) : e.before;
        std::string after = state_change ? StateLabel(ReviewStateFromKey(e.after).value_or(ReviewState::Draft)) : e.after;
        if (!before.empty()) ImGui::TextWrapped("- %s", before.c_str());
        if (!after.empty()) ImGui::TextWrapped("+ %s", after.c_str());
        ImGui::Separator();
    }
}

} // namespace hd::core_review
