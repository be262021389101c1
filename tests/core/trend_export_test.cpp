// The local safety diagnosis in the plan export (issue 13, item 2): a trend chart per indicator, an
// inline SVG in HTML (labels escaped), a PNG image part in DOCX (with its relationship and content
// type), block bars in Markdown. Every output is parsed back.
#include <catch2/catch.hpp>

#include <expat.h>
#include <png.h>

#include <memory>

#include "core/base/i18n.h"
#include "core/export/export.h"
#include "core/export/trend_chart.h"
#include "core/store/indicator_store.h"
#include "tests/support/lifecycle_plan.h"
#include "tests/support/temp_dir.h"
#include "tests/support/zip_read.h"

using namespace hd;

namespace {
// Namespace-aware well-formedness (expat): an undeclared prefix such as r: or wp: is an error.
std::string XmlError(const std::string& xml) {
    std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> p(XML_ParserCreateNS("UTF-8", '|'), XML_ParserFree);
    if (XML_Parse(p.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_OK) return {};
    return std::string(XML_ErrorString(XML_GetErrorCode(p.get()))) + " at line " + std::to_string(XML_GetCurrentLineNumber(p.get()));
}

struct Decoded {
    unsigned width = 0, height = 0;
    std::vector<unsigned char> rgb;
};
Decoded DecodePng(const std::string& bytes) {
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    Decoded out;
    if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size())) return out;
    image.format = PNG_FORMAT_RGB;
    out.rgb.resize(PNG_IMAGE_SIZE(image));
    if (!png_image_finish_read(&image, nullptr, out.rgb.data(), 0, nullptr)) return {};
    out.width = image.width;
    out.height = image.height;
    return out;
}

const Translator& Labels() {
    static const Translator t = [] {
        Translator tr;
        tr.LoadDirectory(FindAssetsDir() + "/lang");
        return tr;
    }();
    return t;
}

size_t Count(const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
}

struct PlanWithFigures {
    explicit PlanWithFigures(const std::string& path) : plan(path) {
        IndicatorStore is(*plan.store);
        is.SetValue(plan.housing, "Woninginbraken <b>&", 2021, 5.2, "per 1.000 woningen");
        is.SetValue(plan.housing, "Woninginbraken <b>&", 2022, 4.9);
        is.SetValue(plan.housing, "Woninginbraken <b>&", 2023, 4.8);
        is.SetValue(plan.youth, "Meldingen overlast", 2022, 310);
        is.SetValue(plan.youth, "Meldingen overlast", 2023, 344);
        is.SetValue(0, "Inwoners", 2023, 41250);
    }
    std::string Export(ExportFormat f, Language lang = Language::Dutch) {
        ExportRequest r;
        r.what = ExportWhat::Plan;
        r.format = f;
        r.date = "2026-05-21";
        r.language = lang;
        r.translator = &Labels();
        return hd::Export(*plan.store, r);
    }
    test::LifecyclePlan plan;
};
} // namespace

TEST_CASE("trend charts: points span the chart, a flat series sits in the middle", "[export][trend]") {
    TrendSeries s{"x", "", {{2020, 1}, {2022, 3}, {2021, 2}}};
    std::sort(s.values.begin(), s.values.end());
    auto pts = TrendPoints(s, 100, 50, 5);
    REQUIRE(pts.size() == 3);
    CHECK(pts[0].x == Approx(5));
    CHECK(pts[2].x == Approx(95));
    CHECK(pts[0].y == Approx(45)); // lowest value at the bottom
    CHECK(pts[2].y == Approx(5));
    auto flat = TrendPoints({"f", "", {{2020, 7}, {2021, 7}}}, 100, 50, 5);
    CHECK(flat[0].y == Approx(25));
    CHECK(FormatFigure(4.8, "nl") == "4,8");
    CHECK(FormatFigure(4.8, "en") == "4.8");
    CHECK(FormatFigure(41250, "nl") == "41250");
}

TEST_CASE("the plan export in HTML draws each indicator as an inline SVG with escaped labels", "[export][trend]") {
    test::TempDir dir;
    PlanWithFigures p(dir.File("p.hdesk"));
    std::string html = p.Export(ExportFormat::Html);
    CHECK(Count(html, "<svg class=\"trend\"") == 3);
    CHECK(html.find("<b>&") == std::string::npos); // the name never reaches the page as markup
    CHECK(html.find("Woninginbraken &lt;b&gt;&amp;") != std::string::npos);
    CHECK(html.find("Indicatoren (lokale veiligheidsdiagnose)") != std::string::npos);
    CHECK(html.find("cijfers voor de hele stad") != std::string::npos);
    // Every SVG is well-formed XML on its own, and its title lists every value.
    for (size_t at = html.find("<svg class=\"trend\""); at != std::string::npos; at = html.find("<svg class=\"trend\"", at + 1)) {
        std::string svg = html.substr(at, html.find("</svg>", at) + 6 - at);
        INFO(svg);
        CHECK(XmlError(svg).empty());
    }
    CHECK(html.find("2021: 5,2 \xC2\xB7 2022: 4,9 \xC2\xB7 2023: 4,8") != std::string::npos);
    // The domain's chart stands in its own chapter, after the problem statement.
    CHECK(html.find("Meldingen overlast") > html.find("<h2>4. Jeugd</h2>"));
}

TEST_CASE("the plan export in Markdown shows each indicator as a bar per year", "[export][trend]") {
    test::TempDir dir;
    PlanWithFigures p(dir.File("p.hdesk"));
    std::string md = p.Export(ExportFormat::Markdown, Language::English);
    CHECK(md.find("**Meldingen overlast**\n\n") != std::string::npos);
    std::string full;
    for (int i = 0; i < 24; ++i) full += "\xE2\x96\x88";
    CHECK(md.find("- 2023 " + full + " 344\n") != std::string::npos); // the largest value gets the full bar
    CHECK(md.find("- 2022 ") != std::string::npos);
    CHECK(md.find("4.8") != std::string::npos); // English decimal point
}

TEST_CASE("the plan export in DOCX embeds each chart as a PNG part with its relationship and content type", "[export][trend]") {
    test::TempDir dir;
    PlanWithFigures p(dir.File("p.hdesk"));
    std::string docx = p.Export(ExportFormat::Docx);
    auto parts = test::Unzip(docx);
    REQUIRE(!parts.empty());
    for (const auto& [name, data] : parts)
        if (name.size() > 4 && name.compare(name.size() - 4, 4, ".xml") == 0) {
            INFO(name);
            CHECK(XmlError(data).empty());
        }
    CHECK(XmlError(parts["word/_rels/document.xml.rels"]).empty());
    CHECK(parts["[Content_Types].xml"].find("<Default Extension=\"png\" ContentType=\"image/png\"/>") != std::string::npos);
    const std::string& rels = parts["word/_rels/document.xml.rels"];
    const std::string& body = parts["word/document.xml"];
    size_t all_blue = 0;
    for (int i = 1; i <= 3; ++i) {
        std::string n = std::to_string(i);
        INFO("image " << n);
        CHECK(rels.find("Id=\"rIdImg" + n + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
                        "Target=\"media/trend" + n + ".png\"") != std::string::npos);
        CHECK(body.find("r:embed=\"rIdImg" + n + "\"") != std::string::npos);
        REQUIRE(parts.count("word/media/trend" + n + ".png") == 1);
        Decoded img = DecodePng(parts["word/media/trend" + n + ".png"]);
        CHECK(img.width == 480);
        CHECK(img.height == 110);
        // The line is drawn: some pixels are (mostly) the chart's blue, most are the background.
        size_t blue = 0;
        for (size_t k = 0; k + 2 < img.rgb.size(); k += 3)
            if (img.rgb[k + 2] > img.rgb[k] + 60) ++blue;
        CHECK(blue > 20); // at least a dot (the city's figure has one year)
        CHECK(blue < img.rgb.size() / 3 / 4);
        all_blue += blue;
    }
    CHECK(all_blue > 1000); // the lines of the two series over several years
    CHECK(parts.count("word/media/trend4.png") == 0);
    CHECK(Count(body, "<wp:docPr id=\"") == 3);
    CHECK(body.find("descr=\"Woninginbraken &lt;b&gt;&amp; (per 1.000 woningen): 2021: 5,2") != std::string::npos);
    // The same data gives the same bytes.
    CHECK(p.Export(ExportFormat::Docx) == docx);
}

TEST_CASE("a plan without figures exports without any chart, image part or png content type", "[export][trend]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    ExportRequest r;
    r.what = ExportWhat::Plan;
    r.format = ExportFormat::Docx;
    r.date = "2026-05-21";
    auto parts = test::Unzip(Export(*plan.store, r));
    CHECK(parts["[Content_Types].xml"].find("png") == std::string::npos);
    CHECK(parts["word/_rels/document.xml.rels"].find("rIdImg") == std::string::npos);
    r.format = ExportFormat::Html;
    CHECK(Export(*plan.store, r).find("<svg class=\"trend\"") == std::string::npos);
}
