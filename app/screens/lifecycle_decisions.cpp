// [SECTION] index: decisions table / adopting / versions / changes and revisions / DrawDecisionsTab
// Decisions tab of the Plan cycle screen: the college, council committee and council decisions; an
// approving decision adopts the plan (a frozen, checksummed version); later changes are listed against
// the adopted version and recorded as a revision with a reason.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>

#include "app/app_state.h"
#include "app/screens/lifecycle_parts.h"
#include "app/screens/setup_fields.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/i18n.h"
#include "core/base/atomic_file.h"
#include "core/base/utf8.h"
#include "core/lifecycle/decisions.h"
#include "core/lifecycle/lifecycle_checks.h"
#include "core/lifecycle/lifecycle_export.h"

namespace hd::lifecycle {
namespace {
const ImVec4 kOk(0.20f, 0.62f, 0.30f, 1.0f);
const ImVec4 kBad(0.86f, 0.22f, 0.20f, 1.0f);

// [SECTION] Decisions table
void SaveDecision(AppState& state, Workspace& ws, int64_t id, const std::function<void(Decision&)>& change) {
    RunAction(state, [&] {
        DecisionStore ds(ws.Store());
        std::optional<Decision> d = ds.GetDecision(id);
        if (!d) return;
        change(*d);
        ds.UpdateDecision(*d);
        ws.Changed();
    });
}

const PlanVersion* AdoptedBy(const PlanCycleView& cycle, int64_t decision_id) {
    for (const PlanVersion& v : cycle.versions)
        if (v.kind == VersionKind::Adopted && v.decision_id == decision_id) return &v;
    return nullptr;
}

void DrawDecisionActions(AppState& state, const PlanCycleView& cycle, const Decision& d) {
    LifecycleUiState& ui = state.lifecycle;
    if (const PlanVersion* v = AdoptedBy(cycle, d.id)) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(kOk, "%s", FillPlaceholders(Tr("lifecycle.adopted_version"), {std::to_string(v->number)}).c_str());
        return;
    }
    if (CanAdopt(d.outcome)) {
        if (ImGui::Button(Tr("lifecycle.adopt").c_str())) ui.confirm_adopt_decision = d.id;
        ProbeItem("lifecycle.adopt." + std::to_string(d.id));
        ImGui::SameLine();
    }
    if (ImGui::Button(Tr("lifecycle.delete").c_str())) ui.confirm_delete_decision = d.id;
}

void DrawDecisionRow(AppState& state, Workspace& ws, const PlanCycleView& cycle, const Decision& d) {
    SetupUiState& fields = state.setup; // in-place field buffers, keyed by widget id
    ImGui::PushID(static_cast<int>(d.id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string text;
    if (setup::EditText(fields, {"##date", setup::Hint("setup.date_hint")}, d.date, text))
        SaveDecision(state, ws, d.id, [&](Decision& x) { x.date = text; });
    ImGui::TableNextColumn();
    DecisionBody body = d.body;
    if (KeyCombo("##body", "lifecycle.body.", kAllDecisionBodies, body, -FLT_MIN))
        SaveDecision(state, ws, d.id, [&](Decision& x) { x.body = body; });
    ImGui::TableNextColumn();
    DecisionOutcome outcome = d.outcome;
    if (KeyCombo("##outcome", "lifecycle.outcome.", kAllDecisionOutcomes, outcome, -FLT_MIN))
        SaveDecision(state, ws, d.id, [&](Decision& x) { x.outcome = outcome; });
    ImGui::TableNextColumn();
    if (setup::EditText(fields, {"##reference", setup::Hint("lifecycle.reference_hint")}, d.reference, text))
        SaveDecision(state, ws, d.id, [&](Decision& x) { x.reference = text; });
    ImGui::TableNextColumn();
    DrawDecisionActions(state, cycle, d);
    ImGui::PopID();
}

void AddDecision(AppState& state, Workspace& ws) {
    LifecycleUiState& ui = state.lifecycle;
    bool ok = RunAction(state, [&] {
        DecisionStore(ws.Store()).AddDecision(ui.new_decision, state.user_name);
        ws.Changed();
    });
    if (!ok) return; // the typed row stays, to correct and retry
    ui.new_decision.date.clear();
    ui.new_decision.reference.clear();
}

void DrawAddDecisionRow(AppState& state, Workspace& ws) {
    LifecycleUiState& ui = state.lifecycle;
    Decision& d = ui.new_decision;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    bool enter = ImGui::InputTextWithHint("##new_date", Tr("setup.date_hint").c_str(), &d.date,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    ProbeItem("lifecycle.new_decision_date");
    ImGui::TableNextColumn();
    KeyCombo("##new_body", "lifecycle.body.", kAllDecisionBodies, d.body, -FLT_MIN);
    ImGui::TableNextColumn();
    KeyCombo("##new_outcome", "lifecycle.outcome.", kAllDecisionOutcomes, d.outcome, -FLT_MIN);
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    enter |= ImGui::InputTextWithHint("##new_reference", Tr("lifecycle.reference_hint").c_str(), &d.reference,
                                      ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::TableNextColumn();
    if (ImGui::Button(Tr("lifecycle.record_decision").c_str()) || enter) AddDecision(state, ws);
    ProbeItem("lifecycle.record_decision");
}

void DrawDecisionsTable(AppState& state, Workspace& ws, const PlanCycleView& cycle) {
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter;
    if (!ImGui::BeginTable("##decisions", 5, flags)) return;
    ImGui::TableSetupColumn(Tr("lifecycle.col.date").c_str(), ImGuiTableColumnFlags_WidthFixed, 130);
    ImGui::TableSetupColumn(Tr("lifecycle.col.body").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(Tr("lifecycle.col.outcome").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(Tr("lifecycle.col.reference").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 300);
    ImGui::TableHeadersRow();
    // Saving makes the workspace read the list again; this frame draws the one it took.
    for (const Decision& d : cycle.decisions) DrawDecisionRow(state, ws, cycle, d);
    DrawAddDecisionRow(state, ws);
    ImGui::EndTable();
}

// [SECTION] Adopting (and deleting), confirmed in a modal
void DrawConfirmAdopt(AppState& state, Workspace& ws) {
    LifecycleUiState& ui = state.lifecycle;
    const char* id = "##confirm_adopt";
    if (ui.confirm_adopt_decision && !ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    ImGui::SetNextWindowSize(ImVec2(600, 0));
    if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(580);
    ImGui::TextUnformatted(Tr("lifecycle.adopt_confirm").c_str());
    ImGui::PopTextWrapPos();
    bool adopt = ImGui::Button(Tr("lifecycle.adopt").c_str(), ImVec2(160, 0)) ||
                 ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
    ImGui::SameLine();
    bool cancel = ImGui::Button(Tr("lifecycle.cancel").c_str(), ImVec2(160, 0)) ||
                  ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    if (adopt) {
        int64_t decision = ui.confirm_adopt_decision;
        if (RunAction(state, [&] { DecisionStore(ws.Store()).Adopt(decision, state.user_name); }))
            ShowToast(state, Tr("lifecycle.adopted_toast"));
        ws.Changed();
    }
    if (adopt || cancel) {
        ui.confirm_adopt_decision = 0;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void DrawConfirmDelete(AppState& state, Workspace& ws) {
    LifecycleUiState& ui = state.lifecycle;
    const char* id = "##confirm_delete_decision";
    if (ui.confirm_delete_decision && !ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted(Tr("lifecycle.delete_decision_confirm").c_str());
    bool yes = ImGui::Button(Tr("lifecycle.delete").c_str(), ImVec2(160, 0));
    ImGui::SameLine();
    bool no = ImGui::Button(Tr("lifecycle.cancel").c_str(), ImVec2(160, 0)) ||
              ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    if (yes) {
        int64_t decision = ui.confirm_delete_decision;
        RunAction(state, [&] { DecisionStore(ws.Store()).DeleteDecision(decision); });
        ws.Changed();
    }
    if (yes || no) {
        ui.confirm_delete_decision = 0;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// [SECTION] Versions
const ExportFormat kVersionFormats[] = {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Docx};

std::string VersionName(const PlanCycleView& cycle, const PlanVersion& v) {
    if (v.kind == VersionKind::Adopted) return FillPlaceholders(Tr("lifecycle.adopted_version"), {std::to_string(v.number)});
    int base = 0;
    for (const PlanVersion& a : cycle.versions)
        if (a.id == v.based_on) base = a.number;
    return FillPlaceholders(Tr("lifecycle.revision_name"), {std::to_string(v.number), std::to_string(base)});
}

std::string ExportPath(Workspace& ws, const PlanVersion& v, ExportFormat format) {
    std::filesystem::path plan(ws.Path());
    std::string name = plan.stem().string() + (v.kind == VersionKind::Adopted ? "-adopted-" : "-revision-") +
                       std::to_string(v.number) + "-id" + std::to_string(v.id) + std::string(FileExtension(format));
    return (plan.parent_path() / name).string();
}

void ExportVersion(AppState& state, Workspace& ws, const PlanVersion& v) {
    LifecycleUiState& ui = state.lifecycle;
    VersionExportRequest r;
    r.version_id = v.id;
    r.format = kVersionFormats[ui.export_format];
    r.language = GlobalTranslator().GetLanguage();
    std::string path = ExportPath(ws, v, r.format);
    if (!RunAction(state, [&] { WriteFileAtomically(path, ExportPlanVersion(ws.Store(), r)); })) return;
    ui.last_export_path = path;
    ShowToast(state, FillPlaceholders(Tr("lifecycle.exported"), {path}), 4000);
}

void DrawVersionRow(AppState& state, Workspace& ws, const PlanCycleView& cycle, const PlanVersion& v) {
    ImGui::PushID(static_cast<int>(v.id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(VersionName(cycle, v).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted((FormatWallTime(v.created_at_ms) + " UTC").c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(v.created_by.c_str());
    ImGui::TableNextColumn();
    ImGui::TextColored(v.verified ? kOk : kBad, "%s", Tr(v.verified ? "lifecycle.checksum_ok" : "lifecycle.checksum_bad").c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("SHA-256 %s", v.sha256.c_str());
    ImGui::TableNextColumn();
    ImGui::BeginDisabled(!v.verified);
    if (ImGui::Button(Tr("lifecycle.export").c_str())) ExportVersion(state, ws, v);
    ProbeItem("lifecycle.export." + std::to_string(v.id));
    ImGui::EndDisabled();
    ImGui::PopID();
}

void DrawVersions(AppState& state, Workspace& ws, const PlanCycleView& cycle) {
    LifecycleUiState& ui = state.lifecycle;
    SectionTitle("lifecycle.versions_title");
    if (cycle.versions.empty()) {
        ImGui::TextDisabled("%s", Tr("lifecycle.no_versions").c_str());
        return;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(Tr("lifecycle.export_as").c_str());
    ImGui::SameLine();
    const char* formats[] = {"Markdown", "HTML", "DOCX (Word)"};
    ImGui::SetNextItemWidth(170);
    ImGui::Combo("##version_format", &ui.export_format, formats, 3);
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter;
    if (!ImGui::BeginTable("##versions", 5, flags)) return;
    ImGui::TableSetupColumn(Tr("lifecycle.col.version").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn(Tr("lifecycle.col.frozen").c_str(), ImGuiTableColumnFlags_WidthFixed, 190);
    ImGui::TableSetupColumn(Tr("lifecycle.col.who").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(Tr("lifecycle.col.checksum").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("##export", ImGuiTableColumnFlags_WidthFixed, 130);
    ImGui::TableHeadersRow();
    for (const PlanVersion& v : cycle.versions) DrawVersionRow(state, ws, cycle, v);
    ImGui::EndTable();
}

// [SECTION] Changes and revisions
// Long texts (a "how" of many proposals) are cut in the table; the whole text is in the tooltip.
void ClippedText(const std::string& text) {
    constexpr size_t kShown = 160;
    if (text.size() <= kShown) {
        ImGui::TextWrapped("%s", text.c_str());
        return;
    }
    std::string cut(Utf8Prefix(text, kShown));
    ImGui::TextWrapped("%s…", cut.c_str());
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 35.0f);
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void DrawChangeRow(const PlanChange& c) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(Tr("lifecycle.change." + c.change).c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s: %s", Tr("lifecycle.kind." + c.target_kind).c_str(), c.label.c_str());
    ImGui::TableNextColumn();
    if (!c.field.empty()) ImGui::TextUnformatted(Tr("lifecycle.field." + c.field).c_str());
    ImGui::TableNextColumn();
    auto tr = [](std::string_view key) { return Tr(std::string(key)); };
    ClippedText(ChangeValueText(c.field, c.before, tr));
    ImGui::TableNextColumn();
    ClippedText(ChangeValueText(c.field, c.after, tr));
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", c.who.empty() ? "–" : c.who.c_str());
    if (c.at_ms) ImGui::TextDisabled("%s", FormatWallTime(c.at_ms).c_str());
}

void RecordRevision(AppState& state, Workspace& ws) {
    LifecycleUiState& ui = state.lifecycle;
    bool ok = RunAction(state, [&] { DecisionStore(ws.Store()).RecordRevision(ui.revision_reason, state.user_name); });
    ws.Changed();
    if (!ok) return;
    ui.revision_reason.clear();
    ShowToast(state, Tr("lifecycle.revision_toast"));
}

void DrawChanges(AppState& state, Workspace& ws, const PlanCycleView& cycle) {
    LifecycleUiState& ui = state.lifecycle;
    bool adopted = false;
    for (const PlanVersion& v : cycle.versions) adopted |= v.kind == VersionKind::Adopted;
    if (!adopted) return;
    SectionTitle("lifecycle.changes_title");
    if (cycle.changes_error) {
        ImGui::PushStyleColor(ImGuiCol_Text, kBad);
        ImGui::TextWrapped("%s", GlobalTranslator().Message(*cycle.changes_error).c_str());
        ImGui::PopStyleColor();
        return;
    }
    if (cycle.changes.empty()) {
        ImGui::TextDisabled("%s", Tr("lifecycle.no_changes").c_str());
        return;
    }
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter;
    if (ImGui::BeginTable("##changes", 6, flags)) {
        ImGui::TableSetupColumn(Tr("lifecycle.col.change").c_str(), ImGuiTableColumnFlags_WidthFixed, 110);
        ImGui::TableSetupColumn(Tr("lifecycle.col.item").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableSetupColumn(Tr("lifecycle.col.field").c_str(), ImGuiTableColumnFlags_WidthFixed, 130);
        ImGui::TableSetupColumn(Tr("lifecycle.col.before").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(Tr("lifecycle.col.after").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(Tr("lifecycle.col.who").c_str(), ImGuiTableColumnFlags_WidthFixed, 170);
        ImGui::TableHeadersRow();
        for (const PlanChange& c : cycle.changes) DrawChangeRow(c);
        ImGui::EndTable();
    }
    ImGui::SetNextItemWidth(std::max(200.0f, ImGui::GetContentRegionAvail().x - 260));
    bool enter = ImGui::InputTextWithHint("##reason", Tr("lifecycle.reason_hint").c_str(), &ui.revision_reason,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    ProbeItem("lifecycle.reason");
    ImGui::SameLine();
    if (ImGui::Button(Tr("lifecycle.record_revision").c_str()) || enter) RecordRevision(state, ws);
    ProbeItem("lifecycle.record_revision");
}
} // namespace

// [SECTION] DrawDecisionsTab
void DrawDecisionsTab(AppState& state, Workspace& ws, const PlanCycleView& cycle) {
    SectionTitle("lifecycle.decisions_title");
    ImGui::TextDisabled("%s", Tr("lifecycle.decisions_help").c_str());
    DrawDecisionsTable(state, ws, cycle);
    DrawVersions(state, ws, cycle);
    DrawChanges(state, ws, cycle);
    DrawConfirmAdopt(state, ws);
    DrawConfirmDelete(state, ws);
}

} // namespace hd::lifecycle
