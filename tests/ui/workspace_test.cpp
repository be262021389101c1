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

TEST_CASE("a write nobody reported makes the workspace read the plan again at the next frame", "[ui][workspace]") {
    hd::test::TempDir dir;
    hd::test::UiFixture fx(dir.File("plan.hdesk"));
    REQUIRE(fx.ws.Notes(fx.hearing_id)->empty());
    std::shared_ptr<const hd::ThemeBoard> board = fx.ws.Board(fx.theme_id);
    uint64_t revision = fx.ws.Revision();

    hd::Note n;
    n.hearing_id = fx.hearing_id;
    n.reporter = 'B';
    n.text = "De bus stopt niet meer aan het station na tien uur.";
    fx.ws.Store().AddNote(n); // and nothing reported after it
    // Until the next frame what a screen took stays as it was (it may still be drawing it).
    CHECK(fx.ws.Notes(fx.hearing_id)->empty());
    CHECK(fx.ws.Revision() == revision);

    CHECK(fx.ws.PollChanges(0));
    CHECK(fx.ws.Revision() != revision);
    REQUIRE(fx.ws.Notes(fx.hearing_id)->size() == 1);
    CHECK(fx.ws.Notes(fx.hearing_id)->at(0).text == n.text);
    CHECK(fx.ws.Board(fx.theme_id) != board);
    CHECK(fx.ws.Board(fx.theme_id)->notes.size() == 1);
    CHECK_FALSE(fx.ws.PollChanges(0)); // once

    hd::Theme renamed = *fx.ws.FindTheme(fx.theme_id);
    renamed.title = "Veilig ’s avonds";
    fx.ws.Store().UpdateTheme(renamed);
    CHECK(fx.ws.PollChanges(0));
    CHECK(fx.ws.FindTheme(fx.theme_id)->title == "Veilig ’s avonds");
}

TEST_CASE("a reported write is seen at once and makes no second invalidation at the next frame", "[ui][workspace]") {
    hd::test::TempDir dir;
    hd::test::UiFixture fx(dir.File("plan.hdesk"));
    fx.ws.PollChanges(0);
    REQUIRE(fx.ws.Notes(fx.hearing_id)->empty());
    hd::Note n;
    n.hearing_id = fx.hearing_id;
    n.reporter = 'A';
    n.text = "Jongeren hangen rond bij het jeugdhuis, ook na sluiting.";
    fx.ws.Store().AddNote(n);
    fx.ws.ChangedHearing(fx.hearing_id);
    CHECK(fx.ws.Notes(fx.hearing_id)->size() == 1);
    uint64_t revision = fx.ws.Revision();
    CHECK_FALSE(fx.ws.PollChanges(1));
    CHECK(fx.ws.Revision() == revision);
}

TEST_CASE("reading every view of a plan writes nothing, so nothing is computed twice", "[ui][workspace]") {
    hd::test::TempDir dir;
    hd::Workspace ws;
    ws.Adopt(hd::CreateDemoPlan(dir.File("demo.hdesk")));
    auto read_everything = [&] {
        for (const hd::Hearing& h : ws.Data().hearings) {
            ws.Notes(h.id);
            ws.RoomContributions(h.id);
            ws.DisciplineBars(h.id);
            ws.Groups(h.id);
            ws.Review(h.id);
        }
        for (const hd::Theme& t : ws.Data().themes) {
            ws.ThemeContributions(t.id);
            ws.Board(t.id);
        }
    };
    read_everything();
    ws.PollChanges(0);
    uint64_t revision = ws.Revision();
    std::shared_ptr<const hd::ThemeBoard> board = ws.Board(ws.Data().themes.at(0).id);
    read_everything();
    CHECK_FALSE(ws.PollChanges(0)); // within 500 ms of the last poll: only this connection's writes count
    CHECK(ws.Revision() == revision);
    CHECK(ws.Board(ws.Data().themes.at(0).id) == board);
}

TEST_CASE("a saved draft makes nothing stale, a write before it that nobody reported does", "[ui][workspace]") {
    hd::test::TempDir dir;
    hd::test::UiFixture fx(dir.File("plan.hdesk"));
    fx.ws.PollChanges(0);
    std::shared_ptr<const hd::HearingReview> review = fx.ws.Review(fx.hearing_id);
    uint64_t revision = fx.ws.Revision();
    fx.ws.WriteDraft([&](hd::PlanStore& store) { store.SaveDraft(fx.hearing_id, 'A', {"Buurtbewoners van", 0, hd::NoteKind::Other, 1}); });
    CHECK_FALSE(fx.ws.PollChanges(1));
    CHECK(fx.ws.Revision() == revision);
    CHECK(fx.ws.Review(fx.hearing_id) == review);
    REQUIRE(fx.ws.Store().LoadDraft(fx.hearing_id, 'A'));

    hd::Note n;
    n.hearing_id = fx.hearing_id;
    n.reporter = 'A';
    n.text = "Buurtbewoners vragen een vast aanspreekpunt.";
    fx.ws.Store().AddNote(n); // unreported, then a draft write
    fx.ws.WriteDraft([&](hd::PlanStore& store) { store.ClearDraft(fx.hearing_id, 'A'); });
    CHECK(fx.ws.PollChanges(2));
    CHECK(fx.ws.Revision() != revision);
    CHECK(fx.ws.Notes(fx.hearing_id)->size() == 1);
}
