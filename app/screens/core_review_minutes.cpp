// Core group screen: hearing list and the minutes table, with rows out of view replaced by placeholders.
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

namespace hd::core_review {

// [SECTION] Hearing list
void DrawHearingList(AppState& state, Workspace& ws, const Shown& shown) {
    CoreReviewUiState& ui = state.core_review;
    for (const Hearing& h : ws.Data().hearings) {
        const Theme* t = ws.FindTheme(h.theme_id);
        ReviewState s = shown.group->StateOf(h.id);
        ImGui::PushID(static_cast<int>(h.id));
        // A long theme title is cut with "…" (the whole one as tooltip) instead of at the list's edge.
        std::string title = t ? t->title : std::string("?");
        std::string cut = FitLabel(title, ImGui::GetContentRegionAvail().x);
        std::string label = cut + "\n" + h.date;
        bool picked = ImGui::Selectable(label.c_str(), h.id == shown.hearing_id, 0, ImVec2(0, ImGui::GetTextLineHeight() * 2.2f));
        TooltipIfCut(cut, title);
        if (picked) {
            state.hearing_id = h.id;
            state.theme_id = h.theme_id;
            ui.target_kind.clear();
        }
        ImGui::TextColored(StateColor(s), "  %s", StateLabel(s).c_str());
        ImGui::PopID();
        ImGui::Spacing();
    }
}

// [SECTION] Minutes
void DrawMinutesHeader(const MinutesDocument& doc) {
    ImGui::PushFont(Fonts().title);
    ImGui::TextWrapped("%s", doc.theme.c_str());
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
    ImGui::TextWrapped("%s · %s · %s %s · A: %s · B: %s", doc.date.c_str(), doc.location.c_str(),
                       Tr("export.moderator").c_str(), doc.moderator.c_str(), doc.reporter_a.c_str(),
                       doc.reporter_b.c_str());
    ImGui::PopStyleColor();
    if (!doc.merged) ImGui::TextColored(kAmber, "%s", Tr("core_review.not_merged").c_str());
}

void DrawLineRow(CoreReviewUiState& ui, const Shown& shown, const MinutesEntry& line, int index) {
    const MinutesDocument& doc = shown.hearing->minutes;
    ImGui::TableNextRow();
    ImGui::PushID(index);
    ImGui::TableSetColumnIndex(0);
    ImGui::TextDisabled("%s", FormatOffset(line.offset_ms).c_str());
    ImVec4 color = line.provenance == MergeStatus::Agreed ? kGreen : line.provenance == MergeStatus::Differs ? kAmber : kMuted;
    ImGui::TextColored(color, "%s", ProvenanceLabel(line.provenance).c_str());
    ImGui::TableSetColumnIndex(1);
    ImGui::TextWrapped("%s", line.speaker.empty() ? Tr("speaker.unknown").c_str() : DisciplineLabel(line.speaker).c_str());
    ImGui::TableSetColumnIndex(2);
    ImGui::TextWrapped("%s", line.text.c_str());
    if (!line.text_a.empty() || !line.text_b.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
        ImGui::TextWrapped("A: %s", line.text_a.c_str());
        ImGui::TextWrapped("B: %s", line.text_b.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::TableSetColumnIndex(3);
    int open = OpenComments(shown, "entry", line.ref);
    std::string button = open ? std::to_string(open) + " " + Tr("core_review.comments_short") : Tr("core_review.comment");
    bool selected = ui.target_kind == "entry" && ui.target_ref == line.ref;
    if (selected) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::SmallButton(button.c_str()))
        SelectTarget(ui, "entry", line.ref, FormatOffset(line.offset_ms) + " · " + line.speaker, doc.theme_id);
    if (selected) ImGui::PopStyleColor();
    ProbeItem("core_review.comment_" + std::to_string(index));
    ImGui::PopID();
}

// [SECTION] Row clipping
// Laying out wrapped text is what a minutes table costs, and a hearing can have thousands of
// entries of which a screenful is visible. Each row's height is measured when it is drawn (the
// distance to the next row's start); later frames draw only rows in view and replace each run of
// rows out of view by placeholder rows of the same total height, so the scroll range stays exact.
// Start of the row TableNextRow just began, in screen space. The cursor in the row's first cell is
// not a reliable measure when the row lies outside the clip rectangle, the table's own record is.
float RowStartY() {
    return ImGui::GetCurrentTable()->RowPosY1;
}

// Emits rows [first, last) as placeholders: one row for an odd count and two for an even count, so
// the alternating row background of the rows after them does not change. Returns where the first
// placeholder starts (to measure the row drawn before it), or nothing when there is none. (Screen
// positions above the window are negative, so no number can mean "none".)
std::optional<float> PlaceholderRows(const TableRowLayout& layout, size_t first, size_t last) {
    if (first >= last) return std::nullopt;
    float total = 0;
    for (size_t i = first; i < last; ++i) total += layout.heights[i];
    float tail = (last - first) % 2 == 0 ? layout.heights[last - 1] : 0.0f;
    ImGui::TableNextRow(ImGuiTableRowFlags_None, total - tail);
    float start = RowStartY();
    if (tail > 0) {
        ImGui::TableNextRow(ImGuiTableRowFlags_None, tail);
        RowStartY();
    }
    return start;
}

void ResetLayout(TableRowLayout& layout, const Shown& shown, float width, size_t rows) {
    float font = ImGui::GetFontSize();
    Language language = GlobalTranslator().GetLanguage();
    if (layout.revision == shown.hearing_revision && layout.hearing == shown.hearing_id && layout.language == language &&
        layout.width == width && layout.font_size == font && layout.heights.size() == rows)
        return;
    layout = TableRowLayout{shown.hearing_revision, shown.hearing_id, language, width, font, std::vector<float>(rows, -1.0f)};
}

// The previous drawn row's height is the distance from its start to whatever starts next.
void MeasurePrevious(TableRowLayout& layout, long& drawn_prev, float drawn_prev_y, std::optional<float> next_start) {
    if (!next_start) return;
    if (drawn_prev >= 0) layout.heights[static_cast<size_t>(drawn_prev)] = *next_start - drawn_prev_y;
    drawn_prev = -1;
}

void DrawLines(CoreReviewUiState& ui, TableRowLayout& layout, const Shown& shown,
               const std::vector<MinutesEntry>& lines, int base) {
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable(base == 0 ? "##entries" : "##appendix", 4, flags)) return;
    float width = ImGui::GetContentRegionAvail().x;
    ResetLayout(layout, shown, width, lines.size());
    ImGui::TableSetupColumn(Tr("core_review.col_time").c_str(), ImGuiTableColumnFlags_WidthFixed, 105);
    ImGui::TableSetupColumn(Tr("core_review.col_speaker").c_str(), ImGuiTableColumnFlags_WidthFixed,
                            std::clamp(width * 0.17f, 110.0f, 180.0f));
    ImGui::TableSetupColumn(Tr("core_review.col_text").c_str(), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 105);
    ImGui::TableHeadersRow();
    // Visible band in screen space, a line of margin either side.
    float margin = ImGui::GetTextLineHeightWithSpacing();
    float view_top = ImGui::GetWindowPos().y - margin;
    float view_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight() + margin;
    float y = 0;             // start of row i, once known
    bool y_known = false;    // false until a row was started (or after a row of unknown height)
    size_t run_start = 0;    // first row of the pending placeholder run
    long drawn_prev = -1;    // the previous row, when it was drawn and not measured yet
    float drawn_prev_y = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        float h = layout.heights[i];
        bool out_of_view = ui.clip_rows && y_known && h >= 0 && (y + h < view_top || y > view_bottom);
        if (out_of_view) {
            y += h;
            continue;
        }
        MeasurePrevious(layout, drawn_prev, drawn_prev_y, PlaceholderRows(layout, run_start, i));
        ImGui::TableNextRow();
        float start = RowStartY();
        MeasurePrevious(layout, drawn_prev, drawn_prev_y, start);
        DrawLineRow(ui, shown, lines[i], base + static_cast<int>(i));
        drawn_prev = static_cast<long>(i);
        drawn_prev_y = start;
        run_start = i + 1;
        y = start;
        y_known = h >= 0;
        if (y_known) y += h;
    }
    MeasurePrevious(layout, drawn_prev, drawn_prev_y, PlaceholderRows(layout, run_start, lines.size()));
    ImGui::EndTable();
}

void DrawMinutes(CoreReviewUiState& ui, const Shown& shown) {
    const MinutesDocument& doc = shown.hearing->minutes;
    DrawMinutesHeader(doc);
    ImGui::Separator();
    ImGui::BeginChild("##minutes_scroll");
    if (doc.entries.empty() && doc.appendix.empty()) ImGui::TextDisabled("%s", Tr("export.no_entries").c_str());
    DrawLines(ui, ui.entry_rows, shown, doc.entries, 0);
    if (!doc.appendix.empty()) {
        ImGui::Spacing();
        ImGui::PushFont(Fonts().bold);
        ImGui::TextUnformatted(Tr("export.appendix").c_str());
        ImGui::PopFont();
        DrawLines(ui, ui.appendix_rows, shown, doc.appendix, 100000);
    }
    ImGui::EndChild();
}

} // namespace hd::core_review
