// hearingdesk --demo: the demo is made once and then kept with the user's changes, unless it was
// made by an older build (an older schema), which is set aside and made again.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "app/demo_location.h"
#include "core/store/db.h"
#include "core/store/migrations.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
struct DemoPathEnv {
    explicit DemoPathEnv(const std::string& path) { setenv("HD_DEMO_PLAN", path.c_str(), 1); }
    ~DemoPathEnv() { unsetenv("HD_DEMO_PLAN"); }
};
} // namespace

TEST_CASE("a demo plan from an older build is set aside and made again, a current one is kept", "[ui][demo]") {
    test::TempDir dir;
    std::string path = dir.File("demo.hdesk");
    {
        // What an older build left: schema 15, with something the user typed.
        Database db(path, Database::Mode::ReadWriteCreate);
        Migrate(db, 15);
        db.Exec("INSERT INTO plan(id, uuid, name) VALUES(1, 'p-1', 'Mijn oude demo');");
    }
    DemoPathEnv env(path);
    CHECK(EnsureDemoPlan() == path);
    std::string old = path + ".v15.old";
    REQUIRE(std::filesystem::exists(old));
    {
        Database db(old, Database::Mode::ReadOnly);
        CHECK(db.UserVersion() == 15);
    }
    std::string name;
    {
        auto store = PlanStore::Open(path);
        CHECK(store->Db().UserVersion() == LatestSchemaVersion());
        name = store->GetPlan().name;
        CHECK(name != "Mijn oude demo");
        CHECK(!store->ListThemes().empty());
        // The user's change to the current demo...
        Plan plan = store->GetPlan();
        plan.name = "Door mij aangepast";
        store->UpdatePlan(plan);
    }
    // ...is kept on the next start.
    CHECK(EnsureDemoPlan() == path);
    CHECK(PlanStore::Open(path)->GetPlan().name == "Door mij aangepast");
}

TEST_CASE("a demo of an older edition is made again even when its schema is current", "[ui][demo]") {
    test::TempDir dir;
    std::string path = dir.File("demo.hdesk");
    DemoPathEnv env(path);
    {
        // A demo with the current schema but without its edition beside it: made before SWOT items
        // and priority rounds came into the demo, by a build that did not write editions down.
        auto store = PlanStore::Create(path, Plan{"", "Demo van gisteren", "Dijlestede", 2026, 2031, {}});
        REQUIRE(store->Db().UserVersion() == LatestSchemaVersion());
    }
    REQUIRE_FALSE(std::filesystem::exists(path + ".edition"));
    CHECK(EnsureDemoPlan() == path);
    std::string old = path + ".v" + std::to_string(LatestSchemaVersion()) + ".old";
    REQUIRE(std::filesystem::exists(old));
    CHECK(PlanStore::Open(old)->GetPlan().name == "Demo van gisteren"); // kept, as the user left it
    {
        auto store = PlanStore::Open(path);
        CHECK(store->GetPlan().name != "Demo van gisteren");
        CHECK(!store->ListThemes().empty());
        Database& db = store->Db();
        Statement swot(db, "SELECT count(*) FROM swot_item");
        REQUIRE(swot.Step());
        CHECK(swot.Int(0) > 0);
    }
    // Made again once only: the new demo carries the current edition, and a second old demo does not
    // overwrite the first one's file.
    CHECK(EnsureDemoPlan() == path);
    CHECK_FALSE(std::filesystem::exists(path + ".v" + std::to_string(LatestSchemaVersion()) + "-2.old"));
    std::filesystem::remove(path + ".edition");
    CHECK(EnsureDemoPlan() == path);
    CHECK(std::filesystem::exists(path + ".v" + std::to_string(LatestSchemaVersion()) + "-2.old"));
    CHECK(PlanStore::Open(old)->GetPlan().name == "Demo van gisteren");
}
