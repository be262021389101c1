// Plan cycle, point 3: SWOT per domain. Items in four ordered lists, edited, moved and deleted;
// citations picked from the plan's contributions, indicators, priorities and documents and kept
// readable; the SWOT in the plan draft export, in the adopted version, and in a revision's changes;
// a plan of schema version 15 migrates.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/export/export.h"
#include "core/lifecycle/decisions.h"
#include "core/lifecycle/indicators.h"
#include "core/lifecycle/inputs.h"
#include "core/lifecycle/lifecycle_export.h"
#include "core/lifecycle/swot_citations.h"
#include "core/store/db.h"
#include "core/store/migrations.h"
#include "core/store/swot_store.h"
#include "tests/support/lifecycle_plan.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
std::vector<std::string> Texts(const std::vector<SwotItem>& items, SwotQuadrant q) {
    std::vector<std::string> out;
    for (const SwotItem& i : items)
        if (i.quadrant == q) out.push_back(i.text);
    return out;
}

std::string ErrorKey(const std::function<void()>& f) {
    try {
        f();
    } catch (const UserError& e) {
        return e.Key();
    }
    return "";
}

Translator English() {
    Translator tr;
    tr.LoadDirectory(FindAssetsDir() + "/lang");
    tr.SetLanguage(Language::English);
    return tr;
}

int64_t AdoptNow(PlanStore& store) {
    DecisionStore ds(store);
    Decision d;
    d.date = "2026-03-18";
    d.body = DecisionBody::Council;
    return ds.Adopt(ds.AddDecision(d, "Lotte Verhaegen"), "Lotte Verhaegen");
}
} // namespace

TEST_CASE("SWOT items are kept per domain and quadrant, in order, and can be edited, moved and deleted", "[lifecycle][swot]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    SwotStore swot(*plan.store);
    int64_t a = swot.Add(plan.housing, SwotQuadrant::Strength, "Actieve woonraad");
    int64_t b = swot.Add(plan.housing, SwotQuadrant::Strength, "Goede samenwerking met de huisvestingsmaatschappij");
    int64_t c = swot.Add(plan.housing, SwotQuadrant::Strength, "Leegstandsregister sinds 2019");
    int64_t w = swot.Add(plan.housing, SwotQuadrant::Weakness, "Weinig zicht op verkrotting bij private verhuur");
    swot.Add(plan.youth, SwotQuadrant::Threat, "Jongeren trekken weg uit de wijkcentra");

    auto items = swot.List(plan.housing);
    REQUIRE(items.size() == 4);
    CHECK(items.back().id == w); // strengths first, then weaknesses
    CHECK(Texts(items, SwotQuadrant::Strength) ==
          std::vector<std::string>{"Actieve woonraad", "Goede samenwerking met de huisvestingsmaatschappij",
                                   "Leegstandsregister sinds 2019"});
    CHECK(swot.List(plan.youth).size() == 1);
    CHECK(swot.ListAll().size() == 5);

    swot.Move(c, -1); // a c b
    swot.Move(a, 1);  // c a b
    CHECK(Texts(swot.List(plan.housing), SwotQuadrant::Strength) ==
          std::vector<std::string>{"Leegstandsregister sinds 2019", "Actieve woonraad",
                                   "Goede samenwerking met de huisvestingsmaatschappij"});
    swot.Move(c, -1); // already first: nothing changes
    swot.Move(b, 5);  // already last
    CHECK(Texts(swot.List(plan.housing), SwotQuadrant::Strength).front() == "Leegstandsregister sinds 2019");
    CHECK(Texts(swot.List(plan.housing), SwotQuadrant::Strength).back() == "Goede samenwerking met de huisvestingsmaatschappij");

    swot.SetText(a, "Actieve woonraad met ĳverige vrijwilligers");
    swot.MoveToQuadrant(a, SwotQuadrant::Opportunity);
    items = swot.List(plan.housing);
    CHECK(Texts(items, SwotQuadrant::Opportunity) == std::vector<std::string>{"Actieve woonraad met ĳverige vrijwilligers"});
    CHECK(Texts(items, SwotQuadrant::Strength).size() == 2);
    swot.Delete(b);
    CHECK(Texts(swot.List(plan.housing), SwotQuadrant::Strength) == std::vector<std::string>{"Leegstandsregister sinds 2019"});
}

TEST_CASE("bad SWOT input is refused with a translated message and nothing stored changes", "[lifecycle][swot]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    SwotStore swot(*plan.store);
    int64_t id = swot.Add(plan.youth, SwotQuadrant::Weakness, "Versnipperd jeugdaanbod");
    CHECK(ErrorKey([&] { swot.Add(plan.youth, SwotQuadrant::Strength, "  \n"); }) == "swot.err_empty");
    CHECK(ErrorKey([&] { swot.Add(plan.youth, SwotQuadrant::Strength, std::string(2001, 'x')); }) == "swot.err_too_long");
    CHECK(ErrorKey([&] { swot.Add(plan.youth, SwotQuadrant::Strength, std::string("\xc3(", 2)); }) == "err.invalid_utf8");
    CHECK(ErrorKey([&] { swot.Add(9999, SwotQuadrant::Strength, "Ergens"); }) == "cluster.no_such_theme");
    CHECK(ErrorKey([&] { swot.SetText(id, ""); }) == "swot.err_empty");
    CHECK(ErrorKey([&] { swot.SetCitation(id, {SwotCiteKind::Indicator, 0, "Zonder verwijzing"}); }) == "swot.err_citation");
    CHECK(ErrorKey([&] { swot.SetCitation(id, {SwotCiteKind::Indicator, 3, " "}); }) == "swot.err_citation");
    CHECK(ErrorKey([&] { swot.SetText(4242, "Onbekend"); }) == "swot.err_no_item");
    auto items = swot.ListAll();
    REQUIRE(items.size() == 1);
    CHECK(items[0].text == "Versnipperd jeugdaanbod");
    CHECK(items[0].cite.kind == SwotCiteKind::None);
    Translator tr = English();
    CHECK(tr.Has("swot.err_citation"));
    tr.SetLanguage(Language::Dutch);
    CHECK(tr.Format("swot.err_empty", {}).find("SWOT-item") != std::string::npos);
}

TEST_CASE("a SWOT item cites an indicator, a priority or a document picked from lists, and stays readable when it goes", "[lifecycle][swot]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    IndicatorStore indicators(*plan.store);
    indicators.SetValue(plan.housing, "Woninginbraken per 1 000 woningen", 2024, 3.4, "per 1 000 woningen");
    indicators.SetValue(plan.housing, "Woninginbraken per 1 000 woningen", 2025, 3.1, "per 1 000 woningen");
    indicators.SetValue(0, "Onveiligheidsgevoel", 2023, 19, "%");
    indicators.SetValue(plan.youth, "Vroegtijdige schoolverlaters", 2025, 11, "%");
    InputStore inputs(*plan.store);
    RelatedPlan zonal;
    zonal.title = "Zonaal veiligheidsplan";
    int64_t zonal_id = inputs.AddPlan(zonal);
    int64_t burglary = inputs.AddPriority(zonal_id, "Woninginbraken");
    InputDocument doc;
    doc.title = "Stadsmonitor";
    doc.date = "2024-02-15";
    inputs.AddDocument(doc);

    SwotCitationChoices choices = ListSwotCitationChoices(*plan.store, plan.housing);
    CHECK(choices.contributions.empty()); // no merged minutes in this plan
    REQUIRE(choices.indicators.size() == 2); // the domain's and the city's, not the youth domain's
    CHECK(choices.indicators[0].label == "Woninginbraken per 1 000 woningen (3.1 per 1 000 woningen, 2025)");
    CHECK(choices.indicators[1].label == "Onveiligheidsgevoel (19 %, 2023)");
    REQUIRE(choices.priorities.size() == 1);
    CHECK(choices.priorities[0].ref == burglary);
    CHECK(choices.priorities[0].label == "Zonaal veiligheidsplan: Woninginbraken");
    REQUIRE(choices.documents.size() == 1);
    CHECK(choices.documents[0].label == "Stadsmonitor (2024-02-15)");

    SwotStore swot(*plan.store);
    int64_t item = swot.Add(plan.housing, SwotQuadrant::Threat, "Inbraken blijven boven het Vlaamse gemiddelde");
    swot.SetCitation(item, choices.indicators[0]);
    int64_t other = swot.Add(plan.housing, SwotQuadrant::Opportunity, "Het zonaal plan zet in op inbraken", choices.priorities[0]);
    auto got = swot.Get(item);
    REQUIRE(got);
    CHECK(got->cite == choices.indicators[0]);
    CHECK_FALSE(got->cite_missing);
    CHECK(swot.Get(other)->cite.kind == SwotCiteKind::Priority);

    inputs.DeletePriority(burglary);
    got = swot.Get(other);
    CHECK(got->cite_missing); // the source went, the reference still says what it was
    CHECK(got->cite.label == "Zonaal veiligheidsplan: Woninginbraken");
    swot.SetCitation(item, {});
    CHECK(swot.Get(item)->cite.kind == SwotCiteKind::None);
}

TEST_CASE("the SWOT is exported with the plan draft, each item with its source", "[lifecycle][swot][export]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    SwotStore swot(*plan.store);
    swot.Add(plan.housing, SwotQuadrant::Strength, "Actieve woonraad");
    swot.Add(plan.housing, SwotQuadrant::Threat, "Stijgende leegstand <boven> & buiten",
             {SwotCiteKind::Indicator, 7, "Woningen in het leegstandsregister (362 aantal, 2025)"});
    Translator tr = English();
    ExportRequest r;
    r.what = ExportWhat::Plan;
    r.date = "2026-05-01";
    r.translator = &tr;
    r.language = Language::English;
    std::string md = Export(*plan.store, r);
    size_t at = md.find("### SWOT analysis");
    REQUIRE(at != std::string::npos);
    CHECK(md.find("Veilig wonen") < at); // under its own domain
    CHECK(md.find("#### Strengths") != std::string::npos);
    CHECK(md.find("#### Weaknesses") == std::string::npos); // empty quadrants are left out
    CHECK(md.find("- Actieve woonraad") != std::string::npos);
    CHECK(md.find("_(Indicator: Woningen in het leegstandsregister (362 aantal, 2025))_") != std::string::npos);
    r.format = ExportFormat::Html;
    std::string html = Export(*plan.store, r);
    CHECK(html.find("Stijgende leegstand &lt;boven&gt; &amp; buiten") != std::string::npos);
    CHECK(html.find("<boven>") == std::string::npos);
    // The youth domain has no SWOT: a single SWOT heading in the whole document.
    CHECK(md.find("SWOT analysis", at + 10) == std::string::npos);
}

TEST_CASE("the adopted version holds the SWOT and a revision lists what changed in it", "[lifecycle][swot]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    SwotStore swot(*plan.store);
    int64_t kept = swot.Add(plan.youth, SwotQuadrant::Strength, "Sterk jeugdwerk");
    int64_t moved = swot.Add(plan.youth, SwotQuadrant::Opportunity, "Nieuwe jeugdraad");
    int64_t gone = swot.Add(plan.youth, SwotQuadrant::Threat, "Minder subsidies");
    int64_t v = AdoptNow(*plan.store);
    DecisionStore ds(*plan.store);
    PlanSnapshot frozen = SnapshotFromJson(ds.GetVersion(v)->content);
    REQUIRE(frozen.has_swot);
    REQUIRE(frozen.swot.size() == 3);
    CHECK(frozen.swot[0].text == "Sterk jeugdwerk");
    CHECK(ds.ChangesSinceAdoption().empty());

    swot.SetText(kept, "Sterk en divers jeugdwerk");
    swot.SetCitation(kept, {SwotCiteKind::Document, 4, "Jeugdbeleidsplan (2025-01-10)"});
    swot.MoveToQuadrant(moved, SwotQuadrant::Strength);
    swot.Delete(gone);
    // Added after the deletion of the last item: it must not take the deleted item's id and so look
    // like that item changed.
    int64_t added = swot.Add(plan.youth, SwotQuadrant::Weakness, "Weinig meisjes in het jeugdwerk");
    CHECK(added != gone);
    std::vector<PlanChange> changes = ds.ChangesSinceAdoption();
    auto find = [&](int64_t id, const std::string& change, const std::string& field) {
        return std::find_if(changes.begin(), changes.end(), [&](const PlanChange& c) {
                   return c.target_kind == "swot" && c.target_id == id && c.change == change && c.field == field;
               }) != changes.end();
    };
    CHECK(changes.size() == 5);
    CHECK(find(kept, "changed", "text"));
    CHECK(find(kept, "changed", "citation"));
    CHECK(find(moved, "changed", "quadrant"));
    CHECK(find(gone, "removed", ""));
    CHECK(find(added, "added", ""));
    Translator tr = English();
    auto translate = [&](std::string_view key) { return tr.Tr(key); };
    for (const PlanChange& c : changes)
        if (c.field == "quadrant") CHECK(ChangeValueText(c.field, c.after, translate) == "strength");
        else if (c.field == "citation") CHECK(ChangeValueText(c.field, c.after, translate) == "Document: Jeugdbeleidsplan (2025-01-10)");

    int64_t rev = ds.RecordRevision("SWOT herwerkt na de jeugdraad", "Lotte Verhaegen");
    CHECK(ChangesFromJson(ds.GetVersion(rev)->changes).size() == 5);
    VersionExportRequest r;
    r.version_id = v;
    r.date = "2026-03-20";
    r.translator = &tr;
    r.language = Language::English;
    std::string md = ExportPlanVersion(*plan.store, r);
    CHECK(md.find("SWOT analysis") != std::string::npos);
    CHECK(md.find("Minder subsidies") != std::string::npos); // the adopted version as it was
    CHECK(md.find("Weinig meisjes") == std::string::npos);
}

TEST_CASE("a version frozen before SWOT was in the snapshot lists no SWOT differences", "[lifecycle][swot]") {
    PlanSnapshot old;
    old.name = "Plan";
    old.has_swot = false;
    std::string json = SnapshotToJson(old);
    CHECK(json.find("swot") == std::string::npos);
    PlanSnapshot read = SnapshotFromJson(json);
    CHECK_FALSE(read.has_swot);
    PlanSnapshot now = old;
    now.has_swot = true;
    now.swot.push_back({1, 1, "strength", "Iets sterks", "", ""});
    CHECK(DiffSnapshots(read, now).empty());
    PlanSnapshot again = SnapshotFromJson(SnapshotToJson(now));
    REQUIRE(again.swot.size() == 1);
    CHECK(again.swot[0].text == "Iets sterks");
    CHECK(DiffSnapshots(again, now).empty());
}

TEST_CASE("a plan of schema version 15 with SWOT items migrates and keeps them", "[lifecycle][swot][migration]") {
    test::TempDir dir;
    std::string path = dir.File("v15.hdesk");
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        Migrate(db, 15);
        db.Exec("INSERT INTO plan(id, uuid, name) VALUES(1, 'p-1', 'Oud plan');"
                "INSERT INTO theme(id, position, title) VALUES(1, 0, 'Jeugd');"
                "INSERT INTO swot_item(theme_id, quadrant, position, text, cite_kind, cite_ref) "
                "VALUES(1, 'weakness', 0, 'Oude zwakte', '', '');"
                "INSERT INTO priority_round(title, method, target_kind) VALUES('Oude ronde', 'dots', 'theme');");
    }
    auto store = PlanStore::Open(path);
    CHECK(store->Db().UserVersion() == LatestSchemaVersion());
    auto items = SwotStore(*store).ListAll();
    REQUIRE(items.size() == 1);
    CHECK(items[0].text == "Oude zwakte");
    CHECK(items[0].quadrant == SwotQuadrant::Weakness);
    Statement st(store->Db(), "SELECT theme_id FROM priority_round");
    REQUIRE(st.Step());
    CHECK(st.Int(0) == 0); // an old round ranks the whole plan
}
