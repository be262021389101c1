// The workspace: the plan the GUI has open, and what it reports about it.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "core/workspace/workspace.h"
#include "core/demo/demo_plan.h"
#include "core/store/db.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"

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

TEST_CASE("a write to one hearing keeps another theme's board, a write to its own theme renews it",
          "[ui][workspace]") {
    hd::test::TempDir dir;
    hd::test::UiFixture fx(dir.File("plan.hdesk"));
    hd::Theme other;
    other.title = "Verkeer";
    int64_t other_theme = fx.ws.Store().AddTheme(other);
    fx.ws.Changed();

    std::shared_ptr<const hd::ThemeBoard> kept = fx.ws.Board(other_theme);
    std::shared_ptr<const hd::ThemeBoard> own = fx.ws.Board(fx.theme_id);
    uint64_t other_revision = fx.ws.ThemeRevision(other_theme);
    REQUIRE(own->notes.empty());

    hd::Note n;
    n.hearing_id = fx.hearing_id;
    n.reporter = 'A';
    n.speaker_id = fx.police_id;
    n.text = "Meer verlichting in de tunnel naar het park.";
    fx.ws.Store().AddNote(n);
    fx.ws.ChangedHearing(fx.hearing_id);

    CHECK(fx.ws.ThemeRevision(other_theme) == other_revision);
    CHECK(fx.ws.Board(other_theme) == kept); // not read again
    std::shared_ptr<const hd::ThemeBoard> renewed = fx.ws.Board(fx.theme_id);
    CHECK(renewed != own);
    CHECK(renewed->notes.size() == 1);
    CHECK(renewed->unplaced.size() == 1);
    CHECK(own->notes.empty()); // a board taken before the write stays whole for whoever holds it

    fx.ws.ChangedTheme(other_theme);
    CHECK(fx.ws.Board(other_theme) != kept);
    CHECK(fx.ws.Board(fx.theme_id) == renewed);
    fx.ws.Changed();
    CHECK(fx.ws.Board(fx.theme_id) != renewed);
}

TEST_CASE("a write to one hearing keeps another hearing's review entries", "[ui][workspace]") {
    hd::test::TempDir dir;
    hd::test::UiFixture fx(dir.File("plan.hdesk"));
    hd::Hearing h;
    h.theme_id = fx.theme_id;
    h.date = "2026-04-02";
    int64_t second = fx.ws.Store().AddHearing(h);
    fx.ws.Changed();
    std::shared_ptr<const hd::HearingReview> kept = fx.ws.Review(second);
    std::shared_ptr<const hd::HearingReview> first = fx.ws.Review(fx.hearing_id);
    fx.ws.ChangedHearing(fx.hearing_id);
    CHECK(fx.ws.Review(second) == kept);
    CHECK(fx.ws.Review(fx.hearing_id) != first);
    // The theme of both hearings changed with the first: its board is read again.
    std::shared_ptr<const hd::ThemeBoard> board = fx.ws.Board(fx.theme_id);
    fx.ws.ChangedHearing(second);
    CHECK(fx.ws.Board(fx.theme_id) != board);
    CHECK(fx.ws.Review(second) != kept);
}
