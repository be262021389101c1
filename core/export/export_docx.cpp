// [SECTION] index: XML text / parts (content types, relationships, styles, core) / body / trend images / zip
// DOCX writer: a minimal valid Office Open XML (WordprocessingML) package. Headings use real
// Heading1..3 styles (so Word's navigation pane and table of contents work) and tables are real
// w:tbl tables. The zip is built in memory with libzip; every entry gets the same fixed time.
#include <zip.h>

#include <cstring>
#include <ctime>
#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "core/base/errors.h"
#include "core/export/export_blocks.h"
#include "core/export/markup_text.h"
#include "core/export/trend_chart.h"

namespace hd {

// [SECTION] XML text
namespace {
// Escapes for XML after dropping what XML 1.0 forbids and bidi overrides (markup_text.h).
std::string Xml(std::string_view raw) {
    std::string text = MarkupSafeText(raw);
    std::string out;
    out.reserve(text.size() + 8);
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

// A run of text; line breaks inside become w:br so multi-line notes keep their lines.
std::string Run(std::string_view text, bool bold = false, bool italic = false, const char* color = nullptr) {
    std::string props;
    if (bold) props += "<w:b/>";
    if (italic) props += "<w:i/>";
    if (color) props += std::string("<w:color w:val=\"") + color + "\"/>";
    std::string out = "<w:r>";
    if (!props.empty()) out += "<w:rPr>" + props + "</w:rPr>";
    size_t start = 0;
    while (true) {
        size_t nl = text.find('\n', start);
        std::string_view line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        out += "<w:t xml:space=\"preserve\">" + Xml(line) + "</w:t>";
        if (nl == std::string_view::npos) break;
        out += "<w:br/>";
        start = nl + 1;
    }
    return out + "</w:r>";
}

std::string Paragraph(const char* style, const std::string& runs) {
    std::string out = "<w:p>";
    if (style) out += std::string("<w:pPr><w:pStyle w:val=\"") + style + "\"/></w:pPr>";
    return out + runs + "</w:p>";
}

// [SECTION] Parts
// PNG parts (trend charts) need their own default content type; without images it is left out, so
// documents without charts stay byte for byte what they were.
std::string ContentTypes(bool with_png) {
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>") +
    (with_png ? "<Default Extension=\"png\" ContentType=\"image/png\"/>" : "") +
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "<Override PartName=\"/docProps/app.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    "</Types>";
}

constexpr const char* kRootRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
    "Target=\"docProps/core.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
    "Target=\"docProps/app.xml\"/>"
    "</Relationships>";

// The document's relationships: its styles, and one image relationship per trend chart
// (rIdImg1 -> media/trend1.png, ...).
std::string DocumentRels(size_t images) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                      "Target=\"styles.xml\"/>";
    for (size_t i = 1; i <= images; ++i)
        out += "<Relationship Id=\"rIdImg" + std::to_string(i) +
               "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/trend" +
               std::to_string(i) + ".png\"/>";
    return out + "</Relationships>";
}

constexpr const char* kApp =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
    "<Application>Hearing Desk</Application></Properties>";

std::string HeadingStyle(const char* id, const char* name, int level, int half_points, const char* color) {
    return std::string("<w:style w:type=\"paragraph\" w:styleId=\"") + id + "\"><w:name w:val=\"" + name +
           "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
           "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"" +
           std::to_string(level == 0 ? 360 : 240) + "\" w:after=\"120\"/><w:outlineLvl w:val=\"" +
           std::to_string(level) + "\"/></w:pPr><w:rPr><w:b/><w:color w:val=\"" + color + "\"/><w:sz w:val=\"" +
           std::to_string(half_points) + "\"/><w:szCs w:val=\"" + std::to_string(half_points) + "\"/></w:rPr></w:style>";
}

std::string Styles(const std::string& lang) {
    std::string s =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\" "
        "w:eastAsia=\"Calibri\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"" +
        Xml(lang) +
        "\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"80\" w:line=\"264\" "
        "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
        "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"60\"/></w:pPr><w:rPr><w:b/>"
        "<w:color w:val=\"12355B\"/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/></w:rPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/>"
        "<w:next w:val=\"Normal\"/><w:qFormat/><w:rPr><w:color w:val=\"555555\"/><w:sz w:val=\"26\"/></w:rPr></w:style>";
    s += HeadingStyle("Heading1", "heading 1", 0, 32, "12355B");
    s += HeadingStyle("Heading2", "heading 2", 1, 27, "1D4F82");
    s += HeadingStyle("Heading3", "heading 3", 2, 24, "1D4F82");
    s += "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/>"
         "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:ind w:left=\"360\" w:hanging=\"240\"/></w:pPr></w:style>"
         "<w:style w:type=\"paragraph\" w:styleId=\"Note\"><w:name w:val=\"Note\"/><w:basedOn w:val=\"Normal\"/>"
         "<w:pPr><w:ind w:left=\"240\"/></w:pPr><w:rPr><w:i/><w:color w:val=\"555555\"/></w:rPr></w:style>"
         "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
         "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
         "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
         "</w:tblCellMar></w:tblPr></w:style>"
         "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
         "<w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders>"
         "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"9AA5B1\"/>"
         "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"9AA5B1\"/>"
         "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"9AA5B1\"/>"
         "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"9AA5B1\"/>"
         "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"9AA5B1\"/>"
         "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"9AA5B1\"/>"
         "</w:tblBorders></w:tblPr></w:style>"
         "</w:styles>";
    return s;
}

std::string Core(const RichDocument& doc, long long zip_time) {
    // The W3CDTF date of the fixed generation time, so the part is as stable as the rest.
    std::time_t t = static_cast<std::time_t>(zip_time);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char when[32];
    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                       "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>") +
           Xml(doc.title) + "</dc:title><dc:creator>Hearing Desk</dc:creator><dc:language>" + Xml(doc.language) +
           "</dc:language><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created></cp:coreProperties>";
}

// [SECTION] Body
bool HasTrends(const RichDocument& doc) {
    for (const Block& b : doc.blocks)
        if (b.kind == BlockKind::Trends && !b.trends.empty()) return true;
    return false;
}

std::string Chart(const Block& b) {
    std::string out;
    int max_value = MaxBar(b);
    for (const Bar& bar : b.bars)
        out += Paragraph(nullptr, Run(bar.label + ": ", true, false, bar.highlight ? "B03A2E" : nullptr) +
                                      Run(BlockBar(bar.value, max_value), false, false, "3B6EA8") +
                                      Run((bar.value > 0 ? " " : "") + std::to_string(bar.value)));
    return out;
}

std::string Labelled(const Block& b) {
    std::string runs;
    if (!b.label.empty()) runs += Run(b.label + (b.text.empty() ? "" : ": "), true);
    if (!b.text.empty()) runs += Run(b.text);
    if (!b.mark.empty()) runs += Run(" (" + b.mark + ")", false, true, "8A4B00");
    return runs;
}

std::string Cell(const TableCell& c, bool header, int width) {
    std::string out = "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"pct\"/>";
    if (header) out += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E8EEF5\"/>";
    else if (c.highlight) out += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F8D7DA\"/>";
    out += "</w:tcPr>" + Paragraph(nullptr, Run(c.text, header || c.highlight)) + "</w:tc>";
    return out;
}

std::string Table(const Block& b) {
    size_t cols = b.header.size();
    for (const auto& row : b.rows) cols = std::max(cols, row.size());
    if (cols == 0) return {};
    int width = static_cast<int>(5000 / cols); // fiftieths of a percent: the table spans the page
    std::string out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                      "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" "
                      "w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
    for (size_t i = 0; i < cols; ++i) out += "<w:gridCol w:w=\"" + std::to_string(9000 / cols) + "\"/>";
    out += "</w:tblGrid>";
    auto row = [&](const std::vector<TableCell>& cells, bool header) {
        out += header ? "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
        for (size_t i = 0; i < cols; ++i) out += Cell(i < cells.size() ? cells[i] : TableCell{}, header, width);
        out += "</w:tr>";
    };
    std::vector<TableCell> head;
    for (const std::string& h : b.header) head.push_back({h, false});
    if (!head.empty()) row(head, true);
    for (const auto& r : b.rows) row(r, false);
    // Word wants a paragraph between two tables and after a table at the end of a cell or body.
    return out + "</w:tbl>" + Paragraph(nullptr, "");
}

// [SECTION] Trend images: each chart a PNG part shown inline at 96 dpi, its name and every value as
// text beside it (searchable, and read out where the image cannot be seen).
std::string Drawing(size_t n, const TrendChartOptions& o, const std::string& alt) {
    const long long emu_per_px = 9525;
    std::string cx = std::to_string(o.width * emu_per_px), cy = std::to_string(o.height * emu_per_px), id = std::to_string(n);
    return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"" + cx + "\" cy=\"" +
           cy + "\"/><wp:docPr id=\"" + id + "\" name=\"Trend " + id + "\" descr=\"" + Xml(alt) +
           "\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
           "noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
           "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData "
           "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic "
           "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"" + id +
           "\" name=\"trend" + id + ".png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rIdImg" + id +
           "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx +
           "\" cy=\"" + cy + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
           "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
}

std::string Trends(const Block& b, const std::string& language, std::vector<std::string>& images) {
    std::string out;
    TrendChartOptions o;
    for (const TrendSeries& s : b.trends) {
        images.push_back(TrendPng(s, o));
        std::string name = s.label + (s.unit.empty() ? "" : " (" + s.unit + ")");
        out += Paragraph(nullptr, Run(name, true));
        out += Paragraph(nullptr, Drawing(images.size(), o, name + ": " + TrendValuesText(s, language)));
        out += Paragraph("Note", Run(TrendValuesText(s, language)));
    }
    return out;
}

std::string Body(const RichDocument& doc, std::vector<std::string>& images) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"" +
                      std::string(HasTrends(doc) ? " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                                                   "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                                                 : "") +
                      "><w:body>";
    out += Paragraph("Title", Run(doc.title));
    if (!doc.subtitle.empty()) out += Paragraph("Subtitle", Run(doc.subtitle));
    out += Paragraph("Note", Run(doc.generated));
    for (const Block& b : doc.blocks) {
        switch (b.kind) {
        case BlockKind::Heading1: out += Paragraph("Heading1", Run(b.text)); break;
        case BlockKind::Heading2: out += Paragraph("Heading2", Run(b.text)); break;
        case BlockKind::Heading3: out += Paragraph("Heading3", Run(b.text)); break;
        case BlockKind::Paragraph: out += Paragraph(nullptr, Labelled(b)); break;
        case BlockKind::Item: out += Paragraph("ListParagraph", Run("\xE2\x80\xA2 ") + Labelled(b)); break;
        case BlockKind::Note: out += Paragraph("Note", Run(b.text)); break;
        case BlockKind::Table: out += Table(b); break;
        case BlockKind::Chart: out += Chart(b); break;
        case BlockKind::Trends: out += Trends(b, doc.language, images); break;
        }
    }
    // A4 portrait with 2 cm margins.
    out += "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" "
           "w:bottom=\"1134\" w:left=\"1134\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>";
    return out + "</w:body></w:document>";
}

// [SECTION] Zip
[[noreturn]] void ZipFail(const char* what) {
    throw UserError("export.err_zip", std::string("Could not build the DOCX file: ") + what, {what});
}
} // namespace

std::string WriteDocx(const RichDocument& doc, long long zip_time) {
    // Parts stay alive until zip_close: libzip reads the buffers only then.
    std::vector<std::string> images;
    std::string body = Body(doc, images);
    std::vector<std::pair<std::string, std::string>> parts = {
        {"[Content_Types].xml", ContentTypes(!images.empty())},
        {"_rels/.rels", kRootRels},
        {"docProps/core.xml", Core(doc, zip_time)},
        {"docProps/app.xml", kApp},
        {"word/_rels/document.xml.rels", DocumentRels(images.size())},
        {"word/styles.xml", Styles(doc.language)},
        {"word/document.xml", std::move(body)},
    };
    for (size_t i = 0; i < images.size(); ++i) parts.emplace_back("word/media/trend" + std::to_string(i + 1) + ".png", std::move(images[i]));
    // DOS date and time fields in UTC, so the bytes do not depend on the machine's time zone.
    std::time_t t = static_cast<std::time_t>(zip_time);
    std::tm tm{};
    gmtime_r(&t, &tm);
    auto dos_time = static_cast<zip_uint16_t>((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
    auto dos_date = static_cast<zip_uint16_t>((std::max(tm.tm_year - 80, 0) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) ZipFail("buffer");
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        ZipFail("open");
    }
    zip_source_keep(buffer); // we read the finished archive from it after zip_close
    for (const auto& [name, data] : parts) {
        zip_source_t* src = zip_source_buffer(archive, data.data(), data.size(), 0);
        zip_int64_t index = src ? zip_file_add(archive, name.c_str(), src, ZIP_FL_OVERWRITE) : -1;
        if (index < 0) {
            if (src) zip_source_free(src);
            zip_discard(archive);
            zip_source_free(buffer);
            ZipFail("add");
        }
        zip_uint64_t i = static_cast<zip_uint64_t>(index);
        zip_file_set_dostime(archive, i, dos_time, dos_date, 0);
        bool png = name.size() > 4 && name.compare(name.size() - 4, 4, ".png") == 0; // already compressed
        zip_set_file_compression(archive, i, png ? ZIP_CM_STORE : ZIP_CM_DEFLATE, png ? 0 : 9);
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        zip_source_free(buffer);
        ZipFail("close");
    }
    std::string bytes;
    if (zip_source_open(buffer) == 0) {
        zip_source_seek(buffer, 0, SEEK_END);
        zip_int64_t size = zip_source_tell(buffer);
        zip_source_seek(buffer, 0, SEEK_SET);
        if (size > 0) {
            bytes.resize(static_cast<size_t>(size));
            zip_int64_t got = zip_source_read(buffer, bytes.data(), static_cast<zip_uint64_t>(size));
            if (got != size) bytes.clear();
        }
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    if (bytes.empty()) ZipFail("read");
    return bytes;
}

} // namespace hd
