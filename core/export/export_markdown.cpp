// Markdown writer (CommonMark with pipe tables). Every ASCII punctuation character that could start
// markup is backslash-escaped, so a note reads as typed: "<script>" stays text, "*" stays a star.
#include <algorithm>
#include <cmath>
#include <string_view>

#include "core/export/export_blocks.h"
#include "core/export/trend_chart.h"

namespace hd {

namespace {
std::string Escape(std::string_view text, bool in_table) {
    std::string out;
    bool line_start = true;
    bool leading_digits = false; // "2026. Een jaar" at a line start would become an ordered list
    for (char c : text) {
        bool digit = c >= '0' && c <= '9';
        if (leading_digits && (c == '.' || c == ')')) out += '\\';
        leading_digits = (line_start || leading_digits) && digit;
        if (c == '\r') continue;
        if (c == '\n') {
            // In a table a line break would end the row; elsewhere a hard break keeps the lines.
            out += in_table ? " " : "  \n";
            line_start = true;
            continue;
        }
        if (std::string_view("\\`*_[]<>#|~&!").find(c) != std::string_view::npos ||
            (line_start && (c == '-' || c == '+' || c == '=')))
            out += '\\';
        out += c;
        line_start = line_start && (c == ' ');
    }
    return out;
}

// Continuation lines of a list item are indented so they stay inside the item.
std::string IndentContinuation(std::string s) {
    std::string out;
    for (char c : s) {
        out += c;
        if (c == '\n') out += "  ";
    }
    return out;
}

std::string Labelled(const Block& b) {
    std::string out;
    if (!b.label.empty()) out += "**" + Escape(b.label, false) + (b.text.empty() ? "**" : ":** ");
    out += Escape(b.text, false);
    if (!b.mark.empty()) out += (out.empty() ? "_(" : " _(") + Escape(b.mark, false) + ")_";
    return out;
}

void WriteChart(std::string& out, const Block& b) {
    int max_value = MaxBar(b);
    for (const Bar& bar : b.bars) {
        std::string label = Escape(bar.label, false);
        std::string blocks = BlockBar(bar.value, max_value);
        out += "- " + (bar.highlight ? "**" + label + "**" : label) + ": " + (blocks.empty() ? "" : blocks + " ") +
               std::to_string(bar.value) + "\n";
    }
    out += "\n";
}

// Per indicator its name, then a bar of block characters per year scaled to its largest value.
void WriteTrends(std::string& out, const Block& b, const std::string& language) {
    for (const TrendSeries& s : b.trends) {
        out += "**" + Escape(s.label, false) + "**" + (s.unit.empty() ? "" : " (" + Escape(s.unit, false) + ")") + "\n\n";
        double max = 0;
        for (const auto& v : s.values) max = std::max(max, std::fabs(v.second));
        for (const auto& [year, value] : s.values) {
            int n = max > 0 ? static_cast<int>(std::lround(std::fabs(value) / max * 24)) : 0;
            std::string bar;
            for (int i = 0; i < std::max(n, value != 0 ? 1 : 0); ++i) bar += "\xE2\x96\x88";
            out += "- " + std::to_string(year) + " " + (bar.empty() ? "" : bar + " ") + FormatFigure(value, language) + "\n";
        }
        out += "\n";
    }
}

void WriteTable(std::string& out, const Block& b) {
    out += "|";
    for (const std::string& h : b.header) out += " " + Escape(h, true) + " |";
    out += "\n|";
    for (size_t i = 0; i < b.header.size(); ++i) out += (i > 0 && b.numeric) ? " ---: |" : " --- |";
    out += "\n";
    for (const auto& row : b.rows) {
        out += "|";
        for (const TableCell& c : row) {
            std::string t = Escape(c.text, true);
            out += " " + (c.highlight ? "**" + t + "**" : t) + " |";
        }
        out += "\n";
    }
    out += "\n";
}
} // namespace

std::string WriteMarkdown(const RichDocument& doc) {
    std::string out = "# " + Escape(doc.title, true) + "\n\n";
    if (!doc.subtitle.empty()) out += "_" + Escape(doc.subtitle, false) + "_  \n";
    out += "_" + Escape(doc.generated, false) + "_\n\n";
    for (size_t i = 0; i < doc.blocks.size(); ++i) {
        const Block& b = doc.blocks[i];
        bool next_is_item = i + 1 < doc.blocks.size() && doc.blocks[i + 1].kind == BlockKind::Item;
        switch (b.kind) {
        case BlockKind::Heading1: out += "## " + Escape(b.text, true) + "\n\n"; break;
        case BlockKind::Heading2: out += "### " + Escape(b.text, true) + "\n\n"; break;
        case BlockKind::Heading3: out += "#### " + Escape(b.text, true) + "\n\n"; break;
        case BlockKind::Paragraph: out += Labelled(b) + "\n\n"; break;
        case BlockKind::Item: out += "- " + IndentContinuation(Labelled(b)) + (next_is_item ? "\n" : "\n\n"); break;
        case BlockKind::Note: out += "> _" + Escape(b.text, true) + "_\n\n"; break;
        case BlockKind::Table: WriteTable(out, b); break;
        case BlockKind::Chart: WriteChart(out, b); break;
        case BlockKind::Trends: WriteTrends(out, b, doc.language); break;
        }
    }
    while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

} // namespace hd
