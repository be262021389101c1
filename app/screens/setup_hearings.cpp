// Hearings tab of the Setup screen.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <functional>

#include "app/app_state.h"
#include "app/screens/live_panel.h"
#include "app/screens/setup_fields.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"

namespace hd::setup {
namespace {
// [SECTION] Hearings tab
const std::string& HearingStatusLabel(HearingStatus s) { return Tr("setup.hearing_status." + std::string(ToKey(s))); }

bool ThemeCombo(const char* id, const PlanData& data, int64_t& theme_id, float width = -FLT_MIN) {
    std::string current;
    for (const Theme& t : data.themes)
        if (t.id == theme_id) current = t.title;
    bool changed = false;
    ImGui::SetNextItemWidth(width);
    if (!ImGui::BeginCombo(id, current.c_str())) return false;
    for (const Theme& t : data.themes) {
        ImGui::PushID(static_cast<int>(t.id));
        if (ImGui::Selectable(t.title.c_str(), t.id == theme_id)) {
            theme_id = t.id;
            changed = true;
        }
        ImGui::PopID();
    }
    ImGui::EndCombo();
    return changed;
}

void DrawHearingStatus(AppState& state, Workspace& ws, const Hearing& h) {
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (!ImGui::BeginCombo("##status", HearingStatusLabel(h.status).c_str())) return;
    for (HearingStatus s : {HearingStatus::Planned, HearingStatus::Running, HearingStatus::Closed}) {
        if (!ImGui::Selectable(HearingStatusLabel(s).c_str(), s == h.status)) continue;
        SaveHearing(state, ws, h.id, [&](Hearing& x) {
            x.status = s;
            // A closed hearing's clock must not keep counting.
            if (s == HearingStatus::Closed && x.clock_started_wall_ms > 0) {
                x.clock_accumulated_ms = PlanStore::ClockOffsetMs(x, state.now_ms);
                x.clock_started_wall_ms = 0;
            }
        });
    }
    ImGui::EndCombo();
}

void DrawHearingTexts(AppState& state, Workspace& ws, const Hearing& h) {
    SetupUiState& ui = state.setup;
    std::string text;
    ImGui::TableNextColumn();
    if (EditText(ui, {"##date", Hint("setup.date_hint")}, h.date, text))
        SaveHearing(state, ws, h.id, [&](Hearing& x) {
            RequireDate(text, "setup.col.date");
            x.date = text;
        });
    ProbeItem("setup.hearing.date." + std::to_string(h.id));
    ImGui::TableNextColumn();
    if (EditText(ui, {"##location"}, h.location, text)) SaveHearing(state, ws, h.id, [&](Hearing& x) { x.location = text; });
    ImGui::TableNextColumn();
    if (EditText(ui, {"##moderator"}, h.moderator, text)) SaveHearing(state, ws, h.id, [&](Hearing& x) { x.moderator = text; });
    ImGui::TableNextColumn();
    DrawHearingStatus(state, ws, h);
    ImGui::TableNextColumn();
    if (EditText(ui, {"##rep_a"}, h.reporter_a, text)) SaveHearing(state, ws, h.id, [&](Hearing& x) { x.reporter_a = text; });
    ImGui::TableNextColumn();
    if (EditText(ui, {"##rep_b"}, h.reporter_b, text)) SaveHearing(state, ws, h.id, [&](Hearing& x) { x.reporter_b = text; });
}

void DrawHearingRow(AppState& state, Workspace& ws, const PlanData& data, const Hearing& h, int index) {
    ImGui::PushID(static_cast<int>(h.id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string number = std::to_string(index + 1);
    ImGui::AlignTextToFramePadding();
    if (ImGui::Selectable(number.c_str(), state.hearing_id == h.id, kRowSelect)) {
        state.hearing_id = h.id;
        state.theme_id = h.theme_id;
    }
    ProbeItem("setup.hearing." + std::to_string(index) + ".select");
    ImGui::TableNextColumn();
    int64_t theme_id = h.theme_id;
    if (ThemeCombo("##theme", data, theme_id)) SaveHearing(state, ws, h.id, [&](Hearing& x) { x.theme_id = theme_id; });
    DrawHearingTexts(state, ws, h);
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d", static_cast<int>(h.participant_ids.size()));
    ImGui::PopID();
}

void AddHearing(AppState& state, Workspace& ws) {
    SetupUiState& ui = state.setup;
    Hearing h;
    h.theme_id = ui.new_hearing_theme_id;
    h.date = ui.new_hearing_date;
    bool ok = RunAction(state, [&] {
        RequireDate(h.date, "setup.col.date");
        state.hearing_id = ws.Store().AddHearing(h);
        state.theme_id = h.theme_id;
        ws.Changed();
    });
    if (ok) ui.new_hearing_date.clear();
}

void DrawAddHearing(AppState& state, Workspace& ws, const PlanData& data) {
    SetupUiState& ui = state.setup;
    if (ui.new_hearing_theme_id == 0 && !data.themes.empty()) ui.new_hearing_theme_id = data.themes.front().id;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(Tr("setup.new_hearing").c_str());
    ImGui::SameLine();
    ThemeCombo("##new_theme", data, ui.new_hearing_theme_id, 360);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(150);
    ImGui::InputTextWithHint("##new_date", Hint("setup.date_hint"), &ui.new_hearing_date);
    ProbeItem("setup.new_hearing_date");
    ImGui::SameLine();
    ImGui::BeginDisabled(data.themes.empty());
    if (ImGui::Button(Tr("setup.add_hearing").c_str())) AddHearing(state, ws);
    ProbeItem("setup.add_hearing");
    ImGui::EndDisabled();
}

// [SECTION] Presence checklist of the selected hearing
void TogglePresent(AppState& state, Workspace& ws, int64_t hearing_id, int64_t participant_id, bool present) {
    SaveHearing(state, ws, hearing_id, [&](Hearing& x) {
        std::erase(x.participant_ids, participant_id);
        if (present) x.participant_ids.push_back(participant_id);
    });
}

void DrawPresence(AppState& state, Workspace& ws, const PlanData& data, const Hearing& h) {
    const Theme* theme = ws.FindTheme(h.theme_id);
    ImGui::PushFont(Fonts().bold);
    ImGui::Text("%s: %s · %s (%d)", Tr("setup.present_at").c_str(), theme ? theme->title.c_str() : "?", h.date.c_str(),
                static_cast<int>(h.participant_ids.size()));
    ImGui::PopFont();
    if (!ImGui::BeginTable("##presence", 2, ImGuiTableFlags_SizingStretchSame)) return;
    for (const Participant& p : data.participants) {
        ImGui::TableNextColumn();
        bool present = std::find(h.participant_ids.begin(), h.participant_ids.end(), p.id) != h.participant_ids.end();
        std::string label = ws.SpeakerLabel(p.id);
        if (!p.organisation.empty()) label += " · " + p.organisation;
        label += "##p" + std::to_string(p.id);
        if (ImGui::Checkbox(label.c_str(), &present)) TogglePresent(state, ws, h.id, p.id, present);
        ProbeItem("setup.present." + std::to_string(p.id));
    }
    ImGui::EndTable();
}

} // namespace

void DrawHearingsTab(AppState& state, Workspace& ws, const PlanData& data) {
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter;
    if (ImGui::BeginTable("##hearings", 9, flags)) {
        ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, 30);
        ImGui::TableSetupColumn(Tr("setup.col.theme").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.2f);
        ImGui::TableSetupColumn(Tr("setup.col.date").c_str(), ImGuiTableColumnFlags_WidthFixed, 120);
        ImGui::TableSetupColumn(Tr("setup.col.location").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableSetupColumn(Tr("setup.col.moderator").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(Tr("setup.col.status").c_str(), ImGuiTableColumnFlags_WidthFixed, 130);
        ImGui::TableSetupColumn(Tr("setup.col.reporter_a").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(Tr("setup.col.reporter_b").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(Tr("setup.col.present").c_str(), ImGuiTableColumnFlags_WidthFixed, 90);
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < data.hearings.size(); ++i)
            DrawHearingRow(state, ws, data, data.hearings[i], static_cast<int>(i));
        ImGui::EndTable();
    }
    DrawAddHearing(state, ws, data);
    ImGui::Separator();
    for (const Hearing& h : data.hearings)
        if (h.id == state.hearing_id) DrawPresence(state, ws, data, h);
    ImGui::Separator();
    DrawLiveHostPanel(state, ws); // the facilitator starts the live link for the selected hearing here
}

} // namespace hd::setup
