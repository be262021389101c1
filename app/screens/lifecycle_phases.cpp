// [SECTION] index: links / one phase / DrawPhasesTab
// Phases tab of the Plan cycle screen (issue 13, point 7): the seeds' phases in order, each with
// what it produced (counts) as links to the screen or tab where that lives.
#include <imgui.h>

#include "app/app_state.h"
#include "app/screens/lifecycle_parts.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/i18n.h"
#include "core/lifecycle/phase_outputs.h"

namespace hd::lifecycle {
namespace {
const ImVec4 kDone(0.45f, 0.80f, 0.50f, 1.0f);
const ImVec4 kActive(0.95f, 0.75f, 0.35f, 1.0f);

// [SECTION] Links: "screen:KEY" switches screen, "cycle:TAB" switches this screen's tab.
void FollowLink(AppState& state, const std::string& link) {
    size_t colon = link.find(':');
    std::string kind = link.substr(0, colon), target = link.substr(colon + 1);
    if (kind == "cycle") {
        state.lifecycle.open_tab = TabIndex(target);
        return;
    }
    Screen screen;
    if (kind == "screen" && ScreenFromKey(target, screen)) state.screen = screen;
}

std::string PhaseTitle(const Phase& p) {
    return p.title.empty() || p.title == p.key ? Tr("export.phase_key." + p.key) : p.title;
}

// [SECTION] One phase
void DrawPhase(AppState& state, const PhaseOutput& out, size_t index) {
    const Phase& p = out.phase;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushFont(Fonts().bold);
    ImGui::TextWrapped("%zu. %s", index + 1, PhaseTitle(p).c_str());
    ImGui::PopFont();
    ImGui::TableNextColumn();
    if (!p.start_date.empty() || !p.end_date.empty()) ImGui::TextWrapped("%s – %s", p.start_date.c_str(), p.end_date.c_str());
    ImGui::TableNextColumn();
    std::string status = Tr("export.phase_status." + std::string(ToKey(p.status)));
    if (p.status == PhaseStatus::Done) ImGui::TextColored(kDone, "%s", status.c_str());
    else if (p.status == PhaseStatus::Active) ImGui::TextColored(kActive, "%s", status.c_str());
    else ImGui::TextDisabled("%s", status.c_str());
    ImGui::TableNextColumn();
    if (out.counts.empty()) ImGui::TextDisabled("%s", Tr("phases.unknown_phase").c_str());
    for (size_t i = 0; i < out.counts.size(); ++i) {
        const PhaseCount& c = out.counts[i];
        // "1 vastgestelde versie", not "1 vastgestelde versies": KEY.one for exactly one.
        std::string key = c.count == 1 && GlobalTranslator().Has(c.key + ".one") ? c.key + ".one" : c.key;
        std::string label = FillPlaceholders(Tr(key), {std::to_string(c.count)}) + "  →##" + std::to_string(i);
        float width = ImGui::CalcTextSize(label.c_str(), nullptr, true).x;
        // The next link on this line when it fits the column, else on the next line: never cut off.
        if (i > 0) SameLineOrWrap(width + ImGui::GetStyle().ItemSpacing.x);
        ImGui::PushID(static_cast<int>(index));
        if (c.count == 0) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        if (ImGui::Selectable(label.c_str(), false, 0, ImVec2(width, 0)))
            FollowLink(state, c.link);
        if (c.count == 0) ImGui::PopStyleColor();
        ImGui::PopID();
        ProbeItem("phases.link." + p.key + "." + std::to_string(i));
    }
}
} // namespace

// [SECTION] DrawPhasesTab
void DrawPhasesTab(AppState& state, Workspace& ws, const PlanCycleView&) {
    // Held for the frame; the workspace reads them again after a write (a failed read is said once).
    std::shared_ptr<const std::vector<PhaseOutput>> taken;
    if (!RunAction(state, [&] { taken = ws.Phases(); })) taken = std::make_shared<const std::vector<PhaseOutput>>();
    const std::vector<PhaseOutput>& phases = *taken;
    SectionTitle("phases.title");
    ImGui::TextDisabled("%s", Tr("phases.help").c_str());
    if (phases.empty()) {
        ImGui::TextDisabled("%s", Tr("phases.no_phases").c_str());
        return;
    }
    if (!ImGui::BeginTable("##phases", 4, kTableFlags)) return;
    ImGui::TableSetupColumn(Tr("phases.col.phase").c_str(), ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn(Tr("phases.col.when").c_str(), ImGuiTableColumnFlags_WidthFixed, 230);
    ImGui::TableSetupColumn(Tr("phases.col.status").c_str(), ImGuiTableColumnFlags_WidthFixed, 100);
    ImGui::TableSetupColumn(Tr("phases.col.produced").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.6f);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < phases.size(); ++i) DrawPhase(state, phases[i], i);
    ImGui::EndTable();
}

} // namespace hd::lifecycle
