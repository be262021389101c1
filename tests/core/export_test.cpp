// Exports: golden files (md, html, csv), DOCX structure, HTML escaping, CSV details, determinism,
// anonymisation in every format, atomic writing.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/export/anonymise.h"
#include "core/base/errors.h"
#include "core/demo/demo_plan.h"
#include "core/export/export.h"
#include "core/export/export_blocks.h"
#include "core/base/i18n.h"
#include "core/merge/merge_store.h"
#include "core/text/text_analysis.h"
#include "core/base/utf8.h"
#include "tests/support/export_fixture.h"
#include "tests/support/temp_dir.h"
#include "tests/support/xml_check.h"
#include "tests/support/zip_read.h"

using namespace hd;

namespace {
const Translator& Labels() {
    static Translator tr = [] {
        Translator t;
        t.LoadDirectory(FindAssetsDir() + "/lang");
        return t;
    }();
    return tr;
}

std::string Run(test::ExportFixture& fx, ExportWhat what, ExportFormat format, bool anonymise = false) {
    ExportRequest r = fx.Request(what, format);
    r.translator = &Labels();
    r.anonymise = anonymise;
    return Export(*fx.store, r);
}

std::string ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Compares with tests/core/golden/<name>; HD_UPDATE_GOLDEN=1 rewrites the file instead.
void CheckGolden(const std::string& name, const std::string& actual) {
    std::string path = std::string(HD_TESTS_DIR) + "/core/golden/" + name;
    if (std::getenv("HD_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        WARN("golden file rewritten: " << path);
        return;
    }
    REQUIRE(std::filesystem::exists(path));
    std::string expected = ReadFile(path);
    if (expected != actual) {
        std::ofstream(path + ".actual", std::ios::binary) << actual;
        FAIL("export differs from " << path << " (actual output written next to it as .actual)");
    }
}

std::vector<std::string> NameForms(const Participant& p) {
    // The full name and the surname (everything after the first name).
    std::vector<std::string> forms{p.name};
    size_t space = p.name.find(' ');
    if (space != std::string::npos) forms.push_back(p.name.substr(space + 1));
    return forms;
}

bool ContainsFolded(const std::string& haystack, const std::string& needle) {
    return FoldForMatch(haystack).find(FoldForMatch(needle)) != std::string::npos;
}
} // namespace

TEST_CASE("minutes, plan and forum exports match the golden files", "[export][golden]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    // Approved anyway (the fixture is not merged): every format shows the approval and its reason.
    ReviewStore(*fx.store).Approve(fx.hearing_id, "Mieke De Vos", 1775037600000,
                                   "Verslag B is een kopie van A; <niet> samengevoegd & toch goed.");
    CheckGolden("minutes.md", Run(fx, ExportWhat::Minutes, ExportFormat::Markdown));
    CheckGolden("minutes.html", Run(fx, ExportWhat::Minutes, ExportFormat::Html));
    CheckGolden("minutes.csv", Run(fx, ExportWhat::Minutes, ExportFormat::Csv));
    CheckGolden("plan.md", Run(fx, ExportWhat::Plan, ExportFormat::Markdown));
    CheckGolden("plan.html", Run(fx, ExportWhat::Plan, ExportFormat::Html));
    CheckGolden("plan.csv", Run(fx, ExportWhat::Plan, ExportFormat::Csv));
    CheckGolden("forum.md", Run(fx, ExportWhat::Forum, ExportFormat::Markdown));
    CheckGolden("forum.csv", Run(fx, ExportWhat::Forum, ExportFormat::Csv));
}

TEST_CASE("two exports of the same data are byte-identical in every format", "[export]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    for (ExportWhat what : {ExportWhat::Minutes, ExportWhat::Plan, ExportWhat::Forum})
        for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Docx, ExportFormat::Csv})
            CHECK(Run(fx, what, f) == Run(fx, what, f));
    // A different generation date changes the output, and only through the date.
    ExportRequest r = fx.Request(ExportWhat::Minutes, ExportFormat::Markdown);
    r.translator = &Labels();
    std::string a = Export(*fx.store, r);
    r.date = "2026-04-02";
    std::string b = Export(*fx.store, r);
    CHECK(a != b);
    CHECK(b.find("2026-04-02") != std::string::npos);
}

TEST_CASE("HTML export escapes markup so a note with a script tag shows as text", "[export][html]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    std::string html = Run(fx, ExportWhat::Minutes, ExportFormat::Html);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; meer camera&#39;s") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("<!DOCTYPE html>") == 0);
    CHECK(html.find("<link") == std::string::npos); // standalone: no external resources
    CHECK(html.find("Vermeersch.<br>\nTweede regel.") != std::string::npos);
    std::string md = Run(fx, ExportWhat::Minutes, ExportFormat::Markdown);
    CHECK(md.find("<script>") == std::string::npos);
    CHECK(md.find("\\<script\\>") != std::string::npos);
}

TEST_CASE("CSV export has a BOM, CRLF, RFC 4180 quoting and the semicolon option", "[export][csv]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    ExportRequest r = fx.Request(ExportWhat::Minutes, ExportFormat::Csv);
    r.translator = &Labels();
    std::string comma = Export(*fx.store, r);
    REQUIRE(comma.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(comma.find("\r\n") != std::string::npos);
    // A field with a quote and a semicolon: quoted, inner quotes doubled.
    CHECK(comma.find("\"Jongeren zeggen: \"\"we hebben geen plek\"\"; ze willen een eigen ruimte.\"") !=
          std::string::npos);
    // A multi-line note is one quoted field.
    CHECK(comma.find("\"Volgens Jeugdwerk werkt het jeugdhuis al samen met Vermeersch.\nTweede regel.\"") !=
          std::string::npos);
    r.csv_separator = ';';
    std::string semi = Export(*fx.store, r);
    CHECK(semi.find("hoorzitting;thema;tijd;spreker") != std::string::npos);
    CHECK(CsvField("a;b", ';') == "\"a;b\"");
    CHECK(CsvField("a;b", ',') == "a;b");
    CHECK(CsvField("a,b", ',') == "\"a,b\"");
    CHECK(CsvField("zeg \"ja\"", ',') == "\"zeg \"\"ja\"\"\"");
    CHECK(SpreadsheetText("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")");
    for (const char* formula : {"+1", "-5% inbraken", "@SUM(A1)", "\tx", "\rx"})
        CHECK(SpreadsheetText(formula) == std::string("'") + formula);
    CHECK(SpreadsheetText("Meer camera's = minder overlast?") == "Meer camera's = minder overlast?");
    CHECK(SpreadsheetText("") == "");
    // End to end: a note that looks like a formula is exported as text.
    fx.AddNote('B', 3, 320000, 0, "=HYPERLINK(\"http://x\";\"klik\")", NoteKind::Other, SafetyChain::None);
    r.csv_separator = ',';
    std::string with_formula = Export(*fx.store, r);
    CHECK(with_formula.find(",\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\",") != std::string::npos);
    CHECK(with_formula.find(",=HYPERLINK") == std::string::npos);
    CHECK(with_formula.find(",\"=HYPERLINK") == std::string::npos);
    r.csv_separator = '|';
    CHECK_THROWS_AS(Export(*fx.store, r), InputError);
}

TEST_CASE("DOCX export is a zip of well-formed XML with heading styles and a table", "[export][docx]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    std::string bytes = Run(fx, ExportWhat::Plan, ExportFormat::Docx);
    REQUIRE(bytes.rfind("PK\x03\x04", 0) == 0);
    auto parts = test::Unzip(bytes);
    for (const char* name : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                             "word/_rels/document.xml.rels", "docProps/core.xml"})
        REQUIRE(parts.count(name) == 1);
    for (const auto& [name, xml] : parts) {
        INFO(name);
        CHECK(test::CheckXmlWellFormed(xml).empty());
        CHECK(IsValidUtf8(xml));
    }
    const std::string& doc = parts["word/document.xml"];
    const std::string& styles = parts["word/styles.xml"];
    CHECK(styles.find("w:styleId=\"Heading1\"") != std::string::npos);
    CHECK(styles.find("w:styleId=\"Heading2\"") != std::string::npos);
    CHECK(styles.find("<w:outlineLvl w:val=\"0\"/>") != std::string::npos);
    CHECK(doc.find("<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">4. Jeugd en overlast</w:t>") !=
          std::string::npos);
    CHECK(doc.find("<w:pStyle w:val=\"Heading2\"/>") != std::string::npos);
    CHECK(doc.find("<w:tbl>") != std::string::npos);
    CHECK(doc.find("<w:tblHeader/>") != std::string::npos);
    CHECK(doc.find("Veiligheidsplan Halle") != std::string::npos);
    // The minutes' markup is escaped in XML too.
    auto minutes = test::Unzip(Run(fx, ExportWhat::Minutes, ExportFormat::Docx));
    CHECK(test::CheckXmlWellFormed(minutes["word/document.xml"]).empty());
    CHECK(minutes["word/document.xml"].find("&lt;script&gt;") != std::string::npos);
}

TEST_CASE("the XML checker rejects broken XML", "[export][docx]") {
    CHECK(test::CheckXmlWellFormed("<a><b></a></b>") != "");
    CHECK(test::CheckXmlWellFormed("<a>x & y</a>") != "");
    CHECK(test::CheckXmlWellFormed("<a b=c/>") != "");
    CHECK(test::CheckXmlWellFormed("<a/><b/>") != "");
    CHECK(test::CheckXmlWellFormed("<?xml version=\"1.0\"?>\n<a b=\"&amp;\">t&lt;</a>").empty());
}

TEST_CASE("participants without consent never appear by name in any export", "[export][anonymise]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    Participant youth = *fx.store->GetParticipant(fx.youth_id);
    for (ExportWhat what : {ExportWhat::Minutes, ExportWhat::Plan, ExportWhat::Forum})
        for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Csv}) {
            std::string out = Run(fx, what, f);
            for (const std::string& form : NameForms(youth)) CHECK_FALSE(ContainsFolded(out, form));
        }
    std::string md = Run(fx, ExportWhat::Minutes, ExportFormat::Markdown);
    CHECK(md.find("Jan Vermeersch") != std::string::npos); // consent given, not anonymising
    CHECK(md.find("Volgens Jeugdwerk werkt") != std::string::npos); // lowercase mention in a note replaced
}

TEST_CASE("anonymising leaves no participant name in any export format", "[export][anonymise]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    auto participants = fx.store->ListParticipants();
    for (ExportWhat what : {ExportWhat::Minutes, ExportWhat::Plan, ExportWhat::Forum})
        for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Csv, ExportFormat::Docx}) {
            std::string out = Run(fx, what, f, true);
            if (f == ExportFormat::Docx) {
                std::string all;
                auto parts = test::Unzip(out);
                REQUIRE_FALSE(parts.empty());
                for (const auto& [name, xml] : parts) all += xml;
                out = all;
            }
            for (const Participant& p : participants)
                for (const std::string& form : NameForms(p)) {
                    INFO(form << " in format " << static_cast<int>(f) << " of " << static_cast<int>(what));
                    CHECK_FALSE(ContainsFolded(out, form));
                }
        }
    std::string md = Run(fx, ExportWhat::Minutes, ExportFormat::Markdown, true);
    CHECK(md.find("Politie") != std::string::npos);
    CHECK(md.find("samen met Politie.") != std::string::npos); // surname alone replaced too
    CHECK(md.find("Handelaars vraagt") != std::string::npos);  // first name written with a capital
}

TEST_CASE("anonymiser labels, numbering, organisation and word boundaries", "[export][anonymise]") {
    std::vector<Participant> people(3);
    people[0].id = 1;
    people[0].name = "Anaïs Dewulf";
    people[0].discipline = "prosecutor";
    people[0].organisation = "Parket";
    people[1].id = 2;
    people[1].name = "Koen Lambrechts";
    people[1].discipline = "police";
    people[2].id = 3;
    people[2].name = "Inge Vandenbussche";
    people[2].discipline = "police";
    people[2].consent_named = true;
    AnonymiseOptions o;
    o.all = true;
    Anonymiser all(people, o);
    CHECK(all.Label(1) == "prosecutor");
    CHECK(all.Label(2) == "police 1");
    CHECK(all.Label(3) == "police 2");
    CHECK(all.Scrub("ANAIS DEWULF zegt: dewulf en Lambrechtsen") == "prosecutor zegt: prosecutor en Lambrechtsen");
    CHECK(all.Scrub("Koen's punt; koen knikt") == "police 1's punt; koen knikt");
    CHECK(all.Scrub("Geen namen hier, één zin.") == "Geen namen hier, één zin.");
    o.all = false;
    o.with_organisation = true;
    Anonymiser consent(people, o);
    CHECK_FALSE(consent.Hides(3));
    CHECK(consent.Hides(1));
    CHECK(consent.Label(1) == "prosecutor (Parket)");
    CHECK(consent.Scrub("Inge en Anaïs") == "Inge en prosecutor (Parket)");
}

TEST_CASE("a participant keeps the same pseudonym in every export of a plan", "[export][anonymise]") {
    std::vector<Participant> people(3);
    people[0].id = 1;
    people[0].name = "Koen Lambrechts";
    people[0].discipline = "police";
    people[0].consent_named = true;
    people[1].id = 2;
    people[1].name = "Inge Vandenbussche";
    people[1].discipline = "police";
    people[1].organisation = "Politiezone Dijlestede";
    people[2].id = 3;
    people[2].name = "Bram Van \xC4\xB2zendoorn"; // with the ligature Ĳ
    people[2].discipline = "youth_work";
    AnonymiseOptions o;
    o.all = true;
    Anonymiser everyone(people, o);
    o.all = false;
    Anonymiser without_consent(people, o);
    o.with_organisation = true;
    Anonymiser with_organisation(people, o);
    CHECK(everyone.Label(2) == "police 2");
    CHECK(without_consent.Label(2) == "police 2"); // not "police": Koen is still numbered, though named
    CHECK(with_organisation.Label(2) == "police 2 (Politiezone Dijlestede)");
    CHECK(everyone.Label(3) == without_consent.Label(3));
    // "IJ" typed as two letters matches the ligature in the participant's name, and the other way round.
    CHECK(without_consent.Scrub("Bram Van IJzendoorn knikt") == "youth_work knikt");
    CHECK(without_consent.Scrub("van ijzendoorn") == "youth_work");
    CHECK(FoldForMatch("IJzer") == FoldForMatch("\xC4\xB2zer"));
    CHECK(FoldForMatch("ijzer") == FoldForMatch("\xC4\xB3zer"));
}

TEST_CASE("anonymiser finds a name typed with a decomposed accent or in curly quotes", "[export][anonymise]") {
    std::vector<Participant> people(2);
    people[0].id = 1;
    people[0].name = "Anaïs Dewulf";
    people[0].discipline = "prosecutor";
    people[1].id = 2;
    people[1].name = "Koen Lambrechts";
    people[1].discipline = "police";
    AnonymiseOptions o;
    o.all = true;
    Anonymiser all(people, o);
    // "Anai" + COMBINING DIAERESIS: looks the same on screen, is not the same bytes.
    CHECK(all.Scrub("Anai\u0308s Dewulf zegt") == "prosecutor zegt");
    CHECK(all.Scrub("Volgens Anai\u0308s") == "Volgens prosecutor");
    // A curly quote is punctuation, so the name after it starts a word.
    CHECK(all.Scrub("\u201CLambrechts\u201D") == "\u201Cpolice\u201D");
    // A lowercase accented first name is a word, not a name written with a capital.
    people[0].name = "Élise Dewulf";
    Anonymiser elise(people, o);
    CHECK(elise.Scrub("élise en Élise") == "élise en prosecutor");
}

TEST_CASE("ExportToFile writes atomically and leaves no temporary file", "[export]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    ExportRequest r = fx.Request(ExportWhat::Plan, ExportFormat::Html);
    r.translator = &Labels();
    std::string path = dir.File("plan.html");
    ExportToFile(*fx.store, r, path);
    CHECK(ReadFile(path) == Export(*fx.store, r));
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.Path()))
        if (e.path().filename().string().find(".tmp") != std::string::npos) ++files;
    CHECK(files == 0);
    CHECK_THROWS_AS(ExportToFile(*fx.store, r, dir.File("no/such/dir/plan.html")), UserError);
}

TEST_CASE("export refuses an unknown hearing and a malformed date", "[export]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    ExportRequest r = fx.Request(ExportWhat::Minutes, ExportFormat::Markdown);
    r.hearing_id = 999;
    CHECK_THROWS_AS(Export(*fx.store, r), InputError);
    r.hearing_id = fx.hearing_id;
    r.date = "1-4-2026";
    CHECK_THROWS_AS(Export(*fx.store, r), InputError);
}

TEST_CASE("ExportToFile writes through a symbolic link and into a pipe without replacing them", "[export]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    ExportRequest r = fx.Request(ExportWhat::Plan, ExportFormat::Markdown);
    r.translator = &Labels();
    std::string target = dir.File("target.md"), link = dir.File("link.md");
    std::filesystem::create_symlink(target, link);
    ExportToFile(*fx.store, r, link);
    CHECK(std::filesystem::is_symlink(link));
    CHECK(ReadFile(target) == Export(*fx.store, r));
    // A character device stays a device (the export is written into it, not renamed over it).
    ExportToFile(*fx.store, r, "/dev/null");
    CHECK(std::filesystem::is_character_file("/dev/null"));
    CHECK_THROWS_AS(ExportToFile(*fx.store, r, dir.Path().string()), UserError);
}

TEST_CASE("a core-group member who took part is anonymised, a namesake is not", "[export][anonymise]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    ReviewStore rs(*fx.store);
    rs.AddMember({0, "eline  PEETERS", "Jeugdhuis De Kelder", "other", 0}); // the participant without consent
    rs.AddMember({0, "Jef Peeters", "Stad Halle", "alderman", 0});          // someone else
    std::string md = Run(fx, ExportWhat::Plan, ExportFormat::Markdown);
    CHECK_FALSE(ContainsFolded(md, "Eline Peeters"));
    CHECK(md.find("| Jeugdwerk | Jeugdhuis De Kelder |") != std::string::npos);
    CHECK(md.find("| Jef Peeters | Stad Halle | Schepen |") != std::string::npos);
}

TEST_CASE("the provenance column keeps its keys: a merge status is written as agreed, differs, only_a or only_b", "[export]") {
    // Exports translate "export.prov_key.<key>"; the minutes carry the merge's own status, so its keys
    // are what exported files (and their translations) depend on.
    std::vector<std::pair<MergeStatus, std::string>> keys = {
        {MergeStatus::Agreed, "agreed"}, {MergeStatus::Differs, "differs"}, {MergeStatus::OnlyA, "only_a"}, {MergeStatus::OnlyB, "only_b"}};
    for (const auto& [status, key] : keys) {
        CHECK(ToKey(status) == key);
        CHECK(Labels().Has("export.prov_key." + key));
        CHECK(MergeStatusFromKey(key) == status);
    }
}

TEST_CASE("merged minutes list entries in order and put what one reporter noted in the appendix", "[export]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    static TextAnalyzer analyzer(FindAssetsDir());
    MergeStore(*fx.store).RunMerge(fx.hearing_id, analyzer, {}, "test");
    ExportLabels labels(&Labels(), Language::Dutch);
    ExportRequest r = fx.Request(ExportWhat::Minutes, ExportFormat::Markdown);
    r.translator = &Labels();
    MinutesDocument doc = PrepareMinutes(*fx.store, r, labels);
    REQUIRE(doc.merged);
    size_t total = doc.entries.size() + doc.appendix.size();
    CHECK(total < 6); // the two notes about noise at 22h were matched into one entry
    for (const MinutesEntry& l : doc.entries) CHECK((l.provenance == MergeStatus::Agreed || l.provenance == MergeStatus::Differs));
    REQUIRE(!doc.appendix.empty());
    for (const MinutesEntry& l : doc.appendix) CHECK((l.provenance == MergeStatus::OnlyA || l.provenance == MergeStatus::OnlyB));
    for (size_t i = 1; i < doc.entries.size(); ++i) CHECK(doc.entries[i - 1].offset_ms <= doc.entries[i].offset_ms);
    std::string md = Export(*fx.store, r);
    size_t appendix = md.find("## Bijlage: slechts door één verslaggever genoteerd");
    REQUIRE(appendix != std::string::npos);
    CHECK(md.find("Vraag uit de zaal: wie betaalt dat?", appendix) != std::string::npos);
    CHECK(md.find("_(alleen verslaggever A)_", appendix) != std::string::npos);
    CHECK(md.find("nog niet samengevoegd") == std::string::npos);
}

TEST_CASE("Markdown escapes what would start markup at a line start", "[export][markdown]") {
    RichDocument doc;
    doc.title = "T";
    doc.generated = "g";
    Block b;
    b.kind = BlockKind::Paragraph;
    b.text = "2026. Een jaar\n- geen lijst\n# geen kop\nA_B *c*";
    doc.blocks.push_back(b);
    std::string md = WriteMarkdown(doc);
    CHECK(md.find("2026\\. Een jaar  \n\\- geen lijst  \n\\# geen kop  \nA\\_B \\*c\\*") != std::string::npos);
}

TEST_CASE("anonymised exports of the merged demo plan name no participant", "[export][anonymise][demo]") {
    test::TempDir dir;
    std::string path = dir.File("demo.hdesk");
    auto store = CreateDemoPlan(path);
    static TextAnalyzer analyzer(FindAssetsDir());
    MergeStore merges(*store);
    for (const Hearing& h : store->ListHearings()) merges.RunMerge(h.id, analyzer, {}, "test");
    auto participants = store->ListParticipants();
    ExportRequest r;
    r.translator = &Labels();
    r.anonymise = true;
    r.date = "2026-11-22";
    for (const Hearing& h : store->ListHearings()) {
        r.what = ExportWhat::Minutes;
        r.hearing_id = h.id;
        for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Csv}) {
            r.format = f;
            std::string out = Export(*store, r);
            for (const Participant& p : participants) {
                if (p.name.empty()) continue;
                INFO(p.name << " in hearing " << h.id);
                CHECK_FALSE(ContainsFolded(out, p.name));
            }
            // Anonymised, the reporters are named by their role (issue 16); kept, they keep their own
            // names even when a participant shares a surname.
            if (f == ExportFormat::Markdown && !h.reporter_b.empty()) {
                CHECK(out.find("B: Verslaggever B") != std::string::npos);
                CHECK_FALSE(ContainsFolded(out, h.reporter_b));
                r.keep_staff_names = true;
                CHECK(Export(*store, r).find("B: " + h.reporter_b) != std::string::npos);
                r.keep_staff_names = false;
            }
        }
    }
}
