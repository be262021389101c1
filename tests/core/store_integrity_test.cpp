// Opening with the quick check and the full integrity check in the background (issue 6: a large plan
// opens within 150 ms without giving up integrity_check). quick_check catches damaged pages at open;
// the full check, off the UI thread, also catches an index that disagrees with its table.
#include <catch2/catch.hpp>

#include <fstream>
#include <future>
#include <thread>

#include "core/store/db.h"
#include "core/base/errors.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {

struct IntegrityPlan {
    std::string path;
    int64_t hearing_id = 0;
};

IntegrityPlan MakePlan(const std::string& path, int notes) {
    Plan plan;
    plan.name = "Integriteit";
    auto store = PlanStore::Create(path, plan);
    Theme t;
    t.title = "Jeugd";
    Hearing h;
    h.theme_id = store->AddTheme(t);
    IntegrityPlan out{path, store->AddHearing(h)};
    for (int i = 0; i < notes; ++i) {
        Note n;
        n.hearing_id = out.hearing_id;
        n.reporter = i % 2 ? 'B' : 'A';
        n.text = "notitie " + std::to_string(i) + std::string(150, 'x');
        store->AddNote(n);
    }
    store->Db().Exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return out;
}

std::string ReadAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

} // namespace

TEST_CASE("quick integrity on open still refuses a damaged page and leaves the file as it was", "[store][integrity]") {
    test::TempDir dir;
    IntegrityPlan plan = MakePlan(dir.File("damaged.hdesk"), 200);
    {
        std::fstream f(plan.path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096 * 3);
        std::string junk(4096, '\x7f');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    std::string before = ReadAll(plan.path);
    OpenOptions quick;
    quick.quick_integrity = true;
    try {
        PlanStore::Open(plan.path, quick);
        FAIL("expected err.db_corrupt");
    } catch (const StoreError& e) {
        CHECK(e.Key() == "err.db_corrupt");
    }
    CHECK(ReadAll(plan.path) == before);
    CHECK(CheckPlanIntegrity(plan.path) != "ok");
}

TEST_CASE("the background integrity check finds an index that disagrees with its table", "[store][integrity]") {
    test::TempDir dir;
    IntegrityPlan plan = MakePlan(dir.File("index.hdesk"), 50);
    {
        // Make the stored index describe other columns than the ones it was built from: every page is
        // well formed (quick_check passes) but the index no longer matches the rows.
        Database db(plan.path, Database::Mode::ReadWrite);
        db.Exec("PRAGMA writable_schema = ON");
        db.Exec("UPDATE sqlite_schema SET sql = 'CREATE INDEX note_by_hearing ON note(offset_ms, wall_time_ms, version)' "
                "WHERE name = 'note_by_hearing'");
        db.Exec("PRAGMA writable_schema = OFF");
    }
    {
        Database db(plan.path, Database::Mode::ReadOnly);
        Statement quick(db, "PRAGMA quick_check");
        REQUIRE(quick.Step());
        REQUIRE(quick.Text(0) == "ok");
    }
    OpenOptions quick;
    quick.quick_integrity = true;
    CHECK_NOTHROW(PlanStore::Open(plan.path, quick));
    CHECK(CheckPlanIntegrity(plan.path) != "ok");
    CHECK_THROWS_AS(PlanStore::Open(plan.path), StoreError); // the default full check refuses it
}

TEST_CASE("the background integrity check runs while the plan is written, blocking nobody", "[store][integrity]") {
    test::TempDir dir;
    IntegrityPlan plan = MakePlan(dir.File("busy.hdesk"), 300);
    OpenOptions quick;
    quick.quick_integrity = true;
    auto store = PlanStore::Open(plan.path, quick);
    store->Db().SetLockWaitMs(0); // any lock the check took would fail a write at once
    auto check = std::async(std::launch::async, [&] { return CheckPlanIntegrity(plan.path); });
    int written = 0;
    while (check.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready || written < 20) {
        Note n;
        n.hearing_id = plan.hearing_id;
        n.text = "tijdens de controle " + std::to_string(written);
        store->AddNote(n);
        ++written;
    }
    CHECK(check.get() == "ok");
    CHECK(store->CountNotes(plan.hearing_id) == 300 + written);
    CHECK(CheckPlanIntegrity(dir.File("missing.hdesk")) != "ok");
}
