// Plan cycle, item 5: decisions, the adopted (frozen, checksummed) version, revisions and their
// differences, the official-version export, and migrating a plan of the previous schema version.
#include <catch2/catch.hpp>

#include "core/base/errors.h"
#include "core/lifecycle/decisions.h"
#include "core/lifecycle/lifecycle_export.h"
#include "core/store/db.h"
#include "core/store/migrations.h"
#include "tests/support/lifecycle_plan.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
Decision CouncilApproval() {
    Decision d;
    d.date = "2026-03-18";
    d.body = DecisionBody::Council;
    d.outcome = DecisionOutcome::Approved;
    d.reference = "GR/2026/045";
    return d;
}

std::string ExportMd(PlanStore& store, int64_t version_id, ExportFormat format = ExportFormat::Markdown) {
    VersionExportRequest r;
    r.version_id = version_id;
    r.format = format;
    r.date = "2026-03-20";
    return ExportPlanVersion(store, r);
}
} // namespace

TEST_CASE("decisions are recorded, checked and listed by date", "[lifecycle]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    DecisionStore ds(*plan.store);
    Decision college;
    college.date = "2026-02-01";
    college.body = DecisionBody::College;
    college.outcome = DecisionOutcome::Approved;
    college.reference = "CBS 2026/0412 — ĳverig besproken";
    int64_t council = ds.AddDecision(CouncilApproval(), "Lotte Verhaegen");
    int64_t first = ds.AddDecision(college, "Lotte Verhaegen");
    auto list = ds.ListDecisions();
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == first); // earlier date first
    CHECK(list[0].reference == "CBS 2026/0412 — ĳverig besproken");
    CHECK(list[1].id == council);
    CHECK(list[1].recorded_by == "Lotte Verhaegen");
    Decision bad = CouncilApproval();
    bad.date = "18/03/2026";
    try {
        ds.AddDecision(bad, "x");
        FAIL("a bad date must be refused");
    } catch (const InputError& e) {
        CHECK(e.Key() == "lifecycle.err_date");
    }
    CHECK(ds.ListDecisions().size() == 2); // nothing stored
}

TEST_CASE("adopting freezes the accepted plan as a checksummed snapshot", "[lifecycle]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    DecisionStore ds(*plan.store);
    Decision postponed = CouncilApproval();
    postponed.outcome = DecisionOutcome::Postponed;
    int64_t no = ds.AddDecision(postponed, "x");
    CHECK_THROWS_AS(ds.Adopt(no, "x"), InputError);
    int64_t yes = ds.AddDecision(CouncilApproval(), "x");
    int64_t v1 = ds.Adopt(yes, "Lotte Verhaegen");
    CHECK_THROWS_AS(ds.Adopt(yes, "x"), InputError); // one decision adopts once
    auto v = ds.GetVersion(v1);
    REQUIRE(v);
    CHECK(v->verified);
    CHECK(v->number == 1);
    CHECK(v->sha256.size() == 64);
    CHECK(v->sha256 == VersionChecksum(*v));
    PlanSnapshot s = SnapshotFromJson(v->content);
    CHECK(s.themes.size() == 2);
    CHECK(s.objectives.size() == 4); // the proposal is not part of the adopted plan
    for (const SnapshotObjective& o : s.objectives) CHECK(o.id != plan.proposal);
    CHECK(ds.ChangesSinceAdoption().empty());
    // The decision that adopted cannot be deleted, nor turned into a rejection.
    CHECK_THROWS_AS(ds.DeleteDecision(yes), InputError);
    Decision changed = *ds.GetDecision(yes);
    changed.outcome = DecisionOutcome::Rejected;
    CHECK_THROWS_AS(ds.UpdateDecision(changed), InputError);
    changed.outcome = DecisionOutcome::Approved;
    changed.reference = "GR/2026/045bis"; // a typo in the reference may still be fixed
    ds.UpdateDecision(changed);
    CHECK(ds.GetDecision(yes)->reference == "GR/2026/045bis");
}

TEST_CASE("a frozen version is read-only and tampering is detected on read", "[lifecycle]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    DecisionStore ds(*plan.store);
    int64_t v1 = ds.Adopt(ds.AddDecision(CouncilApproval(), "x"), "x");
    Database& db = plan.store->Db();
    // The triggers refuse changes through SQL.
    {
        Statement st(db, "UPDATE plan_version SET content = ? WHERE id = ?");
        st.Bind(1, "{}").Bind(2, v1);
        CHECK_THROWS(st.Exec());
        Statement del(db, "DELETE FROM plan_version WHERE id = ?");
        del.Bind(1, v1);
        CHECK_THROWS(del.Exec());
    }
    CHECK(ds.GetVersion(v1)->verified);
    // Someone drops the guard and edits an objective's words inside the snapshot.
    db.Exec("DROP TRIGGER plan_version_no_update");
    {
        Statement st(db, "UPDATE plan_version SET content = replace(content, 'Woonveilige stad', 'Woonveilige stad!') "
                         "WHERE id = ?");
        st.Bind(1, v1);
        st.Exec();
    }
    auto v = ds.GetVersion(v1);
    REQUIRE(v);
    CHECK(v->content.find("Woonveilige stad!") != std::string::npos);
    CHECK_FALSE(v->verified);
    try {
        ExportMd(*plan.store, v1);
        FAIL("a tampered version must not be exported as official");
    } catch (const InputError& e) {
        CHECK(e.Key() == "lifecycle.err_tampered");
    }
    CHECK_THROWS_AS(ds.ChangesSinceAdoption(), InputError);
}

TEST_CASE("later changes are listed against the adopted version and recorded as a revision", "[lifecycle]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    DecisionStore ds(*plan.store);
    CHECK_THROWS_AS(ds.RecordRevision("te vroeg", "x"), InputError); // nothing adopted yet
    int64_t v1 = ds.Adopt(ds.AddDecision(CouncilApproval(), "x"), "x");
    CHECK_THROWS_AS(ds.RecordRevision("niets", "x"), InputError); // nothing changed
    ObjectiveStore os(*plan.store);
    Objective o = *os.GetObjective(plan.housing_tactical);
    o.how = "Leegstandsregister en huisbezoeken";
    os.Edit(o, "Jonas Wuyts");
    os.Accept(plan.proposal); // a new objective enters the plan
    os.Delete(plan.youth_tactical, "Jonas Wuyts");
    auto changes = ds.ChangesSinceAdoption();
    REQUIRE(changes.size() == 3);
    const PlanChange* edit = nullptr;
    int added = 0, removed = 0;
    for (const PlanChange& c : changes) {
        if (c.change == "changed") edit = &c;
        added += c.change == "added";
        removed += c.change == "removed";
    }
    REQUIRE(edit);
    CHECK(edit->target_id == plan.housing_tactical);
    CHECK(edit->field == "how");
    CHECK(edit->before == "hoe");
    CHECK(edit->after == "Leegstandsregister en huisbezoeken");
    CHECK(edit->who == "Jonas Wuyts"); // from the audit trail
    CHECK(edit->at_ms > 0);
    CHECK(added == 1);
    CHECK(removed == 1);
    CHECK_THROWS_AS(ds.RecordRevision("   ", "x"), InputError); // a reason is required
    int64_t r1 = ds.RecordRevision("Jaaractieplan 2027: leegstand krijgt een register", "Lotte Verhaegen");
    auto r = ds.GetVersion(r1);
    REQUIRE(r);
    CHECK(r->verified);
    CHECK(r->kind == VersionKind::Revision);
    CHECK(r->based_on == v1);
    CHECK(r->number == 1);
    CHECK(ChangesFromJson(r->changes).size() == 3);
    std::string md = ExportMd(*plan.store, r1);
    CHECK(md.find("Jaaractieplan 2027: leegstand krijgt een register") != std::string::npos);
    CHECK(md.find("Leegstandsregister en huisbezoeken") != std::string::npos);
    CHECK(md.find("Jonas Wuyts") != std::string::npos);
}

TEST_CASE("the official version exports as markdown and escaped html, the same bytes each time", "[lifecycle]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    DecisionStore ds(*plan.store);
    CHECK_THROWS_AS(ExportMd(*plan.store, 0), InputError); // nothing adopted
    ObjectiveStore os(*plan.store);
    Objective o = *os.GetObjective(plan.youth_tactical);
    o.what = "Een <script>alert(1)</script> plek & meer";
    os.Edit(o, "x");
    int64_t v1 = ds.Adopt(ds.AddDecision(CouncilApproval(), "x"), "Lotte Verhaegen");
    std::string md = ExportMd(*plan.store, 0);
    CHECK(md == ExportMd(*plan.store, v1));
    CHECK(md.find("Integraal veiligheidsplan Rivierstad") != std::string::npos);
    CHECK(md.find("GR/2026/045") != std::string::npos);
    CHECK(md.find(ds.GetVersion(v1)->sha256) != std::string::npos);
    CHECK(md.find("Voorstel zonder beslissing") == std::string::npos);
    std::string html = ExportMd(*plan.store, v1, ExportFormat::Html);
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; plek &amp; meer") != std::string::npos);
    CHECK(html == ExportMd(*plan.store, v1, ExportFormat::Html));
    CHECK_THROWS_AS(ExportMd(*plan.store, v1, ExportFormat::Csv), InputError);
}

TEST_CASE("a plan of the previous schema version migrates and can then be adopted", "[lifecycle][migration]") {
    test::TempDir dir;
    std::string path = dir.File("old.hdesk");
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        Migrate(db, kLifecycleMigration - 1);
        REQUIRE(db.UserVersion() == kLifecycleMigration - 1);
        db.Exec("INSERT INTO plan(id, uuid, name, city, period_start, period_end) "
                "VALUES(1, 'u-1', 'Leefbaarheidsplan Halle', 'Halle', 2010, 2013)");
        db.Exec("INSERT INTO theme(id, position, title) VALUES(1, 0, 'Veilig wonen')");
        db.Exec("INSERT INTO objective(theme_id, level, title, accepted) VALUES(1, 'strategic', 'Halle, woonveilige stad', 1)");
    }
    auto store = PlanStore::Open(path);
    CHECK(store->Db().UserVersion() == LatestSchemaVersion());
    CHECK(store->ListThemes().size() == 1);
    DecisionStore ds(*store);
    CHECK(ds.ListDecisions().empty());
    int64_t v = ds.Adopt(ds.AddDecision(CouncilApproval(), "x"), "x");
    PlanSnapshot s = SnapshotFromJson(ds.GetVersion(v)->content);
    REQUIRE(s.objectives.size() == 1);
    CHECK(s.objectives[0].title == "Halle, woonveilige stad");
}
