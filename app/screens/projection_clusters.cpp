// [SECTION] index: fonts / counting (by the workspace) / drawing / DrawProjectionClusters
// "What we heard so far", grouped: below the discipline chart of the projection, the theme's clusters
// (as the core group shaped them on the board) with how many contributions of the running hearing fall
// in each, largest first. A note typed during the hearing is counted in its nearest cluster at once
// (ThemeClusterModel::Assign, well under a millisecond); nothing is clustered here. Without a
// clustering of the theme the panel only says where groups come from.
#include "app/screens/projection_clusters.h"

#include <imgui.h>

#include <algorithm>
#include <map>

#include "app/app_state.h"
#include "app/ui_probe.h"
#include "app/screens/projector_style.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/cluster/cluster_store.h"
#include "core/cluster/contribution.h"
#include "core/base/i18n.h"
#include "core/merge/merge_store.h"
#include "core/text/text_analysis.h"
#include "core/base/utf8.h"

namespace hd {

namespace {
using namespace projector;

// [SECTION] Fonts (same look as the rest of the projection: white on black, sizes scale with + and -)
constexpr ImU32 kGroupBar = IM_COL32(40, 52, 78, 255);

class GroupFont : public FontAtSize {
public:
    GroupFont(const AppState& state, float base)
        : FontAtSize(CrispProjectionFont(base * state.projection.view_scale), base * state.projection.view_scale) {}
};

// [SECTION] Counting (by the workspace: the live grouping model is core/workspace/room_view.h)
const LiveGroups& Groups(AppState&, Workspace& ws, const Hearing& h) { return ws.Groups(h.id); }

// [SECTION] Drawing
// A name cut to `room` pixels with "..." (whole UTF-8 characters only).
std::string CutToWidth(std::string text, float room) {
    if (ImGui::CalcTextSize(text.c_str()).x <= room) return text;
    size_t bytes = text.size();
    std::string cut;
    while (bytes > 1) {
        cut = std::string(Utf8Prefix(text, --bytes)) + "...";
        if (ImGui::CalcTextSize(cut.c_str()).x <= room) break;
    }
    return cut;
}

// One line per group: its count, then its name cut to the width (a group name never wraps, so the
// few groups shown keep their place). The group of the newest contribution is green.
void DrawGroup(AppState& state, const LiveGroup& g, int max_count, float count_w) {
    GroupFont font(state, 28);
    float line_h = ImGui::GetTextLineHeight();
    ImVec2 p = ImGui::GetCursorScreenPos();
    float avail = ImGui::GetContentRegionAvail().x;
    // A faint bar behind the row shows the group's share at a glance.
    float share = static_cast<float>(g.contributions) / static_cast<float>(std::max(1, max_count));
    ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + std::max(4.0f, avail * share), p.y + line_h), kGroupBar, 4.0f);
    std::string count = std::to_string(g.contributions);
    ImGui::SetCursorScreenPos(ImVec2(p.x + count_w - ImGui::CalcTextSize(count.c_str()).x - 8, p.y));
    ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
    ImGui::TextUnformatted(count.c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine(count_w + 8);
    std::string name = g.cluster_id == 0 ? Tr("projection.groups_ungrouped") : g.name;
    name = CutToWidth(name, ImGui::GetContentRegionAvail().x);
    ImGui::PushStyleColor(ImGuiCol_Text, g.latest ? kGreen : (g.cluster_id == 0 ? kMuted : kWhite));
    ImGui::TextUnformatted(name.c_str());
    ImGui::PopStyleColor();
    ProbeItem("projection.group." + std::to_string(g.cluster_id));
}

// When not even one group row fits (a small window, a large font), the groups still show: on one
// line in the smaller font, largest first, "11 winkeldiefstal in het centrum · 2 personeel ...".
// Saying only "+ 2 smaller groups" would hide every group while calling them smaller.
void DrawGroupsOnOneLine(AppState& state, const LiveGroups& ui) {
    GroupFont font(state, 24);
    std::string line;
    for (const auto& g : ui.groups) {
        if (!line.empty()) line += "  ·  ";
        line += std::to_string(g.contributions) + " " + (g.cluster_id == 0 ? Tr("projection.groups_ungrouped") : g.name);
    }
    TextIn(kWhite, CutToWidth(line, ImGui::GetContentRegionAvail().x));
    ProbeItem("projection.groups_line");
}

float RowHeight(const AppState& state, float base) {
    GroupFont font(state, base);
    return ImGui::GetTextLineHeightWithSpacing();
}

void DrawGroups(AppState& state, const LiveGroups& ui) {
    int max_count = 1;
    for (const auto& g : ui.groups) max_count = std::max(max_count, g.contributions);
    float count_w = 0;
    {
        GroupFont font(state, 28);
        count_w = ImGui::CalcTextSize(std::to_string(max_count).c_str()).x + 16;
    }
    float row_h = RowHeight(state, 28), more_h = RowHeight(state, 24);
    // Few and large: only the rows that fit, at most groups_shown, then how many more there are.
    float bottom = ImGui::GetWindowHeight();
    int shown = 0, total = static_cast<int>(ui.groups.size());
    for (const auto& g : ui.groups) {
        float reserve = shown + 1 < total ? more_h : 0.0f;
        if (shown >= state.projection.groups_shown || ImGui::GetCursorPosY() + row_h + reserve > bottom) break;
        DrawGroup(state, g, max_count, count_w);
        ++shown;
    }
    if (shown == 0 && total > 0) {
        DrawGroupsOnOneLine(state, ui);
        return;
    }
    if (shown < total) {
        GroupFont font(state, 24);
        TextIn(kMuted, FillPlaceholders(Tr("projection.groups_more"), {std::to_string(total - shown)}));
    }
}

const char* MessageKey(const LiveGroups& ui) {
    return ui.theme_clustered ? "projection.groups_empty" : "projection.groups_none";
}
} // namespace

// [SECTION] DrawProjectionClusters
bool ProjectionHasGroups(AppState& state, Workspace& ws) {
    const Hearing* h = ws.FindHearing(state.hearing_id);
    return h && !Groups(state, ws, *h).groups.empty();
}

float ProjectionClustersHeight(AppState& state, Workspace& ws, float max_height) {
    const Hearing* h = ws.FindHearing(state.hearing_id);
    if (!h || max_height <= 0) return 0;
    const LiveGroups& ui = Groups(state, ws, *h);
    float width = ImGui::GetContentRegionAvail().x;
    float height = ImGui::GetStyle().ItemSpacing.y * 3 + RowHeight(state, 30); // gap and title
    if (ui.groups.empty()) {
        GroupFont font(state, 24);
        height += ImGui::CalcTextSize(Tr(MessageKey(ui)).c_str(), nullptr, false, width).y + ImGui::GetStyle().ItemSpacing.y;
        if (height > max_height) return 0; // the explanation whole or not at all
    } else {
        int rows = std::min(static_cast<int>(ui.groups.size()), state.projection.groups_shown);
        height += static_cast<float>(rows) * RowHeight(state, 28);
        if (rows < static_cast<int>(ui.groups.size())) height += RowHeight(state, 24);
    }
    return std::min(height, max_height);
}

void DrawProjectionClusters(AppState& state, Workspace& ws) {
    const Hearing* h = ws.FindHearing(state.hearing_id);
    if (!h) return;
    const LiveGroups& ui = Groups(state, ws, *h);
    ImGui::Spacing();
    {
        GroupFont font(state, 30);
        ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
        ImGui::TextUnformatted(Tr("projection.groups_title").c_str());
        ImGui::PopStyleColor();
    }
    if (ui.groups.empty()) {
        // No clustering of the theme yet (it is made on the board, never here), or no contribution yet.
        GroupFont font(state, 24);
        TextIn(kMuted, Tr(MessageKey(ui)));
        ProbeItem("projection.groups_hint");
        return;
    }
    DrawGroups(state, ui);
}

} // namespace hd
