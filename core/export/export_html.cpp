// HTML writer: one standalone file (inline CSS, no scripts, no external resources) that prints well
// (A4 margins, headings kept with what follows, tables not split mid-row). All text is escaped, so
// a note containing "<script>" shows as text; control characters that HTML forbids are dropped.
#include <algorithm>
#include <string_view>

#include "core/export/export_blocks.h"
#include "core/export/markup_text.h"
#include "core/export/trend_chart.h"

namespace hd {

namespace {
// Escapes after dropping forbidden code points and bidi overrides (markup_text.h).
std::string Escape(std::string_view raw, bool breaks = true) {
    std::string text = MarkupSafeText(raw);
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\r': break;
        case '\n': out += breaks ? "<br>\n" : " "; break;
        default: out += c;
        }
    }
    return out;
}

constexpr const char* kStyle = R"CSS(
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt; line-height: 1.45;
       color: #1d1d1f; max-width: 52rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.9em; margin: 0 0 .2em; color: #12355b; }
h2 { font-size: 1.45em; margin: 1.6em 0 .5em; padding-bottom: .15em; border-bottom: 2px solid #12355b; color: #12355b; }
h3 { font-size: 1.2em; margin: 1.2em 0 .4em; color: #1d4f82; }
h4 { font-size: 1.05em; margin: 1em 0 .3em; color: #1d4f82; }
.subtitle { font-size: 1.1em; margin: 0; color: #444; }
.generated { font-size: .9em; color: #666; margin: .2em 0 1.5em; }
p { margin: .35em 0; }
ul { margin: .4em 0 .8em; padding-left: 1.4em; }
li { margin: .25em 0; }
.mark { color: #8a4b00; font-size: .92em; }
.note { color: #555; font-style: italic; border-left: 3px solid #bbb; padding-left: .7em; }
table { border-collapse: collapse; margin: .6em 0 1.2em; width: 100%; }
th, td { border: 1px solid #9aa5b1; padding: .3em .55em; text-align: left; vertical-align: top; }
th { background: #e8eef5; }
td.gap { background: #f8d7da; font-weight: bold; }
td.num { text-align: right; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  td.gap, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)CSS";

std::string Labelled(const Block& b) {
    std::string out;
    if (!b.label.empty()) out += "<strong>" + Escape(b.label, false) + (b.text.empty() ? "</strong>" : ":</strong> ");
    out += Escape(b.text);
    if (!b.mark.empty()) out += " <em class=\"mark\">(" + Escape(b.mark, false) + ")</em>";
    return out;
}

// An inline SVG bar chart: no script, no external file, prints as it shows.
void WriteChart(std::string& out, const Block& b) {
    int max_value = 0;
    for (const Bar& bar : b.bars) max_value = std::max(max_value, bar.value);
    const int row = 22, left = 170, width = 260;
    int height = row * static_cast<int>(b.bars.size()) + 4;
    out += "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"" + std::to_string(height) +
           "\" role=\"img\">\n";
    int y = 2;
    for (const Bar& bar : b.bars) {
        int w = max_value > 0 ? bar.value * width / max_value : 0;
        if (bar.value > 0) w = std::max(w, 3);
        std::string baseline = std::to_string(y + 15);
        out += "<text x=\"0\" y=\"" + baseline + "\"" + (bar.highlight ? " class=\"gap\"" : "") + ">" +
               Escape(bar.label, false) + "</text>";
        out += "<rect x=\"" + std::to_string(left) + "\" y=\"" + std::to_string(y + 3) + "\" width=\"" + std::to_string(w) +
               "\" height=\"15\" fill=\"#3b6ea8\"/>";
        out += "<text x=\"" + std::to_string(left + w + 6) + "\" y=\"" + baseline + "\">" + std::to_string(bar.value) +
               "</text>\n";
        y += row;
    }
    out += "</svg>\n";
}

// One small line chart per indicator, its name and unit as the caption.
void WriteTrends(std::string& out, const Block& b, const std::string& language) {
    // Styled inline, so documents without charts keep exactly their style sheet.
    out += "<div class=\"trends\" style=\"display:flex;flex-wrap:wrap;gap:.4em 1.2em;margin:.4em 0 1em\">\n";
    for (const TrendSeries& s : b.trends) {
        out += "<figure class=\"trend\" style=\"margin:0;break-inside:avoid;page-break-inside:avoid\">" + TrendSvg(s, language) +
               "<figcaption style=\"font-size:.9em\"><strong>" + Escape(s.label, false) +
               "</strong>" + (s.unit.empty() ? "" : " (" + Escape(s.unit, false) + ")") + "</figcaption></figure>\n";
    }
    out += "</div>\n";
}

void WriteTable(std::string& out, const Block& b) {
    out += "<table>\n<thead><tr>";
    for (const std::string& h : b.header) out += "<th>" + Escape(h, false) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : b.rows) {
        out += "<tr>";
        for (size_t i = 0; i < row.size(); ++i) {
            const TableCell& c = row[i];
            std::string cls = std::string(c.highlight ? "gap" : "") + (b.numeric && i > 0 ? (c.highlight ? " num" : "num") : "");
            out += (cls.empty() ? "<td>" : "<td class=\"" + cls + "\">") + Escape(c.text) + "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
}
} // namespace

std::string WriteHtml(const RichDocument& doc) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + Escape(doc.language, false) + "\">\n<head>\n";
    out += "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + Escape(doc.title, false) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
    out += "<header>\n<h1>" + Escape(doc.title, false) + "</h1>\n";
    if (!doc.subtitle.empty()) out += "<p class=\"subtitle\">" + Escape(doc.subtitle, false) + "</p>\n";
    out += "<p class=\"generated\">" + Escape(doc.generated, false) + "</p>\n</header>\n<main>\n";
    bool in_list = false;
    for (const Block& b : doc.blocks) {
        if (in_list && b.kind != BlockKind::Item) {
            out += "</ul>\n";
            in_list = false;
        }
        switch (b.kind) {
        case BlockKind::Heading1: out += "<h2>" + Escape(b.text, false) + "</h2>\n"; break;
        case BlockKind::Heading2: out += "<h3>" + Escape(b.text, false) + "</h3>\n"; break;
        case BlockKind::Heading3: out += "<h4>" + Escape(b.text, false) + "</h4>\n"; break;
        case BlockKind::Paragraph: out += "<p>" + Labelled(b) + "</p>\n"; break;
        case BlockKind::Item:
            if (!in_list) out += "<ul>\n";
            in_list = true;
            out += "<li>" + Labelled(b) + "</li>\n";
            break;
        case BlockKind::Note: out += "<p class=\"note\">" + Escape(b.text) + "</p>\n"; break;
        case BlockKind::Table: WriteTable(out, b); break;
        case BlockKind::Chart: WriteChart(out, b); break;
        case BlockKind::Trends: WriteTrends(out, b, doc.language); break;
        }
    }
    if (in_list) out += "</ul>\n";
    out += "</main>\n</body>\n</html>\n";
    return out;
}

} // namespace hd
