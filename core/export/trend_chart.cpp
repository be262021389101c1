// [SECTION] index: geometry / figures as text / SVG / PNG raster / PNG encoding
#include "core/export/trend_chart.h"

#include <png.h>

#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <cstdio>

#include "core/base/errors.h"
#include "core/export/markup_text.h"

namespace hd {

// [SECTION] Geometry
std::vector<TrendPoint> TrendPoints(const TrendSeries& s, float width, float height, float pad) {
    std::vector<TrendPoint> out;
    if (s.values.empty()) return out;
    auto [lo, hi] = std::minmax_element(s.values.begin(), s.values.end(),
                                        [](const auto& a, const auto& b) { return a.second < b.second; });
    double min = lo->second, max = hi->second;
    int first = s.values.front().first, last = s.values.back().first;
    for (const auto& [year, value] : s.values) {
        double fx = last == first ? 0.5 : static_cast<double>(year - first) / (last - first);
        double fy = max - min < 1e-12 ? 0.5 : (value - min) / (max - min);
        out.push_back({pad + static_cast<float>(fx) * (width - 2 * pad), height - pad - static_cast<float>(fy) * (height - 2 * pad)});
    }
    return out;
}

// [SECTION] Figures as text
std::string FormatFigure(double value, const std::string& language) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10g", value);
    std::string out = buf;
    if (language == "nl") std::replace(out.begin(), out.end(), '.', ',');
    return out;
}

std::string TrendValuesText(const TrendSeries& s, const std::string& language) {
    std::string out;
    for (const auto& [year, value] : s.values) {
        if (!out.empty()) out += " \xC2\xB7 "; // middle dot
        out += std::to_string(year) + ": " + FormatFigure(value, language);
    }
    return out;
}

// [SECTION] SVG
namespace {
std::string XmlEscape(std::string_view raw) {
    std::string out;
    for (char c : MarkupSafeText(raw)) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string Num(float v) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(v));
    return buf;
}
} // namespace

std::string TrendSvg(const TrendSeries& s, const std::string& language, const TrendChartOptions& o) {
    const float w = static_cast<float>(o.width), h = static_cast<float>(o.height), top = 16, bottom = 18, side = 36;
    std::string title = s.label + (s.unit.empty() ? "" : " (" + s.unit + ")") + ": " + TrendValuesText(s, language);
    std::string out = "<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(o.width) +
                      "\" height=\"" + std::to_string(o.height) + "\" viewBox=\"0 0 " + std::to_string(o.width) + " " +
                      std::to_string(o.height) + "\" role=\"img\" aria-label=\"" + XmlEscape(title) + "\">";
    out += "<title>" + XmlEscape(title) + "</title>";
    out += "<rect x=\"0\" y=\"0\" width=\"" + std::to_string(o.width) + "\" height=\"" + std::to_string(o.height) +
           "\" fill=\"#f4f6f9\"/>";
    std::vector<TrendPoint> pts = TrendPoints(s, w - 2 * side, h - top - bottom, 6);
    std::string line;
    for (const TrendPoint& p : pts) line += (line.empty() ? "" : " ") + Num(p.x + side) + "," + Num(p.y + top);
    if (pts.size() > 1) out += "<polyline points=\"" + line + "\" fill=\"none\" stroke=\"#3b6ea8\" stroke-width=\"2\"/>";
    for (size_t i = 0; i < pts.size(); ++i) {
        out += "<circle cx=\"" + Num(pts[i].x + side) + "\" cy=\"" + Num(pts[i].y + top) + "\" r=\"3\" fill=\"#3b6ea8\"/>";
        bool labelled = i == 0 || i + 1 == pts.size();
        if (!labelled) continue;
        // The first and last value above their dot, the years along the bottom edge.
        std::string anchor = i == 0 && pts.size() > 1 ? "start" : "end";
        float x = pts[i].x + side + (anchor == "start" ? -4.0f : 4.0f);
        out += "<text x=\"" + Num(x) + "\" y=\"" + Num(std::max(11.0f, pts[i].y + top - 6)) + "\" font-size=\"11\" text-anchor=\"" +
               anchor + "\">" + XmlEscape(FormatFigure(s.values[i].second, language)) + "</text>";
        out += "<text x=\"" + Num(x) + "\" y=\"" + Num(h - 4) + "\" font-size=\"10\" fill=\"#555\" text-anchor=\"" + anchor +
               "\">" + std::to_string(s.values[i].first) + "</text>";
    }
    return out + "</svg>";
}

// [SECTION] PNG raster: drawn at three times the size and averaged down, so lines are smooth.
namespace {
struct Rgb {
    unsigned char r, g, b;
};

class Canvas {
public:
    Canvas(int w, int h, Rgb fill) : m_w(w), m_h(h), m_px(static_cast<size_t>(w) * h, fill) {}

    // A segment `thickness` wide with round ends: every pixel whose centre lies within half of it.
    void Line(float x0, float y0, float x1, float y1, float thickness, Rgb c) {
        float r = thickness / 2;
        int xa = std::max(0, static_cast<int>(std::floor(std::min(x0, x1) - r))), xb = std::min(m_w - 1, static_cast<int>(std::ceil(std::max(x0, x1) + r)));
        int ya = std::max(0, static_cast<int>(std::floor(std::min(y0, y1) - r))), yb = std::min(m_h - 1, static_cast<int>(std::ceil(std::max(y0, y1) + r)));
        float dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
        for (int y = ya; y <= yb; ++y)
            for (int x = xa; x <= xb; ++x) {
                float px = static_cast<float>(x) + 0.5f, py = static_cast<float>(y) + 0.5f;
                float t = len2 > 0 ? std::clamp(((px - x0) * dx + (py - y0) * dy) / len2, 0.0f, 1.0f) : 0.0f;
                float ex = px - (x0 + t * dx), ey = py - (y0 + t * dy);
                if (ex * ex + ey * ey <= r * r) m_px[static_cast<size_t>(y) * m_w + x] = c;
            }
    }
    void Dot(float x, float y, float radius, Rgb c) { Line(x, y, x, y, 2 * radius, c); }

    // Averages each `f` x `f` block into one pixel: RGB rows for libpng.
    std::vector<unsigned char> Downsampled(int f) const {
        int w = m_w / f, h = m_h / f;
        std::vector<unsigned char> out(static_cast<size_t>(w) * h * 3);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                int sum[3] = {0, 0, 0};
                for (int j = 0; j < f; ++j)
                    for (int i = 0; i < f; ++i) {
                        const Rgb& p = m_px[static_cast<size_t>(y * f + j) * m_w + (x * f + i)];
                        sum[0] += p.r, sum[1] += p.g, sum[2] += p.b;
                    }
                for (int k = 0; k < 3; ++k) out[(static_cast<size_t>(y) * w + x) * 3 + k] = static_cast<unsigned char>(sum[k] / (f * f));
            }
        return out;
    }

private:
    int m_w, m_h;
    std::vector<Rgb> m_px;
};

// [SECTION] PNG encoding (libpng into memory; no time chunk, so the bytes depend only on the pixels)
[[noreturn]] void PngFail() { throw UserError("export.err_png", "Could not draw a trend chart as PNG."); }

std::string EncodePng(const std::vector<unsigned char>& rgb, int w, int h) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png) PngFail();
    png_infop info = png_create_info_struct(png);
    std::string out;
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, info ? &info : nullptr);
        PngFail();
    }
    png_set_write_fn(
        png, &out, [](png_structp p, png_bytep data, png_size_t n) {
            static_cast<std::string*>(png_get_io_ptr(p))->append(reinterpret_cast<const char*>(data), n);
        },
        nullptr);
    png_set_IHDR(png, info, static_cast<png_uint_32>(w), static_cast<png_uint_32>(h), 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_pHYs(png, info, 3780, 3780, PNG_RESOLUTION_METER); // 96 dpi, as the DOCX extent assumes
    png_write_info(png, info);
    for (int y = 0; y < h; ++y) png_write_row(png, const_cast<png_bytep>(rgb.data() + static_cast<size_t>(y) * w * 3));
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return out;
}
} // namespace

std::string TrendPng(const TrendSeries& s, const TrendChartOptions& o) {
    const int f = 3;
    const float w = static_cast<float>(o.width * f), h = static_cast<float>(o.height * f), pad = 10.0f * f;
    Canvas canvas(o.width * f, o.height * f, {0xF4, 0xF6, 0xF9});
    const Rgb axis{0xB8, 0xC2, 0xCC}, line{0x3B, 0x6E, 0xA8};
    canvas.Line(pad / 2, h - pad / 2, w - pad / 2, h - pad / 2, 1.0f * f, axis); // the time axis
    std::vector<TrendPoint> pts = TrendPoints(s, w, h - pad / 2, pad);
    for (const TrendPoint& p : pts) canvas.Line(p.x, h - pad / 2, p.x, h - pad / 4, 1.0f * f, axis); // a tick per year
    for (size_t i = 1; i < pts.size(); ++i) canvas.Line(pts[i - 1].x, pts[i - 1].y, pts[i].x, pts[i].y, 2.0f * f, line);
    for (const TrendPoint& p : pts) canvas.Dot(p.x, p.y, 3.5f * f, line);
    return EncodePng(canvas.Downsampled(f), o.width, o.height);
}

} // namespace hd
