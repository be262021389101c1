// The workspace: the plan the GUI has open, and what it reports about it.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "core/workspace/workspace.h"
#include "core/demo/demo_plan.h"
#include "core/store/db.h"
#include "tests/support/temp_dir.h"

namespace {
// A plan whose pages are sound (quick_check passes, so it opens) but whose index no longer matches
// its rows: only the full integrity check on the background thread finds it.
std::string DamagedIndexPlan(hd::test::TempDir& dir) {
    std::string path = dir.File("damaged.hdesk");
    { hd::CreateDemoPlan(path); }
    hd::Database db(path, hd::Database::Mode::ReadWrite);
    db.Exec("PRAGMA writable_schema = ON");
    db.Exec("UPDATE sqlite_schema SET sql = 'CREATE INDEX note_by_hearing ON note(offset_ms, wall_time_ms, version)' "
            "WHERE name = 'note_by_hearing'");
    db.Exec("PRAGMA writable_schema = OFF");
    return path;
}

void WaitForIntegrityCheck(hd::Workspace& ws) {
    for (int i = 0; i < 3000 && ws.IntegrityCheckRunning(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    REQUIRE_FALSE(ws.IntegrityCheckRunning());
}
} // namespace

TEST_CASE("the background integrity check reports damage of the plan it checked", "[ui][integrity]") {
    hd::test::TempDir dir;
    hd::Workspace ws;
    ws.Open(DamagedIndexPlan(dir));
    WaitForIntegrityCheck(ws);
    CHECK_FALSE(ws.TakeIntegrityProblem().empty());
    CHECK(ws.TakeIntegrityProblem().empty()); // once
}

TEST_CASE("a pending integrity result is never reported against a plan opened after it", "[ui][integrity]") {
    hd::test::TempDir dir;
    hd::Workspace ws;
    ws.Open(DamagedIndexPlan(dir));
    ws.Adopt(hd::CreateDemoPlan(dir.File("sound.hdesk"))); // e.g. File > New demo while the check runs
    WaitForIntegrityCheck(ws);
    CHECK(ws.TakeIntegrityProblem().empty());
    ws.Close();
    CHECK(ws.TakeIntegrityProblem().empty());
}
