// Monitoring (issue 13, item 6): per year the status of each accepted objective and action with a
// note and a figure, and the progress report of a year in md, html, docx and xlsx, each read back.
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <functional>
#include <iterator>

#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/lifecycle/monitoring.h"
#include "core/lifecycle/monitoring_report.h"
#include "core/lifecycle/xlsx_sheet.h"
#include "core/store/indicator_store.h"
#include "tests/support/child_process.h"
#include "tests/support/lifecycle_plan.h"
#include "tests/support/temp_dir.h"
#include "tests/support/zip_read.h"

using namespace hd;

namespace {
const Translator& Labels() {
    static const Translator t = [] {
        Translator tr;
        tr.LoadDirectory(FindAssetsDir() + "/lang");
        return tr;
    }();
    return t;
}

// An action under a tactical objective. The actions table comes with its own migration; the columns
// used here are the ones monitoring reads, so the test holds with or without it.
int64_t AddAction(test::LifecyclePlan& plan, int64_t objective, const std::string& text, int start, int end) {
    plan.store->Db().Exec("CREATE TABLE IF NOT EXISTS plan_action(id INTEGER PRIMARY KEY, objective_id INTEGER NOT NULL, "
                          "position INTEGER NOT NULL DEFAULT 0, description TEXT NOT NULL, start_year INTEGER NOT NULL DEFAULT 0, "
                          "end_year INTEGER NOT NULL DEFAULT 0)");
    Statement st(plan.store->Db(), "INSERT INTO plan_action(objective_id, position, description, start_year, end_year) VALUES(?, 1, ?, ?, ?)");
    st.Bind(1, objective).Bind(2, text).Bind(3, start).Bind(4, end);
    st.Exec();
    return plan.store->Db().LastInsertId();
}

std::string KeyOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const UserError& e) {
        return e.Key();
    }
    return "no error";
}

struct FollowedPlan {
    explicit FollowedPlan(const std::string& path) : plan(path) {
        IndicatorStore is(*plan.store);
        is.SetValue(plan.housing, "Leegstaande woningen", 2025, 362, "aantal");
        is.SetValue(plan.housing, "Leegstaande woningen", 2026, 341);
        indicator = is.List().front().id;
        register_action = AddAction(plan, plan.housing_tactical, "Leegstandsregister koppelen aan de wijkwerking", 2026, 2028);
        later_action = AddAction(plan, plan.housing_tactical, "Premie voor renovatie boven winkels", 2029, 0);
        MonitoringStore ms(*plan.store);
        MonitoringEntry e;
        e.year = 2027;
        e.target_id = plan.housing_tactical;
        e.status = MonitoringStatus::Running;
        e.note = "Eerste 40 panden bezocht; één eigenaar ging in beroep.";
        e.indicator_id = indicator;
        e.indicator_value = 330;
        ms.Set(e, "Ella Verbeke");
        e = {};
        e.year = 2027;
        e.target = MonitoringTarget::Action;
        e.target_id = register_action;
        e.status = MonitoringStatus::Done;
        e.note = "Koppeling <live> & getest";
        ms.Set(e, "Ella Verbeke");
        e = {};
        e.year = 2027;
        e.target_id = plan.youth_strategic;
        e.status = MonitoringStatus::Dropped;
        e.note = "Opgenomen in het jeugdbeleidsplan.";
        ms.Set(e, "Ella Verbeke");
    }
    std::string Export(ProgressFormat f) {
        ProgressRequest r;
        r.year = 2027;
        r.format = f;
        r.date = "2027-12-15";
        r.translator = &Labels();
        return ExportProgress(*plan.store, r);
    }
    test::LifecyclePlan plan;
    int64_t indicator = 0, register_action = 0, later_action = 0;
};
} // namespace

TEST_CASE("monitoring records a status per year for accepted objectives and actions, with note and figure", "[monitoring]") {
    test::TempDir dir;
    FollowedPlan p(dir.File("p.hdesk"));
    MonitoringStore ms(*p.plan.store);
    auto e = ms.Get(2027, MonitoringTarget::Objective, p.plan.housing_tactical);
    REQUIRE(e);
    CHECK(e->status == MonitoringStatus::Running);
    CHECK(e->note == "Eerste 40 panden bezocht; één eigenaar ging in beroep.");
    CHECK(e->indicator_value == 330);
    CHECK(e->updated_by == "Ella Verbeke");
    CHECK_FALSE(ms.Get(2026, MonitoringTarget::Objective, p.plan.housing_tactical)); // per year
    // Replacing keeps one entry.
    MonitoringEntry again = *e;
    again.status = MonitoringStatus::Done;
    again.indicator_value.reset();
    ms.Set(again, "Ella Verbeke");
    CHECK(ms.Entries(2027).size() == 3);
    CHECK(ms.Get(2027, MonitoringTarget::Objective, p.plan.housing_tactical)->status == MonitoringStatus::Done);
    CHECK_FALSE(ms.Get(2027, MonitoringTarget::Objective, p.plan.housing_tactical)->indicator_value);
    CHECK(ms.Years() == std::vector<int>{2027});

    // Rows: accepted objectives in plan order, each tactical one followed by its actions of the year.
    auto rows = ms.Rows(2027);
    std::vector<std::string> titles;
    for (const MonitoringRow& r : rows) titles.push_back(r.title);
    CHECK(titles == std::vector<std::string>{"Halle, kindvriendelijke stad", "Ontmoetingsplekken met jeugdwerk erbij",
                                             "Woonveilige stad", "Leegstand opsporen en aanpakken",
                                             "Leegstandsregister koppelen aan de wijkwerking"});
    CHECK(rows.back().target == MonitoringTarget::Action);
    CHECK(rows.back().years == "2026\xE2\x80\x93" "2028");
    CHECK(rows.back().entry->status == MonitoringStatus::Done);
    // The action that starts in 2029 shows in 2029, not before.
    bool later = false;
    for (const MonitoringRow& r : ms.Rows(2029)) later = later || r.target_id == p.later_action;
    CHECK(later);
    StatusCounts objectives = CountStatuses(rows, MonitoringTarget::Objective);
    CHECK(objectives.total == 4);
    CHECK(objectives.counts[0] == 2); // nothing recorded counts as planned
    CHECK(objectives.counts[2] == 1);
    CHECK(objectives.counts[3] == 1);
    ms.Clear(2027, MonitoringTarget::Action, p.register_action);
    CHECK_FALSE(ms.Get(2027, MonitoringTarget::Action, p.register_action));
}

TEST_CASE("monitoring refuses what cannot be followed up and stores nothing then", "[monitoring]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    MonitoringStore ms(*plan.store);
    MonitoringEntry e;
    e.year = 2027;
    e.target_id = plan.proposal; // a proposal the core group has not accepted
    CHECK(KeyOf([&] { ms.Set(e, ""); }) == "monitoring.err_no_objective");
    e.target = MonitoringTarget::Action;
    e.target_id = 1; // no actions at all in this plan
    CHECK(KeyOf([&] { ms.Set(e, ""); }) == "monitoring.err_no_action");
    e.target = MonitoringTarget::Objective;
    e.target_id = plan.housing_tactical;
    e.year = 27;
    CHECK(KeyOf([&] { ms.Set(e, ""); }) == "monitoring.err_year");
    e.year = 2027;
    e.indicator_value = 3; // a figure without an indicator
    CHECK(KeyOf([&] { ms.Set(e, ""); }) == "monitoring.err_value");
    e.indicator_id = 999;
    CHECK(KeyOf([&] { ms.Set(e, ""); }) == "monitoring.err_indicator");
    e.indicator_id = 0;
    e.indicator_value.reset();
    e.note = "\xC3\x28";
    CHECK(KeyOf([&] { ms.Set(e, ""); }) == "monitoring.err_utf8");
    e.note = std::string(kMaxMonitoringNoteBytes + 1, 'x');
    CHECK(KeyOf([&] { ms.Set(e, ""); }) == "monitoring.err_note_long");
    CHECK(ms.Entries(2027).empty());
    for (const char* key : {"monitoring.err_no_objective", "monitoring.err_no_action", "monitoring.err_year", "monitoring.err_value",
                            "monitoring.err_indicator", "monitoring.err_utf8", "monitoring.err_note_long"})
        CHECK(Labels().Has(key));
}

TEST_CASE("the progress report in Markdown and HTML gives the counts, the trends and each item's status", "[monitoring][export]") {
    test::TempDir dir;
    FollowedPlan p(dir.File("p.hdesk"));
    std::string md = p.Export(ProgressFormat::Markdown);
    CHECK(md.find("Voortgangsrapport 2027") != std::string::npos);
    CHECK(md.find("| Doelstellingen | 2 | 1 | 0 | 1 | 4 |") != std::string::npos);
    CHECK(md.find("| Acties | 0 | 0 | 1 | 0 | 1 |") != std::string::npos);
    CHECK(md.find("Leegstand opsporen en aanpakken | lopend | Eerste 40 panden bezocht") != std::string::npos);
    CHECK(md.find("Leegstaande woningen: 330") != std::string::npos);
    CHECK(md.find("**Leegstaande woningen** (aantal)") != std::string::npos); // the trend as bars
    CHECK(md.find("Premie voor renovatie") == std::string::npos);          // starts in 2029
    std::string html = p.Export(ProgressFormat::Html);
    CHECK(html.find("<svg class=\"trend\"") != std::string::npos);
    CHECK(html.find("Koppeling &lt;live&gt; &amp; getest") != std::string::npos);
    CHECK(html.find("<live>") == std::string::npos);
    CHECK(html.find("geschrapt") != std::string::npos);
}

TEST_CASE("the progress report as DOCX and XLSX reads back", "[monitoring][export][xlsx]") {
    test::TempDir dir;
    FollowedPlan p(dir.File("p.hdesk"));
    auto parts = test::Unzip(p.Export(ProgressFormat::Docx));
    REQUIRE(parts.count("word/document.xml") == 1);
    CHECK(parts["word/document.xml"].find("Eerste 40 panden bezocht") != std::string::npos);
    CHECK(parts.count("word/media/trend1.png") == 1);
    std::string xlsx = p.Export(ProgressFormat::Xlsx);
    XlsxSheet sheet = ReadFirstXlsxSheet(xlsx);
    CHECK(sheet.name == "Voortgangsrapport 2027");
    REQUIRE(sheet.rows.size() == 6); // header, four objectives, one action
    CHECK(sheet.rows[0].cells[4] == "Status");
    const SheetRow* housing = nullptr;
    for (const SheetRow& r : sheet.rows)
        if (r.cells.size() > 2 && r.cells[2] == "Leegstand opsporen en aanpakken") housing = &r;
    REQUIRE(housing);
    REQUIRE(housing->cells.size() == 8);
    CHECK(housing->cells[4] == "lopend");
    CHECK(housing->cells[5] == "Eerste 40 panden bezocht; één eigenaar ging in beroep.");
    CHECK(housing->cells[6] == "Leegstaande woningen");
    CHECK(housing->cells[7] == "330"); // a real number in the cell
    CHECK(sheet.rows[5].cells[3] == "2026\xE2\x80\x93" "2028");
    auto all = test::Unzip(xlsx);
    CHECK(all.count("xl/worksheets/sheet2.xml") == 1); // the indicators per year
    CHECK(all["xl/worksheets/sheet2.xml"].find("<v>341</v>") != std::string::npos);
    ProgressRequest bad;
    bad.year = 20270;
    CHECK(KeyOf([&] { ExportProgress(*p.plan.store, bad); }) == "monitoring.err_year");
}

TEST_CASE("hearingctl monitor records and lists a year, and export --what progress writes the report", "[monitoring][cli]") {
    test::TempDir dir;
    std::string path = dir.File("p.hdesk");
    int64_t objective = 0;
    {
        test::LifecyclePlan plan(path);
        objective = plan.youth_tactical;
    }
    auto set = test::RunHearingctl({"monitor", path, "--year", "2027", "--objective", std::to_string(objective), "--status", "done",
                                    "--note", "Drie ontmoetingsplekken open", "--by", "Ella Verbeke"});
    CHECK(set.exit_code == 0);
    CHECK(set.out == "recorded objective " + std::to_string(objective) + " in 2027: done\n");
    auto bad = test::RunHearingctl({"monitor", path, "--year", "2027", "--objective", "9999", "--status", "done"});
    CHECK(bad.exit_code != 0);
    CHECK(bad.err.find("There is no accepted objective 9999 to follow up.") != std::string::npos);
    auto list = test::RunHearingctl({"monitor", path, "--year", "2027"});
    CHECK(list.exit_code == 0);
    CHECK(list.out.find("Ontmoetingsplekken met jeugdwerk erbij | done | Drie ontmoetingsplekken open") != std::string::npos);
    CHECK(list.out.find("Woonveilige stad | planned (nothing recorded)") != std::string::npos);
    std::string out = dir.File("progress.xlsx");
    auto exp = test::RunHearingctl({"export", path, "--what", "progress", "--year", "2027", "--format", "xlsx", "-o", out,
                                    "--date", "2027-12-15", "--lang", "en"});
    CHECK(exp.exit_code == 0);
    std::ifstream in(out, std::ios::binary);
    XlsxSheet sheet = ReadFirstXlsxSheet(std::string(std::istreambuf_iterator<char>(in), {}));
    CHECK(sheet.name == "Progress report 2027");
    bool done = false;
    for (const SheetRow& r : sheet.rows) done = done || (r.cells.size() > 4 && r.cells[4] == "done");
    CHECK(done);
    auto csv = test::RunHearingctl({"export", path, "--what", "progress", "--year", "2027", "--format", "csv", "-o", "-"});
    CHECK(csv.exit_code != 0);
}
