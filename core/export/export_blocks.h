// A small format-neutral document (headings, paragraphs, list items, tables) that the Markdown,
// HTML and DOCX writers render. Minutes, plan and forum are laid out once, in export_layout.cpp;
// each writer only knows how to draw blocks, so the three formats always say the same thing.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace hd {

enum class BlockKind {
    Heading1,  // a main section (domain, "Appendix")
    Heading2,  // a sub-section (objective, "Participants")
    Heading3,
    Paragraph, // `label` in bold, then `text`
    Item,      // a list item: `label` in bold, `text`, `mark` in italics (e.g. "only reporter A")
    Note,      // a remark in a quieter style (e.g. "not merged yet")
    Table,
    Chart, // horizontal bars: `bars` (label, value); SVG in HTML, block characters elsewhere
    Trends, // one small line chart per series (`trends`): SVG in HTML, a PNG image in DOCX, bars in Markdown
};

struct Bar {
    std::string label;
    int value = 0;
    bool highlight = false; // a gap (no objective in this link)
};

// An indicator's figures over the years (core/export/trend_chart.h draws them).
struct TrendSeries {
    std::string label; // the indicator's name
    std::string unit;
    std::vector<std::pair<int, double>> values; // (year, value), years ascending
};

struct TableCell {
    std::string text;
    bool highlight = false; // a gap in the coverage table
};

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    std::string label;
    std::string text;
    std::string mark;
    std::vector<std::string> header;            // Table
    std::vector<std::vector<TableCell>> rows;   // Table
    bool numeric = false;                       // Table: columns after the first hold numbers
    std::vector<Bar> bars;                      // Chart
    std::vector<TrendSeries> trends;            // Trends
};

struct RichDocument {
    std::string language = "nl"; // BCP 47 tag for HTML lang and DOCX w:lang
    std::string title;
    std::string subtitle;
    std::string generated; // "Generated on 2026-11-22" (already translated)
    std::vector<Block> blocks;
};

// A Chart's bar as full-block characters (Markdown and DOCX, which have no drawing): at most 24 for
// the largest value, and at least one for any non-zero value, so a link with one objective never
// looks empty.
std::string BlockBar(int value, int max_value);
int MaxBar(const Block& chart); // the largest value among its bars

// The writers. Text is escaped for each format; output depends only on the document.
std::string WriteMarkdown(const RichDocument& doc);
std::string WriteHtml(const RichDocument& doc);
// DOCX bytes (a zip). `zip_time` is the fixed modification time of every part (unix seconds).
std::string WriteDocx(const RichDocument& doc, long long zip_time);

} // namespace hd
