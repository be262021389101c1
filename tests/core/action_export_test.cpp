// The yearly action plan (md, html, docx, xlsx) and the plan document's actions tables and annex of
// minutes references (issue 12 points 4 and 6): golden files, the xlsx read back with libzip
// (escaped strings, ë, numbers), byte-stable output, refused requests, and hearingctl.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/cluster/objective_store.h"
#include "core/export/export.h"
#include "core/plan/action_store.h"
#include "core/store/db.h"
#include "core/store/store.h"
#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"
#include "tests/support/zip_read.h"

using namespace hd;

namespace {
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
    if (ReadFile(path) != actual) {
        std::ofstream(path + ".actual", std::ios::binary) << actual;
        FAIL("export differs from " << path << " (actual output written next to it as .actual)");
    }
}

// One domain with a hearing, a note behind a tactical objective, and three actions: one over
// 2027–2029 with text that needs escaping, one in 2028 only, one not scheduled.
struct ActionExportPlan {
    test::TempDir dir;
    std::string path = dir.File("plan.hdesk");
    std::unique_ptr<PlanStore> store;
    Translator tr;

    ActionExportPlan() {
        tr.LoadDirectory(FindAssetsDir() + "/lang");
        Plan plan;
        plan.name = "Integraal veiligheidsplan Dijlestede";
        plan.city = "Dijlestede";
        plan.period_start = 2026;
        plan.period_end = 2031;
        store = PlanStore::Create(path, plan);
        Theme t;
        t.title = "Drugs & overlast <stationsbuurt>";
        t.problem_statement = "Dealen rond het station.";
        int64_t theme = store->AddTheme(t);
        Hearing h;
        h.theme_id = theme;
        h.date = "2025-10-14";
        h.location = "Stadhuis, zaal Geërts";
        int64_t hearing = store->AddHearing(h);
        Note n;
        n.hearing_id = hearing;
        n.text = "Jongeren worden aangesproken om te dealen.";
        n.kind = NoteKind::Problem;
        std::string note = store->AddNote(n, "A").uuid;
        ObjectiveStore objectives(*store);
        Objective s;
        s.theme_id = theme;
        s.level = ObjectiveLevel::Strategic;
        s.title = "Minder jongeren in het dealen";
        objectives.Add(s, "Karel");
        Objective o;
        o.theme_id = theme;
        o.title = "Jongeren vroeg bereiken met werk en begeleiding";
        int64_t tactical = objectives.Add(o, "Karel");
        // The board links an objective to the notes behind it (ObjectiveStore::Add takes none).
        Statement link(store->Db(), "INSERT INTO objective_note(objective_id, note_uuid, role) VALUES(?, ?, 'why')");
        link.Bind(1, tactical).Bind(2, note).Exec();
        ActionStore actions(*store);
        Action a;
        a.objective_id = tactical;
        a.description = "Werkplekleren met coaching voor 15 jongeren";
        a.owner = "Preventiedienst (Zoë)";
        a.partners = "<&> politie, VDAB";
        a.start_year = 2027;
        a.end_year = 2029;
        a.budget_euro = 45000;
        a.budget_note = "deels subsidie";
        a.indicator = "jongeren in een traject";
        a.target = "15 per jaar";
        a.status = ActionStatus::Running;
        a.quick_win = true;
        actions.Add(a, "Karel");
        Action b;
        b.objective_id = tactical;
        b.description = "=SUM(A1) infoavond voor ouders";
        b.owner = "Jeugddienst";
        b.start_year = 2028;
        b.budget_note = "binnen het werkingsbudget";
        actions.Add(b, "Karel");
        Action c;
        c.objective_id = tactical;
        c.description = "Nog te plannen";
        actions.Add(c, "Karel");
    }

    std::string Export(ExportWhat what, ExportFormat format, int year = 0, Language lang = Language::Dutch) {
        ExportRequest r;
        r.what = what;
        r.format = format;
        r.year = year;
        r.date = "2026-05-01";
        r.language = lang;
        r.translator = &tr;
        return hd::Export(*store, r);
    }
};
} // namespace

TEST_CASE("the yearly action plan matches the golden files in md and html", "[export][actions][golden]") {
    ActionExportPlan p;
    std::string md = p.Export(ExportWhat::Actions, ExportFormat::Markdown, 2027);
    CheckGolden("actions_2027.md", md);
    CheckGolden("actions_2027.html", p.Export(ExportWhat::Actions, ExportFormat::Html, 2027));
    CheckGolden("actions_2028_en.md", p.Export(ExportWhat::Actions, ExportFormat::Markdown, 2028, Language::English));
    // Only what runs that year: 2027 has the multi-year action, not the 2028 one or the unscheduled one.
    CHECK(md.find("Werkplekleren") != std::string::npos);
    CHECK(md.find("infoavond") == std::string::npos);
    CHECK(md.find("Nog te plannen") == std::string::npos);
    CHECK(md.find("€ 45.000") != std::string::npos);
    std::string html = p.Export(ExportWhat::Actions, ExportFormat::Html, 2027);
    CHECK(html.find("&lt;&amp;&gt; politie") != std::string::npos);
    CHECK(html.find("<&> politie") == std::string::npos);
    std::string none = p.Export(ExportWhat::Actions, ExportFormat::Markdown, 2031);
    CHECK(none.find("0 in totaal") != std::string::npos);
}

TEST_CASE("the yearly action plan as xlsx holds escaped strings and real numbers, byte-stable", "[export][actions][xlsx]") {
    ActionExportPlan p;
    std::string xlsx = p.Export(ExportWhat::Actions, ExportFormat::Xlsx, 2028);
    auto parts = test::Unzip(xlsx);
    REQUIRE(parts.count("xl/sharedStrings.xml"));
    REQUIRE(parts.count("xl/worksheets/sheet1.xml"));
    const std::string& strings = parts["xl/sharedStrings.xml"];
    CHECK(strings.find("Preventiedienst (Zoë)") != std::string::npos);
    CHECK(strings.find("&lt;&amp;&gt; politie, VDAB") != std::string::npos);
    CHECK(strings.find("<&>") == std::string::npos);
    CHECK(strings.find("Drugs &amp; overlast &lt;stationsbuurt&gt;") != std::string::npos);
    CHECK(strings.find("Strategische doelstelling") != std::string::npos);
    CHECK(strings.find("=SUM(A1) infoavond voor ouders") != std::string::npos); // a string, never a formula
    const std::string& sheet = parts["xl/worksheets/sheet1.xml"];
    CHECK(sheet.find("<f>") == std::string::npos);
    CHECK(sheet.find("<v>45000</v>") != std::string::npos); // the amount is a number Excel can add up
    CHECK(sheet.find("autoFilter") != std::string::npos);
    CHECK(parts["xl/workbook.xml"].find("Jaaractieplan 2028") != std::string::npos);
    CHECK(parts["docProps/core.xml"].find("2026-05-01T12:00:00Z") != std::string::npos);
    CHECK(p.Export(ExportWhat::Actions, ExportFormat::Xlsx, 2028) == xlsx);
    // 2028 holds both scheduled actions, the unscheduled one in no year.
    CHECK(strings.find("Nog te plannen") == std::string::npos);
}

TEST_CASE("the yearly action plan as docx has its table", "[export][actions]") {
    ActionExportPlan p;
    auto parts = test::Unzip(p.Export(ExportWhat::Actions, ExportFormat::Docx, 2027));
    REQUIRE(parts.count("word/document.xml"));
    const std::string& doc = parts["word/document.xml"];
    CHECK(doc.find("Jaaractieplan 2027") != std::string::npos);
    CHECK(doc.find("<w:tbl>") != std::string::npos);
    CHECK(doc.find("&lt;&amp;&gt; politie") != std::string::npos);
}

TEST_CASE("bad action plan requests are refused with a translated message", "[export][actions]") {
    ActionExportPlan p;
    auto key_of = [&](ExportWhat what, ExportFormat format, int year) {
        try {
            p.Export(what, format, year);
        } catch (const UserError& e) {
            return e.Key();
        }
        return std::string("none");
    };
    CHECK(key_of(ExportWhat::Actions, ExportFormat::Markdown, 0) == "export.err_actions_year");
    CHECK(key_of(ExportWhat::Actions, ExportFormat::Csv, 2027) == "export.err_actions_csv");
    CHECK(key_of(ExportWhat::Plan, ExportFormat::Xlsx, 2027) == "export.err_xlsx_only_actions");
    p.tr.SetLanguage(Language::Dutch);
    CHECK(p.tr.Message(UserError("export.err_actions_year", "x")).find("jaar nodig") != std::string::npos);
}

TEST_CASE("the plan document shows each tactical objective's actions and an annex of minutes", "[export][actions][golden]") {
    ActionExportPlan p;
    std::string md = p.Export(ExportWhat::Plan, ExportFormat::Markdown);
    CheckGolden("plan_with_actions.md", md);
    CheckGolden("plan_with_actions.html", p.Export(ExportWhat::Plan, ExportFormat::Html));
    size_t objective = md.find("Jongeren vroeg bereiken");
    size_t table = md.find("Werkplekleren met coaching");
    size_t annex = md.find("Bijlage: verslagen achter de doelstellingen");
    REQUIRE(objective != std::string::npos);
    REQUIRE(table != std::string::npos);
    REQUIRE(annex != std::string::npos);
    CHECK(objective < table);
    CHECK(table < annex);
    // The annex names the hearing the objective's note comes from, and that its minutes are a draft.
    CHECK(md.find("2025-10-14", annex) != std::string::npos);
    CHECK(md.find("Ontwerp", annex) != std::string::npos);
}

TEST_CASE("hearingctl exports the yearly action plan and refuses it without a year", "[export][actions][cli]") {
    ActionExportPlan p;
    std::string out = p.dir.File("actieplan 2027.xlsx");
    std::string plan = p.path;
    p.store.reset();
    test::ShellRun r = test::RunHearingctlShell("export '" + plan + "' --what actions --year 2027 --format xlsx --date 2026-05-01 -o '" + out + "'");
    INFO(r.out);
    REQUIRE(r.status == 0);
    auto parts = test::Unzip(ReadFile(out));
    CHECK(parts["xl/sharedStrings.xml"].find("Werkplekleren") != std::string::npos);
    test::ShellRun bad = test::RunHearingctlShell("export '" + plan + "' --what actions --format md -o -");
    CHECK(bad.status != 0);
    CHECK(bad.out.find("--year") != std::string::npos);
}
