// Safety chain (migration 11): five links with a preparation link, reactive kinds on objectives,
// old values keep their meaning, coverage per domain marks gaps, and the balance chart in exports.
#include <catch2/catch.hpp>

#include "core/base/i18n.h"
#include "core/cluster/objective_store.h"
#include "core/export/export.h"
#include "core/export/plan_document.h"
#include "core/store/db.h"
#include "core/store/migrations.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
std::string PlanExport(PlanStore& store, ExportFormat format) {
    Translator tr;
    tr.LoadDirectory(FindAssetsDir() + "/lang");
    ExportRequest r;
    r.what = ExportWhat::Plan;
    r.format = format;
    r.date = "2026-05-01";
    r.translator = &tr;
    return Export(store, r);
}

int64_t AddTactical(ObjectiveStore& objectives, int64_t theme, const std::string& title, SafetyChain chain,
                    ReactiveKind reactive = ReactiveKind::None) {
    Objective o;
    o.theme_id = theme;
    o.title = title;
    o.chain = chain;
    o.reactive = reactive;
    return objectives.Add(o, "Karel");
}
} // namespace

TEST_CASE("the safety chain has five links in order, with stable keys", "[safety_chain]") {
    REQUIRE(std::size(kAllSafetyChains) == 5);
    CHECK(ToKey(kAllSafetyChains[2]) == "preparation");
    CHECK(SafetyChainFromKey("preparation") == SafetyChain::Preparation);
    CHECK(SafetyChainFromKey("reactive") == SafetyChain::Reactive); // the repression link, as stored before
    CHECK(ReactiveKindFromKey("restorative") == ReactiveKind::Restorative);
    CHECK_FALSE(ReactiveKindFromKey("punitive"));
    CHECK(HasReactiveKind(SafetyChain::Reactive));
    CHECK(HasReactiveKind(SafetyChain::Aftercare));
    CHECK_FALSE(HasReactiveKind(SafetyChain::Preventive));
}

TEST_CASE("objectives keep their reactive kind, only on the reactive side", "[safety_chain]") {
    test::TempDir dir;
    Plan plan;
    plan.name = "Plan";
    auto store = PlanStore::Create(dir.File("plan.hdesk"), plan);
    Theme t;
    t.title = "Herstelgericht omgaan met overlast";
    int64_t theme = store->AddTheme(t);
    ObjectiveStore objectives(*store);
    int64_t mediation = AddTactical(objectives, theme, "Buurtbemiddeling", SafetyChain::Reactive, ReactiveKind::Restorative);
    int64_t school = AddTactical(objectives, theme, "Schoolprogramma", SafetyChain::Preventive, ReactiveKind::Sanctioning);
    CHECK(objectives.GetObjective(mediation)->reactive == ReactiveKind::Restorative);
    CHECK(objectives.GetObjective(school)->reactive == ReactiveKind::None); // prevention has no reactive kind
    Objective o = *objectives.GetObjective(mediation);
    o.reactive = ReactiveKind::Constructive;
    objectives.Edit(o, "Karel");
    CHECK(objectives.GetObjective(mediation)->reactive == ReactiveKind::Constructive);
}

TEST_CASE("coverage counts the five links and reactive kinds per domain, and the plan's balance", "[safety_chain][export]") {
    test::TempDir dir;
    Plan plan;
    plan.name = "Plan";
    auto store = PlanStore::Create(dir.File("plan.hdesk"), plan);
    Theme a;
    a.title = "Drugs";
    int64_t drugs = store->AddTheme(a);
    Theme b;
    b.title = "Veilig ondernemen";
    int64_t business = store->AddTheme(b);
    ObjectiveStore objectives(*store);
    AddTactical(objectives, drugs, "Vroeg bereiken", SafetyChain::Preventive);
    AddTactical(objectives, drugs, "Draaiboek voor fuiven", SafetyChain::Preparation);
    AddTactical(objectives, drugs, "Alternatieve sancties", SafetyChain::Reactive, ReactiveKind::Constructive);
    AddTactical(objectives, business, "Schadebemiddeling", SafetyChain::Aftercare, ReactiveKind::Restorative);

    PlanDocument doc = BuildPlanDocument(*store);
    REQUIRE(doc.coverage.size() == 2);
    CHECK(doc.coverage[0].counts == std::array<int, 5>{0, 1, 1, 1, 0});
    CHECK(doc.coverage[0].reactive == std::array<int, 3>{0, 1, 0});
    CHECK_FALSE(doc.coverage[0].gap);
    CHECK(doc.coverage[1].gap); // only aftercare: nothing pro-active or preventive
    CHECK(doc.balance.counts == std::array<int, 5>{0, 1, 1, 1, 1});
    CHECK(doc.balance.reactive == std::array<int, 3>{0, 1, 1});

    std::string md = PlanExport(*store, ExportFormat::Markdown);
    CHECK(md.find("| Domein | Pro-actie | Preventie | Preparatie | Repressie | Nazorg | Sanctionerend | Constructief | "
                  "Herstelgericht |") != std::string::npos);
    CHECK(md.find("**Schakel in de veiligheidsketen:** Repressie · Constructief") != std::string::npos);
    CHECK(md.find("- **Pro-actie**: 0") != std::string::npos); // an open link is marked in the chart
    std::string html = PlanExport(*store, ExportFormat::Html);
    size_t svg = html.find("<svg class=\"chart\"");
    REQUIRE(svg != std::string::npos);
    CHECK(html.find("Herstelgericht", svg) != std::string::npos);
    CHECK(html.find("</svg>", svg) != std::string::npos);
}

TEST_CASE("a plan of schema version 10 migrates: old chain values keep their meaning", "[safety_chain][migration]") {
    test::TempDir dir;
    std::string path = dir.File("v10.hdesk");
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        Migrate(db, 10);
        db.Exec("INSERT INTO plan(id, uuid, name) VALUES(1, 'p-1', 'Oud plan');"
                "INSERT INTO theme(id, position, title) VALUES(1, 0, 'Jeugd');"
                "INSERT INTO objective(theme_id, level, title, chain, accepted) VALUES(1, 'tactical', 'Oud', 'reactive', 1);"
                "INSERT INTO objective(theme_id, level, title, chain, accepted) VALUES(1, 'tactical', 'Nazorg', 'aftercare', 1);");
    }
    auto store = PlanStore::Open(path);
    auto objectives = ObjectiveStore(*store).ListObjectives(1);
    REQUIRE(objectives.size() == 2);
    CHECK(objectives[0].chain == SafetyChain::Reactive);
    CHECK(objectives[0].reactive == ReactiveKind::None);
    CHECK(objectives[1].chain == SafetyChain::Aftercare);
}
