// Plan structure (migration 10): plan sections, supporting domains, sub-themes, several strategic
// objectives per domain, hand-written objectives, and how the plan document shows them.
#include <catch2/catch.hpp>

#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/cluster/objective_store.h"
#include "core/export/export.h"
#include "core/export/plan_document.h"
#include "core/store/db.h"
#include "core/store/migrations.h"
#include "core/store/plan_structure.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
std::string PlanMarkdown(PlanStore& store) {
    Translator tr;
    tr.LoadDirectory(FindAssetsDir() + "/lang");
    ExportRequest r;
    r.what = ExportWhat::Plan;
    r.format = ExportFormat::Markdown;
    r.date = "2026-05-01";
    r.translator = &tr;
    return Export(store, r);
}

std::unique_ptr<PlanStore> NewPlan(const std::string& path) {
    Plan plan;
    plan.name = "Integraal veiligheidsplan Diest";
    return PlanStore::Create(path, plan);
}
} // namespace

TEST_CASE("plan sections are stored per key, in UTF-8, and an unknown key is refused", "[plan_structure]") {
    test::TempDir dir;
    auto store = NewPlan(dir.File("plan.hdesk"));
    PlanStructureStore structure(*store);
    CHECK(structure.Section("history").empty());
    structure.SetSection("history", "Het eerste plan (2019) kwam er na een beleidsakkoord; ĳverig herwerkt.");
    structure.SetSection("history", "Tweede versie: één plan voor de hele stad.");
    structure.SetSection("principles", "Proportionaliteit en subsidiariteit.");
    CHECK(structure.Section("history") == "Tweede versie: één plan voor de hele stad.");
    CHECK(structure.Section("principles") == "Proportionaliteit en subsidiariteit.");
    CHECK_THROWS_AS(structure.Section("epilogue"), InputError);
    CHECK_THROWS_AS(structure.SetSection("vision", std::string("\xff\xfe", 2)), InputError);
    CHECK(structure.Section("vision").empty()); // the refused text left nothing behind

    PlanDocument doc = BuildPlanDocument(*store);
    REQUIRE(doc.sections.size() == std::size(kPlanSectionKeys));
    CHECK(doc.sections[0].key == "history");
    CHECK(doc.sections[0].text == "Tweede versie: één plan voor de hele stad.");
}

TEST_CASE("a supporting domain has no hearing and is shown as such in the plan", "[plan_structure]") {
    test::TempDir dir;
    auto store = NewPlan(dir.File("plan.hdesk"));
    Theme t;
    t.title = "Ondersteunende projecten";
    t.problem_statement = "Beeldvorming, lokale regels, basisinformatie.";
    t.supporting = true;
    int64_t id = store->AddTheme(t);
    CHECK(store->GetTheme(id)->supporting);
    Theme changed = *store->GetTheme(id);
    changed.supporting = false;
    store->UpdateTheme(changed);
    CHECK_FALSE(store->GetTheme(id)->supporting);
    changed.supporting = true;
    store->UpdateTheme(changed);

    // Its objectives are written by hand: accepted from the start, several strategic ones allowed.
    ObjectiveStore objectives(*store);
    Objective s1;
    s1.theme_id = id;
    s1.level = ObjectiveLevel::Strategic;
    s1.title = "Een helder beeld van veiligheid";
    Objective s2 = s1;
    s2.title = "Zuinige en heldere lokale regels";
    objectives.Add(s1, "Mieke");
    objectives.Add(s2, "Mieke");
    auto listed = objectives.ListObjectives(id);
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].accepted);

    PlanDocument doc = BuildPlanDocument(*store);
    REQUIRE(doc.domains.size() == 1);
    CHECK(doc.domains[0].supporting);
    CHECK(doc.domains[0].hearings == 0);
    REQUIRE(doc.domains[0].strategic.size() == 2); // the second is not demoted to tactical
    CHECK(doc.domains[0].tactical.empty());
    std::string md = PlanMarkdown(*store);
    CHECK(md.find("Ondersteunend domein: er was geen hoorzitting") != std::string::npos);
    CHECK(md.find("Strategische doelstelling 4.2: Zuinige en heldere lokale regels") != std::string::npos);
    CHECK(md.find("[voorstel]") == std::string::npos); // both were written and accepted by hand
}

TEST_CASE("sub-themes hold tactical objectives, and deleting one keeps its objectives", "[plan_structure]") {
    test::TempDir dir;
    auto store = NewPlan(dir.File("plan.hdesk"));
    Theme t;
    t.title = "Illegale drugs";
    t.problem_statement = "Overlast rond het station.";
    t.context = "De drugsmonitor toont sinds 2024 meer gebruik in de stationsbuurt.";
    int64_t theme = store->AddTheme(t);
    PlanStructureStore structure(*store);
    int64_t prevention = structure.AddSubTheme(theme, "Preventie van gebruik", "Jongeren vroeg bereiken werkt het best.");
    int64_t help = structure.AddSubTheme(theme, "Hulpverlening");
    auto subs = structure.ListSubThemes(theme);
    REQUIRE(subs.size() == 2);
    CHECK(subs[0].id == prevention);
    CHECK(subs[1].position == 1);
    subs[1].justification = "Zonder hulp keert de overlast terug.";
    structure.UpdateSubTheme(subs[1]);
    CHECK(structure.ListSubThemes(theme)[1].justification == "Zonder hulp keert de overlast terug.");
    CHECK_THROWS_AS(structure.AddSubTheme(theme + 99, "x"), UserError);

    ObjectiveStore objectives(*store);
    Objective o;
    o.theme_id = theme;
    o.title = "Schoolprogramma over middelengebruik";
    o.sub_theme_id = prevention;
    int64_t id = objectives.Add(o, "Karel");
    CHECK(objectives.GetObjective(id)->sub_theme_id == prevention);
    Objective edited = *objectives.GetObjective(id);
    edited.sub_theme_id = help;
    objectives.Edit(edited, "Karel");
    CHECK(objectives.GetObjective(id)->sub_theme_id == help);

    PlanDocument doc = BuildPlanDocument(*store);
    REQUIRE(doc.domains.size() == 1);
    CHECK(doc.domains[0].context == t.context);
    REQUIRE(doc.domains[0].sub_themes.size() == 2);
    REQUIRE(doc.domains[0].tactical.size() == 1);
    CHECK(doc.domains[0].tactical[0].sub_theme_id == help);
    std::string md = PlanMarkdown(*store);
    // Context is exported; the objective sits under its sub-theme, after the sub-theme's justification.
    CHECK(md.find("**Context:** De drugsmonitor") != std::string::npos);
    size_t sub = md.find("Deelthema: Hulpverlening");
    size_t why = md.find("Zonder hulp keert de overlast terug.");
    size_t obj = md.find("Tactische doelstelling 4.1: Schoolprogramma");
    REQUIRE(sub != std::string::npos);
    CHECK(sub < why);
    CHECK(why < obj);

    structure.DeleteSubTheme(help);
    auto kept = objectives.GetObjective(id);
    REQUIRE(kept);
    CHECK(kept->sub_theme_id == 0);
}

TEST_CASE("a plan of schema version 9 migrates: objectives kept, no sub-theme, not supporting", "[plan_structure][migration]") {
    test::TempDir dir;
    std::string path = dir.File("v9.hdesk");
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        Migrate(db, 9);
        db.Exec("INSERT INTO plan(id, uuid, name) VALUES(1, 'p-1', 'Oud plan');"
                "INSERT INTO theme(id, position, title) VALUES(1, 0, 'Jeugd');"
                "INSERT INTO objective(theme_id, level, title, chain, accepted) VALUES(1, 'tactical', 'Oud doel', 'reactive', 1);");
    }
    auto store = PlanStore::Open(path);
    CHECK(store->Db().UserVersion() == LatestSchemaVersion());
    CHECK_FALSE(store->GetTheme(1)->supporting);
    auto objectives = ObjectiveStore(*store).ListObjectives(1);
    REQUIRE(objectives.size() == 1);
    CHECK(objectives[0].title == "Oud doel");
    CHECK(objectives[0].sub_theme_id == 0);
    CHECK(PlanStructureStore(*store).ListSubThemes(1).empty());
}
