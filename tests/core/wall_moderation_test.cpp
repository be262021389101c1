// The wall's moderation (hidden contributions, the spotlight) is stored in the plan: it survives
// closing and opening the plan, and an old plan file gets the table by migration.
#include <catch2/catch.hpp>

#include "core/base/errors.h"
#include "core/store/db.h"
#include "core/store/migrations.h"
#include "core/store/store.h"
#include "core/store/wall_moderation.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
struct WallPlan {
    explicit WallPlan(const std::string& path) {
        Plan plan;
        plan.name = "Veiligheidsplan";
        store = PlanStore::Create(path, plan);
        Theme t;
        t.title = "Overlast";
        int64_t theme = store->AddTheme(t);
        Hearing h;
        h.theme_id = theme;
        hearing_id = store->AddHearing(h);
        other_hearing = store->AddHearing(h);
    }
    std::unique_ptr<PlanStore> store;
    int64_t hearing_id = 0, other_hearing = 0;
};
} // namespace

TEST_CASE("hidden and spotlighted contributions survive reopening the plan, per hearing", "[wall]") {
    test::TempDir dir;
    std::string path = dir.File("p.hdesk");
    int64_t hearing = 0, other = 0;
    {
        WallPlan plan(path);
        hearing = plan.hearing_id;
        other = plan.other_hearing;
        WallStore wall(*plan.store);
        wall.SetHidden(hearing, "note-1", true);
        wall.SetHidden(hearing, "note-2", true);
        wall.SetSpotlight(hearing, "note-3");
        wall.SetSpotlight(other, "note-9");
    }
    auto store = PlanStore::Open(path);
    WallStore wall(*store);
    WallModeration m = wall.Load(hearing);
    CHECK(m.hidden == std::set<std::string>{"note-1", "note-2"});
    CHECK(m.spotlight_uuid == "note-3");
    CHECK(wall.Load(other).spotlight_uuid == "note-9");
    CHECK(wall.Load(other).hidden.empty());

    // One spotlight per hearing; hiding it ends it; spotlighting a hidden one shows it again.
    wall.SetSpotlight(hearing, "note-4");
    CHECK(wall.Load(hearing).spotlight_uuid == "note-4");
    wall.SetHidden(hearing, "note-4", true);
    CHECK(wall.Load(hearing).spotlight_uuid.empty());
    CHECK(wall.Load(hearing).hidden.count("note-4"));
    wall.SetSpotlight(hearing, "note-1");
    CHECK(wall.Load(hearing).spotlight_uuid == "note-1");
    CHECK_FALSE(wall.Load(hearing).hidden.count("note-1"));
    wall.SetHidden(hearing, "note-2", false);
    wall.SetSpotlight(hearing, "");
    m = wall.Load(hearing);
    CHECK(m.spotlight_uuid.empty());
    CHECK(m.hidden == std::set<std::string>{"note-4"});
    CHECK_THROWS_AS(wall.SetHidden(999, "note-1", true), UserError);
}

TEST_CASE("a plan from before migration 13 gets the wall's moderation table", "[wall][migration]") {
    test::TempDir dir;
    std::string path = dir.File("v12.hdesk");
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        Migrate(db, 12);
        db.Exec("INSERT INTO plan(id, uuid, name) VALUES(1, 'p-1', 'Oud plan');"
                "INSERT INTO theme(id, position, title) VALUES(1, 0, 'Drugs');"
                "INSERT INTO hearing(id, uuid, theme_id) VALUES(1, 'h-1', 1);");
        CHECK(db.UserVersion() == 12);
    }
    auto store = PlanStore::Open(path); // migrates to the latest version
    CHECK(store->Db().UserVersion() >= 13);
    WallStore wall(*store);
    CHECK(wall.Load(1).hidden.empty());
    wall.SetHidden(1, "note-1", true);
    CHECK(wall.Load(1).hidden.count("note-1"));
    CHECK(store->GetHearing(1)); // the old hearing is still there
}
