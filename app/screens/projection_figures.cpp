// [SECTION] index: layout / one chart / reads / DrawProjectionFigures
#include "app/screens/projection_figures.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app/app_state.h"
#include "app/screens/projector_style.h"
#include "app/ui_probe.h"
#include "core/workspace/workspace.h"
#include "core/base/i18n.h"
#include "core/base/utf8.h"
#include "core/export/trend_chart.h"

namespace hd {
namespace {
using namespace projector;

constexpr float kTitlePx = 30, kLabelPx = 24, kValuePx = 20;
constexpr float kMinChartH = 46, kMinCellW = 250;
constexpr ImU32 kLine = IM_COL32(80, 160, 255, 255);
constexpr ImU32 kAxis = IM_COL32(90, 100, 120, 255);

float LineH(float px) {
    FontAtSize font(CrispProjectionFont(px), px);
    return ImGui::GetTextLineHeight();
}

float Width(float px, const std::string& text) {
    FontAtSize font(CrispProjectionFont(px), px);
    return ImGui::CalcTextSize(text.c_str()).x;
}

// `text` cut to whole UTF-8 characters ending in "…" so it fits `width` at `px`.
std::string Fit(float px, const std::string& text, float width) {
    if (Width(px, text) <= width) return text;
    size_t lo = 0, hi = text.size();
    while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2;
        if (Width(px, std::string(Utf8Prefix(text, mid)) + "…") <= width) lo = mid;
        else hi = mid;
    }
    return std::string(Utf8Prefix(text, lo)) + "…";
}

std::string FigureLanguage() { return GlobalTranslator().GetLanguage() == Language::English ? "en" : "nl"; }

// [SECTION] Layout: the number of columns that gives the charts the most room.
struct Grid {
    int columns = 1, rows = 1;
    float cell_w = 0, cell_h = 0;
    size_t shown = 0;
};

// The name and the values line, each followed by the item spacing TextIn leaves.
float CellTextHeight(float scale) {
    return LineH(kLabelPx * scale) + LineH(kValuePx * scale) + 2 * ImGui::GetStyle().ItemSpacing.y;
}

Grid ChooseGrid(size_t n, ImVec2 avail, float scale) {
    float gap = 18 * scale, text_h = CellTextHeight(scale);
    Grid best;
    float best_room = -1;
    for (int c = 1; c <= static_cast<int>(std::max<size_t>(n, 1)); ++c) {
        float cell_w = (avail.x - gap * static_cast<float>(c - 1)) / static_cast<float>(c);
        if (cell_w < kMinCellW * scale && c > 1) break;
        // As many rows as fit at the least chart height; every indicator shown when they all fit.
        float min_cell_h = text_h + kMinChartH * scale + gap;
        int rows_fit = std::max(1, static_cast<int>((avail.y + gap) / min_cell_h));
        int rows = std::min(rows_fit, static_cast<int>((n + static_cast<size_t>(c) - 1) / static_cast<size_t>(c)));
        float cell_h = (avail.y - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
        size_t shown = std::min(n, static_cast<size_t>(rows * c));
        // Showing more indicators first, then bigger charts (width counts only up to 3:1).
        float room = static_cast<float>(shown) * 1e6f + std::min(cell_h - text_h, cell_w / 3);
        if (room > best_room) {
            best_room = room;
            best = {c, rows, cell_w, cell_h, shown};
        }
    }
    return best;
}

// [SECTION] One chart: name and unit, the first and latest value, the line over the years.
void DrawFigure(const Indicator& ind, ImVec2 pos, ImVec2 size, float scale) {
    ImGui::SetCursorPos(pos);
    ImVec2 screen = ImGui::GetCursorScreenPos();
    std::string lang = FigureLanguage();
    {
        FontAtSize font(CrispProjectionFont(kLabelPx * scale), kLabelPx * scale);
        std::string name = ind.name + (ind.unit.empty() ? "" : " (" + ind.unit + ")");
        TextIn(kWhite, Fit(kLabelPx * scale, name, size.x), false);
    }
    const auto& first = ind.values.front();
    const auto& last = ind.values.back();
    ImGui::SetCursorPosX(pos.x); // each line of a cell starts at the cell, not at the window's edge
    {
        FontAtSize font(CrispProjectionFont(kValuePx * scale), kValuePx * scale);
        std::string values = ind.values.size() > 1
                                 ? std::to_string(first.first) + ": " + FormatFigure(first.second, lang) + "  \xE2\x86\x92  " +
                                       std::to_string(last.first) + ": " + FormatFigure(last.second, lang)
                                 : std::to_string(last.first) + ": " + FormatFigure(last.second, lang);
        TextIn(kMuted, Fit(kValuePx * scale, values, size.x), false);
    }
    float text_h = CellTextHeight(scale);
    ImVec2 c0(screen.x, screen.y + text_h), c1(screen.x + size.x, screen.y + size.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(c0, c1, kPanel, 4 * scale);
    float pad = 10 * scale;
    TrendSeries s{ind.name, ind.unit, ind.values};
    std::vector<TrendPoint> pts = TrendPoints(s, c1.x - c0.x, c1.y - c0.y, pad);
    dl->AddLine(ImVec2(c0.x + pad / 2, c1.y - pad / 2), ImVec2(c1.x - pad / 2, c1.y - pad / 2), kAxis, std::max(1.0f, scale));
    for (size_t i = 1; i < pts.size(); ++i)
        dl->AddLine(ImVec2(c0.x + pts[i - 1].x, c0.y + pts[i - 1].y), ImVec2(c0.x + pts[i].x, c0.y + pts[i].y), kLine, 3 * scale);
    for (const TrendPoint& p : pts) dl->AddCircleFilled(ImVec2(c0.x + p.x, c0.y + p.y), 4.5f * scale, kLine);
    ImGui::SetCursorScreenPos(screen);
    ImGui::Dummy(size);
    ProbeItem("projection.figure." + std::to_string(ind.id));
}
} // namespace

// [SECTION] Reads (the workspace keeps the domain's figures until its theme changes)
bool ProjectionShowsFigures(AppState& state, Workspace& ws, int64_t theme_id) {
    return state.projection.show_figures && !ws.Figures(theme_id)->empty();
}

float ProjectionFiguresMinHeight(float scale, size_t count, float width) {
    float spacing = ImGui::GetStyle().ItemSpacing.y, gap = 18 * scale;
    // As many columns as the width allows at the least cell width, as many rows as that leaves.
    size_t columns = std::max<size_t>(1, static_cast<size_t>((width + gap) / (kMinCellW * scale + gap)));
    columns = std::min(columns, std::max<size_t>(count, 1));
    size_t rows = (std::max<size_t>(count, 1) + columns - 1) / columns;
    float cell = CellTextHeight(scale) + kMinChartH * scale;
    return LineH(kTitlePx * scale) + spacing + static_cast<float>(rows) * (cell + gap) - gap + spacing * 2;
}

// [SECTION] DrawProjectionFigures
void DrawProjectionFigures(AppState& state, Workspace& ws, int64_t theme_id, float scale) {
    std::shared_ptr<const std::vector<Indicator>> taken = ws.Figures(theme_id); // held for the frame
    const std::vector<Indicator>& figures = *taken;
    {
        FontAtSize font(CrispProjectionFont(kTitlePx * scale), kTitlePx * scale);
        TextIn(kAccent, Tr("projection.figures_title"), false);
        ProbeItem("projection.figures_title");
    }
    ImVec2 origin = ImGui::GetCursorPos();
    ImVec2 avail = ImGui::GetContentRegionAvail();
    avail.y -= ImGui::GetStyle().ItemSpacing.y;
    Grid g = ChooseGrid(figures.size(), avail, scale);
    float gap = 18 * scale;
    float chart_h = std::min(g.cell_h, CellTextHeight(scale) + g.cell_w / 2.5f); // no chart taller than wide
    for (size_t i = 0; i < g.shown; ++i) {
        int col = static_cast<int>(i) % g.columns, row = static_cast<int>(i) / g.columns;
        ImVec2 pos(origin.x + static_cast<float>(col) * (g.cell_w + gap), origin.y + static_cast<float>(row) * (g.cell_h + gap));
        DrawFigure(figures[i], pos, ImVec2(g.cell_w, chart_h), scale);
    }
    state.projection.figures_shown = static_cast<int>(g.shown);
}

} // namespace hd
