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
#include "core/workspace/workspace.h"
#include "core/export/export.h"
#include "core/base/i18n.h"
#include "core/plan/action_audit.h"
#include "core/store/store.h"
#include "core/base/utf8.h"

namespace hd::core_review {

// [SECTION] Approval: clean, anyway (with a reason) or reopened (with a reason)
void DrawApprovalCheck(const ApprovalCheck& check) {
    if (check.unmerged) ImGui::TextColored(kAmber, "%s", Tr("core_review.unmerged").c_str());
    if (check.unresolved > 0)
        ImGui::TextColored(kAmber, "%s",
                           FillPlaceholders(Tr("core_review.unresolved_count"),
                                            {std::to_string(check.unresolved), std::to_string(check.entries)})
                               .c_str());
    else if (check.entries > 0)
        ImGui::TextColored(kGreen, "%s",
                           FillPlaceholders(Tr("core_review.all_resolved"), {std::to_string(check.entries)}).c_str());
}

// A multiline reason box and its confirm button, disabled until a reason is typed. True = confirmed.
bool ReasonForm(std::string& reason, const char* id, const std::string& hint, const std::string& confirm) {
    ImGui::PushID(id);
    ImGui::TextWrapped("%s", hint.c_str());
    ImGui::InputTextMultiline("##reason", &reason, ImVec2(-1, ImGui::GetTextLineHeight() * 3.5f));
    ProbeItem(std::string("core_review.") + id + "_reason");
    ImGui::BeginDisabled(Trim(reason).empty());
    bool confirmed = ImGui::Button(confirm.c_str());
    ProbeItem(std::string("core_review.") + id + "_confirm");
    ImGui::EndDisabled();
    ImGui::PopID();
    return confirmed;
}

void DrawApproveButtons(AppState& state, Workspace& ws, const Shown& shown) {
    CoreReviewUiState& ui = state.core_review;
    const ApprovalCheck& check = shown.hearing->approval;
    int64_t hearing_id = shown.hearing_id;
    auto approve = [&](const std::string& reason) {
        if (RunAction(state, [&] {
                ReviewStore(ws.Store()).Approve(hearing_id, ui.approver, state.now_ms, reason);
                ws.ChangedHearing(hearing_id); // its review state and audit; the plan-wide views follow Revision
            })) {
            ui.approve_anyway_open = false;
            ui.approve_reason.clear();
        }
    };
    // A clean approval is one click; with anything unresolved the button stays disabled and only
    // "approve anyway" with a typed reason gets there.
    ImGui::BeginDisabled(!check.Clean());
    if (ImGui::Button(Tr("core_review.approve").c_str())) approve({});
    ProbeItem("core_review.approve");
    ImGui::EndDisabled();
    if (check.Clean()) return;
    if (ImGui::Button(Tr("core_review.approve_anyway").c_str())) ui.approve_anyway_open = !ui.approve_anyway_open;
    ProbeItem("core_review.approve_anyway");
    if (ui.approve_anyway_open &&
        ReasonForm(ui.approve_reason, "approve_anyway", Tr("core_review.approve_reason_hint"),
                   Tr("core_review.confirm_approve_anyway")))
        approve(ui.approve_reason);
}

void DrawReopen(AppState& state, Workspace& ws, int64_t hearing_id) {
    CoreReviewUiState& ui = state.core_review;
    if (ImGui::Button(Tr("core_review.reopen").c_str())) ui.reopen_open = !ui.reopen_open;
    ProbeItem("core_review.reopen");
    if (!ui.reopen_open) return;
    if (ReasonForm(ui.reopen_reason, "reopen", Tr("core_review.reopen_reason_hint"), Tr("core_review.confirm_reopen")) &&
        RunAction(state, [&] {
            ReviewStore(ws.Store()).Reopen(hearing_id, ui.approver, state.now_ms, ui.reopen_reason);
            ws.ChangedHearing(hearing_id);
        })) {
        ui.reopen_open = false;
        ui.reopen_reason.clear();
    }
}

void DrawApprovalActions(AppState& state, Workspace& ws, const Shown& shown) {
    CoreReviewUiState& ui = state.core_review;
    const MinutesReview& r = shown.hearing->minutes.review;
    int64_t hearing_id = shown.hearing_id;
    ImGui::BeginDisabled(ui.approver.empty());
    if (r.state == ReviewState::Approved) {
        ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
        ImGui::TextWrapped("%s", Tr("core_review.closed_note").c_str());
        ImGui::PopStyleColor();
        DrawReopen(state, ws, hearing_id);
    } else {
        DrawApprovalCheck(shown.hearing->approval);
        if (r.state == ReviewState::Draft) {
            if (ImGui::Button(Tr("core_review.to_review").c_str()))
                RunAction(state, [&] {
                    ReviewStore(ws.Store()).SetReviewState(hearing_id, ReviewState::UnderReview, ui.approver,
                                                           state.now_ms);
                    ws.ChangedHearing(hearing_id);
                });
            ProbeItem("core_review.to_review");
            ImGui::SameLine();
        }
        DrawApproveButtons(state, ws, shown);
    }
    ImGui::EndDisabled();
}

// [SECTION] Side panel: review state, comments, audit trail
// A comment belongs to its target's hearing (an entry of the minutes) or theme (an objective); the
// views across the plan (CoreGroup, PlanDraft) follow every change.
void ChangedTarget(Workspace& ws, const ReviewTarget& target) {
    if (target.hearing_id) ws.ChangedHearing(target.hearing_id);
    else if (target.theme_id) ws.ChangedTheme(target.theme_id);
    else ws.Changed();
}

void DrawReviewState(AppState& state, Workspace& ws, const Shown& shown) {
    CoreReviewUiState& ui = state.core_review;
    const MinutesReview& r = shown.hearing->minutes.review;
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("core_review.review_state").c_str());
    ImGui::PopFont();
    ImGui::TextColored(StateColor(r.state), "%s", StateLabel(r.state).c_str());
    if (r.state == ReviewState::Approved)
        ImGui::TextWrapped("%s", FillPlaceholders(Tr("core_review.approved_by"), {r.approved_by, FormatWhen(r.approved_at_ms)}).c_str());
    if (r.state == ReviewState::Approved && !r.approve_reason.empty()) {
        bool unmerged = r.unresolved_at_approval == 0; // a reason with nothing unresolved: never merged
        std::string line = unmerged ? FillPlaceholders(Tr("core_review.approved_unmerged"), {r.approve_reason})
                                    : FillPlaceholders(Tr("core_review.approved_anyway"),
                                                       {std::to_string(r.unresolved_at_approval), r.approve_reason});
        ImGui::TextColored(kAmber, "%s", line.c_str());
    }
    if (ui.approver.empty()) ui.approver = state.user_name;
    // Who speaks for the core group: typed, or picked from the plan's core-group members.
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::InputTextWithHint("##approver", Tr("core_review.your_name").c_str(), &ui.approver);
    ProbeItem("core_review.approver");
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    if (ImGui::BeginCombo("##members_pick", "", ImGuiComboFlags_NoPreview | ImGuiComboFlags_PopupAlignLeft)) {
        if (shown.group->members.empty()) ImGui::TextDisabled("%s", Tr("core_review.no_members").c_str());
        for (const CoreMember& m : shown.group->members) {
            std::string role_key = "review.role." + m.role;
            std::string label = m.name + " (" + (GlobalTranslator().Has(role_key) ? Tr(role_key) : m.role) + ")";
            ImGui::PushID(static_cast<int>(m.id));
            if (ImGui::Selectable(label.c_str(), ui.approver == m.name)) ui.approver = m.name;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    DrawApprovalActions(state, ws, shown);
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
    WrappedDisabled(c.author + " · " + FormatWhen(c.created_at_ms));
    bool resolved = c.resolved;
    if (ImGui::Checkbox(Tr("core_review.resolved").c_str(), &resolved)) {
        RunAction(state, [&] {
            ReviewStore(ws.Store()).ResolveComment(c.id, resolved, state.core_review.approver, state.now_ms);
            ChangedTarget(ws, c.target);
        });
    }
    ProbeItem("core_review.resolve_" + std::to_string(c.id));
    ImGui::Separator();
    ImGui::PopID();
}

void DrawComments(AppState& state, Workspace& ws, const Shown& shown) {
    CoreReviewUiState& ui = state.core_review;
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("core_review.comments").c_str());
    ImGui::PopFont();
    // The checkbox goes under the title when the side panel is too narrow for both (1280x720).
    const std::string& show = Tr("core_review.show_resolved");
    SameLineOrWrap(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(show.c_str()).x);
    ImGui::Checkbox(show.c_str(), &ui.show_resolved);
    if (ui.target_kind.empty()) {
        ImGui::TextWrapped("%s", Tr("core_review.pick_target").c_str());
        const char* kind = ui.tab == 0 ? "entry" : "objective";
        for (const ReviewComment& c : shown.Comments(kind))
            if (c.target.kind == kind && (ui.show_resolved || !c.resolved)) DrawComment(state, ws, c);
        return;
    }
    ImGui::TextColored(kAmber, "%s", ui.target_label.c_str());
    for (const ReviewComment& c : shown.Comments(ui.target_kind))
        if (c.target.kind == ui.target_kind && c.target.ref == ui.target_ref && (ui.show_resolved || !c.resolved))
            DrawComment(state, ws, c);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextMultiline("##comment", &ui.comment_text, ImVec2(-1, ImGui::GetTextLineHeight() * 3.5f));
    ProbeItem("core_review.comment_text");
    ImGui::BeginDisabled(Trim(ui.comment_text).empty());
    if (ImGui::Button(Tr("core_review.add_comment").c_str())) {
        ReviewTarget target{ui.target_kind, ui.target_ref, ui.target_kind == "entry" ? shown.hearing_id : 0,
                            ui.target_theme_id};
        if (RunAction(state, [&] {
                ReviewStore(ws.Store()).AddComment(target, ui.approver, ui.comment_text, state.now_ms);
                ChangedTarget(ws, target);
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

std::string ActionFieldLabel(const std::string& key) {
    if (key == "owner") return Tr("actions.field.owner");
    std::string k = "lifecycle.field." + key;
    return GlobalTranslator().Has(k) ? Tr(k) : key;
}

std::string ActionFieldValue(const std::string& key, const std::string& value) {
    if (value.empty()) return "—";
    if (key == "status" && GlobalTranslator().Has("actions.status." + value)) return Tr("actions.status." + value);
    if (key == "quick_win") return Tr("actions.quick_win_tag");
    return value;
}

// An action's record lists every field; show its description and, for an edit, only what changed
// ("status: gepland → lopend"), so a year's follow-up reads as a list of changes.
void DrawActionAudit(const AuditEntry& e) {
    std::string description = ActionAuditDescription(e.after.empty() ? e.before : e.after);
    ImGui::TextWrapped("%s", description.c_str());
    if (e.what != "action_edited") return;
    for (const ActionAuditField& f : DiffActionAudit(e.before, e.after)) {
        if (f.key == "description") continue; // the new one is shown above
        std::string line = ActionFieldLabel(f.key) + ": " + ActionFieldValue(f.key, f.before) + " → " +
                           ActionFieldValue(f.key, f.after);
        WrappedDisabled(line);
    }
}

void DrawAudit(const std::vector<AuditEntry>& audit) {
    if (!ImGui::CollapsingHeader(FillPlaceholders(Tr("core_review.audit"), {std::to_string(audit.size())}).c_str(),
                                 ImGuiTreeNodeFlags_DefaultOpen))
        return;
    if (audit.empty()) ImGui::TextDisabled("%s", Tr("core_review.audit_empty").c_str());
    for (auto it = audit.rbegin(); it != audit.rend(); ++it) {
        const AuditEntry& e = *it;
        ImGui::TextColored(kAmber, "%s", AuditWhat(e).c_str());
        WrappedDisabled((e.who.empty() ? std::string("?") : e.who) + " · " + FormatWhen(e.at_ms));
        if (e.what.rfind("action_", 0) == 0) {
            DrawActionAudit(e);
            ImGui::Separator();
            continue;
        }
        bool state_change = e.what == "state_changed";
        std::string before = state_change ? StateLabel(ReviewStateFromKey(e.before).value_or(ReviewState::Draft)) : e.before;
        std::string after = state_change ? StateLabel(ReviewStateFromKey(e.after).value_or(ReviewState::Draft)) : e.after;
        if (!before.empty()) ImGui::TextWrapped("- %s", before.c_str());
        if (!after.empty()) ImGui::TextWrapped("+ %s", after.c_str());
        if (!e.reason.empty()) ImGui::TextWrapped("%s", FillPlaceholders(Tr("core_review.audit_reason"), {e.reason}).c_str());
        ImGui::Separator();
    }
}

} // namespace hd::core_review
