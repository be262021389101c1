// [SECTION] index: domains / source picker / one item / one quadrant / DrawSwotTab
// SWOT tab of the Plan cycle screen (issue 13, point 3): per domain four lists (strengths,
// weaknesses, opportunities, threats). Keyboard first: Enter in a quadrant's add field stores the item
// and keeps the cursor there for the next; in an item's field Ctrl+Up/Down moves it and Ctrl+Delete
// removes it. "Source" picks a contribution, indicator, priority or document from lists.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <GLFW/glfw3.h>

#include "app/app_state.h"
#include "app/screens/lifecycle_parts.h"
#include "app/screens/setup_fields.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/i18n.h"
#include "core/base/utf8.h"
#include "core/lifecycle/swot_citations.h"
#include "core/store/swot_store.h"

namespace hd::lifecycle {
namespace {
// Quadrant colours on the dark theme: strengths and opportunities green/blue, weaknesses and threats warm.
const ImVec4 kQuadrantColor[] = {{0.45f, 0.80f, 0.50f, 1.0f}, {0.95f, 0.65f, 0.35f, 1.0f},
                                 {0.45f, 0.70f, 0.95f, 1.0f}, {0.95f, 0.45f, 0.45f, 1.0f}};
constexpr const char* kPickerPopup = "##swot_source";

std::string Key(SwotQuadrant q) { return std::string(ToKey(q)); }

// Runs a store change and re-reads the screen on success.
void Change(AppState& state, Workspace& ws, const std::function<void(SwotStore&)>& change) {
    RunAction(state, [&] {
        SwotStore store(ws.Store());
        change(store);
        ws.Changed();
    });
}

// [SECTION] Domains
void DrawDomains(AppState& state, const PlanData& data, const PlanCycleView& cycle) {
    LifecycleUiState& ui = state.lifecycle;
    SectionTitle("swot.domains");
    for (const Theme& t : data.themes) {
        size_t n = 0;
        for (const SwotItem& i : cycle.swot) n += i.theme_id == t.id;
        std::string label = t.title + " (" + std::to_string(n) + ")##d" + std::to_string(t.id);
        if (ImGui::Selectable(label.c_str(), ui.swot_theme == t.id)) ui.swot_theme = t.id;
        ProbeItem("swot.theme." + std::to_string(t.id));
    }
}

// [SECTION] Source picker: kind, filter, list; Enter takes the first match
void OpenPicker(AppState& state, const SwotItem& item) {
    LifecycleUiState& ui = state.lifecycle;
    ui.swot_citing = item.id;
    ui.swot_cite_filter.clear();
    if (item.cite.kind != SwotCiteKind::None) ui.swot_cite_kind = item.cite.kind;
    ImGui::OpenPopup(kPickerPopup);
}

void DrawPicker(AppState& state, Workspace& ws, const SwotItem& item) {
    LifecycleUiState& ui = state.lifecycle;
    ImGui::SetNextWindowSize(ImVec2(std::min(ImGui::GetIO().DisplaySize.x * 0.6f, 900.0f), 0));
    if (!ImGui::BeginPopup(kPickerPopup)) return;
    // The workspace's, kept until the plan changes; held while the picker draws (a pick writes).
    std::shared_ptr<const SwotCitationChoices> taken;
    if (!RunAction(state, [&] { taken = ws.SwotChoices(item.theme_id); })) taken = std::make_shared<const SwotCitationChoices>();
    const SwotCitationChoices& choices_of = *taken;
    ImGui::TextWrapped("%s", FillPlaceholders(Tr("swot.pick_source"), {item.text}).c_str());
    for (SwotCiteKind k : kAllSwotCiteKinds) {
        ImGui::SameLine();
        if (k == kAllSwotCiteKinds[0]) ImGui::NewLine();
        std::string label = Tr("swot.cite." + std::string(ToKey(k))) + " (" + std::to_string(choices_of.Of(k).size()) + ")";
        if (ImGui::RadioButton(label.c_str(), ui.swot_cite_kind == k)) ui.swot_cite_kind = k;
        ProbeItem("swot.cite_kind." + std::string(ToKey(k)));
    }
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-FLT_MIN);
    bool enter = ImGui::InputTextWithHint("##filter", Tr("swot.filter_hint").c_str(), &ui.swot_cite_filter,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    ProbeItem("swot.cite_filter");
    std::string filter = FoldForMatch(ui.swot_cite_filter);
    const std::vector<SwotCitation>& choices = choices_of.Of(ui.swot_cite_kind);
    ImGui::BeginChild("##choices", ImVec2(0, 260), true);
    const SwotCitation* picked = nullptr;
    int shown = 0;
    for (const SwotCitation& c : choices) {
        if (!filter.empty() && FoldForMatch(c.label).find(filter) == std::string::npos) continue;
        if (enter && !picked) picked = &c;
        std::string label = c.label + "##c" + std::to_string(c.ref);
        if (ImGui::Selectable(label.c_str(), item.cite.kind == c.kind && item.cite.ref == c.ref)) picked = &c;
        ProbeItem("swot.choice." + std::to_string(shown++));
    }
    if (choices.empty()) ImGui::TextDisabled("%s", Tr("swot.no_choices").c_str());
    ImGui::EndChild();
    if (picked) {
        SwotCitation c = *picked;
        Change(state, ws, [&](SwotStore& s) { s.SetCitation(item.id, c); });
        ui.swot_citing = 0;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// [SECTION] One item: move, text, source, delete
void ItemKeys(AppState& state, Workspace& ws, const SwotItem& item) {
    ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || !ImGui::IsItemActive()) return;
    int delta = ImGui::IsKeyPressed(GLFW_KEY_UP) ? -1 : ImGui::IsKeyPressed(GLFW_KEY_DOWN) ? 1 : 0;
    if (delta) {
        Change(state, ws, [&](SwotStore& s) { s.Move(item.id, delta); });
        state.lifecycle.swot_focus_item = item.id;
    }
    if (ImGui::IsKeyPressed(GLFW_KEY_DELETE)) Change(state, ws, [&](SwotStore& s) { s.Delete(item.id); });
}

void DrawCitation(AppState& state, Workspace& ws, const SwotItem& item) {
    if (item.cite.kind == SwotCiteKind::None) return;
    ImGui::Indent(28);
    std::string text = "→ " + Tr("swot.cite." + std::string(ToKey(item.cite.kind))) + ": " + item.cite.label;
    if (item.cite_missing) text += " (" + Tr("swot.source_missing") + ")";
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - 30);
    ImGui::TextDisabled("%s", text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::SameLine();
    if (ImGui::SmallButton("×##uncite")) Change(state, ws, [&](SwotStore& s) { s.SetCitation(item.id, {}); });
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("swot.remove_source").c_str());
    ImGui::Unindent(28);
}

void DrawItem(AppState& state, Workspace& ws, const SwotItem& item, bool first, bool last) {
    LifecycleUiState& ui = state.lifecycle;
    ImGui::PushID(static_cast<int>(item.id));
    ImGui::BeginDisabled(first);
    if (ImGui::ArrowButton("##up", ImGuiDir_Up)) Change(state, ws, [&](SwotStore& s) { s.Move(item.id, -1); });
    ImGui::EndDisabled();
    ImGui::SameLine(0, 2);
    ImGui::BeginDisabled(last);
    if (ImGui::ArrowButton("##down", ImGuiDir_Down)) Change(state, ws, [&](SwotStore& s) { s.Move(item.id, 1); });
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::SmallButton("×")) Change(state, ws, [&](SwotStore& s) { s.Delete(item.id); });
    ProbeItem("swot.delete." + std::to_string(item.id));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("lifecycle.delete").c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(Tr("swot.source").c_str())) OpenPicker(state, item);
    ProbeItem("swot.source." + std::to_string(item.id));
    if (ui.swot_citing == item.id) DrawPicker(state, ws, item);
    ImGui::SameLine();
    // The text last: the field takes the rest of the line.
    if (ui.swot_focus_item == item.id) {
        ImGui::SetKeyboardFocusHere();
        ui.swot_focus_item = 0;
    }
    std::string text;
    if (setup::EditText(state.setup, {"##text"}, item.text, text))
        Change(state, ws, [&](SwotStore& s) { s.SetText(item.id, text); });
    ProbeItem("swot.item." + std::to_string(item.id));
    // On a narrow screen the field clips a long item: the whole text on hover.
    if (ImGui::IsItemHovered() && !ImGui::IsItemActive() &&
        ImGui::CalcTextSize(item.text.c_str()).x > ImGui::GetItemRectSize().x - 2 * ImGui::GetStyle().FramePadding.x) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
        ImGui::SetTooltip("%s", item.text.c_str());
        ImGui::PopTextWrapPos();
    }
    ItemKeys(state, ws, item);
    DrawCitation(state, ws, item);
    ImGui::PopID();
}

// [SECTION] One quadrant: heading, items, add field
void DrawQuadrant(AppState& state, Workspace& ws, const PlanCycleView& cycle, int64_t theme_id, SwotQuadrant q) {
    LifecycleUiState& ui = state.lifecycle;
    std::vector<const SwotItem*> items; // in `cycle`, held for the frame
    for (const SwotItem& i : cycle.swot)
        if (i.theme_id == theme_id && i.quadrant == q) items.push_back(&i);
    int qi = static_cast<int>(q);
    ImGui::PushID(qi);
    ImGui::PushFont(Fonts().bold);
    ImGui::TextColored(kQuadrantColor[qi], "%s (%zu)", Tr("swot.quadrants." + Key(q)).c_str(), items.size());
    ImGui::PopFont();
    ImGui::Separator();
    if (items.empty()) ImGui::TextDisabled("%s", Tr("swot.empty_quadrant").c_str());
    for (size_t i = 0; i < items.size(); ++i) DrawItem(state, ws, *items[i], i == 0, i + 1 == items.size());
    ImGui::SetNextItemWidth(-FLT_MIN);
    std::string& buffer = ui.swot_new[qi];
    bool enter = ImGui::InputTextWithHint("##add", Tr("swot.add_hint." + Key(q)).c_str(), &buffer,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    ProbeItem("swot.add." + Key(q));
    if (enter) {
        bool ok = RunAction(state, [&] {
            SwotStore(ws.Store()).Add(theme_id, q, buffer);
            ws.Changed();
        });
        if (ok) buffer.clear();
        ImGui::SetKeyboardFocusHere(-1); // keep typing the next item
    }
    ImGui::PopID();
}
} // namespace

// [SECTION] DrawSwotTab
void DrawSwotTab(AppState& state, Workspace& ws, const PlanCycleView& cycle) {
    LifecycleUiState& ui = state.lifecycle;
    const PlanData& data = ws.Data();
    if (data.themes.empty()) {
        ImGui::TextDisabled("%s", Tr("swot.no_domains").c_str());
        return;
    }
    const Theme* found = nullptr;
    for (const Theme& t : data.themes)
        if (t.id == ui.swot_theme) found = &t;
    if (!found) {
        found = &data.themes.front();
        ui.swot_theme = found->id;
    }
    // A copy: a change below makes the workspace read the plan data (and its themes) again.
    const Theme theme = *found;
    float left = std::max(200.0f, ImGui::GetContentRegionAvail().x * 0.17f);
    ImGui::BeginChild("##swot_domains", ImVec2(left, 0), true);
    DrawDomains(state, data, cycle);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##swot_body", ImVec2(0, 0), false);
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(FillPlaceholders(Tr("swot.title"), {theme.title}).c_str());
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", Tr("swot.help").c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::BeginTable("##swot_grid", 2, ImGuiTableFlags_BordersInner | ImGuiTableFlags_SizingStretchSame)) {
        for (SwotQuadrant q : kAllSwotQuadrants) {
            ImGui::TableNextColumn();
            DrawQuadrant(state, ws, cycle, theme.id, q);
            ImGui::Spacing();
        }
        ImGui::EndTable();
    }
    ImGui::EndChild();
}

} // namespace hd::lifecycle
