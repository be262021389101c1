// Small trend charts of an indicator's figures per year, drawn the same way in every export: an
// inline SVG for HTML (every label escaped), a PNG for DOCX (libpng; the text stays real text beside
// the image), a row of block characters per year for Markdown. The GUI draws its own with ImDrawList.
#pragma once
#include <string>
#include <vector>

#include "core/export/export_blocks.h"

namespace hd {

struct TrendChartOptions {
    int width = 480;  // pixels (SVG user units)
    int height = 110;
};

// Where each value lies in a chart of this size: x by year, y by value between the series' minimum and
// maximum (a flat series in the middle), `pad` pixels from every edge.
struct TrendPoint {
    float x = 0, y = 0;
};
std::vector<TrendPoint> TrendPoints(const TrendSeries& s, float width, float height, float pad);

// A figure as the export's language writes it: 4,8 in Dutch, 4.8 in English; at most 10 digits.
std::string FormatFigure(double value, const std::string& language);
// "2021: 5,2 · 2022: 4,9 · ..." : every value in words, for Markdown, DOCX and screen readers.
std::string TrendValuesText(const TrendSeries& s, const std::string& language);

// <svg> of one series (its name is the SVG's title; the first and last values labelled).
std::string TrendSvg(const TrendSeries& s, const std::string& language, const TrendChartOptions& options = {});
// PNG bytes of one series (line, dots, first and last value marked by a bar at the axis); the same
// series always gives the same bytes. Throws UserError export.err_png when libpng fails.
std::string TrendPng(const TrendSeries& s, const TrendChartOptions& options = {});

} // namespace hd
