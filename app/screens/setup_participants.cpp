// Participants tab of the Setup screen.
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
// [SECTION] Participants tab
bool IsKnownDiscipline(const std::string& d) {
    return std::any_of(std::begin(kKnownDisciplines), std::end(kKnownDisciplines), [&](std::string_view k) { return k == d; });
}

std::string AsciiLower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Free text that names a known discipline (its key or its label in the UI language) becomes that key,
// so "Politie" typed by hand is counted with the police in the projection's chart.
std::string DisciplineFromText(const std::string& text) {
    std::string lower = AsciiLower(text);
    for (std::string_view key : kKnownDisciplines) {
        std::string k(key), label_key = "discipline." + k;
        if (lower == k || lower == AsciiLower(Tr(label_key))) return k;
    }
    return text;
}

bool DisciplineCombo(const char* id, std::string& discipline) {
    bool changed = false;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (!ImGui::BeginCombo(id, DisciplineLabel(discipline).c_str())) return false;
    for (std::string_view key : kKnownDisciplines) {
        std::string k(key);
        if (ImGui::Selectable(DisciplineLabel(k).c_str(), k == discipline)) {
            discipline = k;
            changed = true;
        }
    }
    ImGui::EndCombo();
    return changed;
}

void DrawParticipantRow(AppState& state, Workspace& ws, const Participant& p, int index) {
    SetupUiState& ui = state.setup;
    ImGui::PushID(static_cast<int>(p.id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d", index + 1);
    std::string text;
    ImGui::TableNextColumn();
    if (EditText(ui, {"##name", Hint("setup.anonymous")}, p.name, text))
        SaveParticipant(state, ws, p.id, [&](Participant& x) { x.name = text; });
    ProbeItem("setup.participant." + std::to_string(index) + ".name");
    ImGui::TableNextColumn();
    if (EditText(ui, {"##org"}, p.organisation, text))
        SaveParticipant(state, ws, p.id, [&](Participant& x) { x.organisation = text; });
    ImGui::TableNextColumn();
    std::string discipline = p.discipline;
    if (DisciplineCombo("##discipline", discipline))
        SaveParticipant(state, ws, p.id, [&](Participant& x) { x.discipline = discipline; });
    ImGui::TableNextColumn();
    std::string free_text = IsKnownDiscipline(p.discipline) ? std::string() : p.discipline;
    if (EditText(ui, {"##free", Hint("setup.discipline_other_hint")}, free_text, text))
        SaveParticipant(state, ws, p.id, [&](Participant& x) { x.discipline = DisciplineFromText(text); });
    ImGui::TableNextColumn();
    bool consent = p.consent_named;
    if (ImGui::Checkbox("##consent", &consent))
        SaveParticipant(state, ws, p.id, [&](Participant& x) { x.consent_named = consent; });
    ProbeItem("setup.participant." + std::to_string(index) + ".consent");
    ImGui::PopID();
}

void AddParticipant(AppState& state, Workspace& ws) {
    Participant& np = state.setup.new_participant;
    if (np.name.empty() && np.discipline.empty() && np.organisation.empty()) return;
    np.discipline = DisciplineFromText(np.discipline);
    if (RunAction(state, [&] { ws.Store().AddParticipant(np); ws.Changed(); })) np = Participant{};
}

void DrawAddParticipantRow(AppState& state, Workspace& ws) {
    Participant& np = state.setup.new_participant;
    ImGui::PushID("new_participant");
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("+");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##name", Hint("setup.new_participant_hint"), &np.name);
    ProbeItem("setup.new_participant.name");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##org", Hint("setup.col.organisation"), &np.organisation);
    ProbeItem("setup.new_participant.organisation");
    ImGui::TableNextColumn();
    DisciplineCombo("##discipline", np.discipline);
    ProbeItem("setup.new_participant.discipline");
    ImGui::TableNextColumn();
    std::string free_text = IsKnownDiscipline(np.discipline) ? std::string() : np.discipline;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputTextWithHint("##free", Hint("setup.discipline_free_hint"), &free_text)) np.discipline = free_text;
    ProbeItem("setup.new_participant.free");
    ImGui::TableNextColumn();
    ImGui::Checkbox("##consent", &np.consent_named);
    ProbeItem("setup.new_participant.consent");
    ImGui::SameLine();
    bool empty = np.name.empty() && np.discipline.empty() && np.organisation.empty();
    ImGui::BeginDisabled(empty);
    if (ImGui::Button(Tr("setup.add_participant").c_str())) AddParticipant(state, ws);
    ProbeItem("setup.add_participant");
    ImGui::EndDisabled();
    ImGui::PopID();
}

} // namespace

void DrawParticipantsTab(AppState& state, Workspace& ws, const PlanData& data) {
    ImGui::TextDisabled("%s", Tr("setup.participants_help").c_str());
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter;
    if (!ImGui::BeginTable("##participants", 6, flags)) return;
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, 30);
    ImGui::TableSetupColumn(Tr("setup.col.name").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(Tr("setup.col.organisation").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(Tr("setup.col.discipline").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(Tr("setup.col.discipline_free").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(Tr("setup.col.consent").c_str(), ImGuiTableColumnFlags_WidthFixed, 230);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < data.participants.size(); ++i)
        DrawParticipantRow(state, ws, data.participants[i], static_cast<int>(i));
    DrawAddParticipantRow(state, ws);
    ImGui::EndTable();
}

} // namespace hd::setup
