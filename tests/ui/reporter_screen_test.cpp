#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include <algorithm>

#include "core/merge/merge_store.h"
#include "core/review/review_store.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

TEST_CASE("typing a note and pressing Enter stores it durably", "[ui][reporter]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Reporter;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    ui.Type("Te weinig straathoekwerkers in de stationsbuurt, één enkele ploeg");
    ui.Press(GLFW_KEY_ENTER);
    // Read from a second connection: what the UI calls saved is in the file.
    auto check = PlanStore::Open(fx.path);
    auto notes = check->ListNotes(fx.hearing_id, 'A');
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].text == "Te weinig straathoekwerkers in de stationsbuurt, één enkele ploeg");
    CHECK(fx.state.reporter_ui.input.empty());
    CHECK(fx.state.reporter_ui.last_saved_uuid == notes[0].uuid);
}

TEST_CASE("Shift+Enter adds a line instead of committing, prefixes set speaker and kind", "[ui][reporter]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Reporter;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    ui.Type("@ver v: Eerste regel");
    ui.Press(GLFW_KEY_ENTER, /*shift=*/true);
    ui.Type("tweede regel");
    CHECK(fx.ws.Store().CountNotes(fx.hearing_id) == 0);
    ui.Press(GLFW_KEY_ENTER);
    auto notes = fx.ws.Store().ListNotes(fx.hearing_id, 'A');
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].text == "Eerste regel\ntweede regel");
    CHECK(notes[0].kind == NoteKind::Proposal);
    CHECK(notes[0].speaker_id == fx.police_id);
}

TEST_CASE("what is typed but not committed is saved as a draft and restored", "[ui][reporter]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Reporter;
    {
        test::HeadlessUi ui(fx.state, fx.ws);
        ui.Frame(3);
        ui.Type("half getypte zin over de jeugdraad");
        ui.Frame(90); // about 1.5 s of frames: the draft is saved within 2 s
    }
    auto draft = PlanStore::Open(fx.path)->LoadDraft(fx.hearing_id, 'A');
    REQUIRE(draft);
    CHECK(draft->text == "half getypte zin over de jeugdraad");
    AppState fresh;
    fresh.screen = Screen::Reporter;
    fresh.hearing_id = fx.hearing_id;
    Workspace ws2;
    ws2.Open(fx.path);
    test::HeadlessUi ui2(fresh, ws2);
    ui2.Frame(2);
    CHECK(fresh.reporter_ui.input == "half getypte zin over de jeugdraad");
    // The cursor is after the restored text: typing goes on where the reporter stopped.
    ui2.Type(" van Halle");
    CHECK(fresh.reporter_ui.input == "half getypte zin over de jeugdraad van Halle");
}

TEST_CASE("a hearing whose minutes are approved refuses new notes on the reporter screen, and says so",
          "[ui][reporter][approval]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    Note n;
    n.hearing_id = fx.hearing_id;
    n.reporter = 'A';
    n.text = "Een eerste notitie";
    fx.ws.Store().AddNote(n, "A");
    ReviewStore(fx.ws.Store()).Approve(fx.hearing_id, "Mieke De Vos", 1000);
    fx.ws.Changed();
    fx.state.screen = Screen::Reporter;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    CHECK(ui.Probe().count("reporter.closed_banner") == 1);
    ui.Type("Nog iets na de goedkeuring");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(2);
    CHECK(PlanStore::Open(fx.path)->CountNotes(fx.hearing_id) == 1);
    // Reopened: the banner goes and notes are taken again.
    ReviewStore(fx.ws.Store()).Reopen(fx.hearing_id, "Mieke De Vos", 2000, "Er ontbreekt een tussenkomst.");
    fx.ws.Changed();
    ui.ClearProbe();
    ui.Frame(3);
    CHECK(ui.Probe().count("reporter.closed_banner") == 0);
    fx.state.reporter_ui.input.clear();
    ui.Type("Nu wel");
    ui.Press(GLFW_KEY_ENTER);
    CHECK(PlanStore::Open(fx.path)->CountNotes(fx.hearing_id) == 2);
}

TEST_CASE("notes typed while the hearing clock is paused keep distinct wall-clock times, and the screen warns",
          "[ui][reporter][clock]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Reporter;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    fx.ws.Store().StartHearingClock(fx.hearing_id, fx.state.now_ms - 36 * 60 * 1000);
    fx.ws.Changed();
    ui.ClearProbe();
    ui.Frame(2);
    CHECK(ui.Probe().count("reporter.clock_banner") == 0); // running: no warning
    fx.ws.Store().PauseHearingClock(fx.hearing_id, fx.state.now_ms);
    fx.ws.Changed();
    ui.ClearProbe();
    ui.Frame(2);
    CHECK(ui.Probe().count("reporter.clock_banner") == 1);
    for (const char* text : {"Eerste notitie tijdens de pauze", "Tweede notitie", "Derde notitie"}) {
        ui.Type(text);
        ui.Press(GLFW_KEY_ENTER);
        ui.Frame(60); // about a second passes between notes
    }
    auto notes = PlanStore::Open(fx.path)->ListNotes(fx.hearing_id, 'A');
    REQUIRE(notes.size() == 3);
    // The hearing clock stood still: the same hearing time for all three...
    CHECK(notes[0].offset_ms == notes[1].offset_ms);
    CHECK(notes[1].offset_ms == notes[2].offset_ms);
    CHECK(notes[0].offset_ms >= 36 * 60 * 1000);
    // ...but the wall clock moved on, and the merge gets it.
    CHECK(notes[0].wall_time_ms < notes[1].wall_time_ms);
    CHECK(notes[1].wall_time_ms < notes[2].wall_time_ms);
    std::vector<MergeNote> merge_input = StoredMergeNotes(fx.ws.Store(), fx.hearing_id, 'A');
    REQUIRE(merge_input.size() == 3);
    for (size_t i = 0; i < 3; ++i) {
        CHECK(merge_input[i].time_ms == notes[i].offset_ms);
        CHECK(merge_input[i].wall_ms == notes[i].wall_time_ms);
    }
}

TEST_CASE("a hearing clock that has not started is said plainly on the reporter screen", "[ui][reporter][clock]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    Hearing h = *fx.ws.Store().GetHearing(fx.hearing_id);
    REQUIRE_FALSE(h.ClockRunning());
    REQUIRE(h.clock_accumulated_ms == 0);
    fx.state.screen = Screen::Reporter;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    CHECK(ui.Probe().count("reporter.clock_banner") == 1);
}

TEST_CASE("an unknown @name saves nothing until the reporter says who it was", "[ui][reporter]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Reporter;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    ui.Type("@Jef de bus rijdt 's avonds niet meer");
    ui.Press(GLFW_KEY_ENTER);
    CHECK(fx.ws.Store().CountNotes(fx.hearing_id) == 0);
    CHECK(fx.state.reporter_ui.input == "@Jef de bus rijdt 's avonds niet meer"); // nothing typed is lost
    REQUIRE(ui.Probe().count("reporter.resolve"));
    // Added on the spot: a new participant, present, and the note is his.
    REQUIRE(ui.ClickProbe("reporter.resolve.add"));
    auto notes = fx.ws.Store().ListNotes(fx.hearing_id, 'A');
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].text == "de bus rijdt 's avonds niet meer");
    const Participant* jef = fx.ws.FindParticipant(notes[0].speaker_id);
    REQUIRE(jef);
    CHECK(jef->name == "Jef");
    const auto& present = fx.ws.FindHearing(fx.hearing_id)->participant_ids;
    CHECK(std::find(present.begin(), present.end(), jef->id) != present.end());
    CHECK(fx.state.reporter_ui.input.empty());
}

TEST_CASE("an unknown @name confirmed as unknown speaker keeps the name in the note", "[ui][reporter]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Reporter;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    ui.Type("@Jef iemand achteraan vraagt naar camera's");
    ui.Press(GLFW_KEY_ENTER);
    CHECK(fx.ws.Store().CountNotes(fx.hearing_id) == 0);
    ui.Press(GLFW_KEY_0, false, false, /*alt=*/true);
    INFO(fx.state.error_message);
    auto notes = fx.ws.Store().ListNotes(fx.hearing_id, 'A');
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].speaker_id == 0);
    CHECK(notes[0].text == "Jef: iemand achteraan vraagt naar camera's");
}

TEST_CASE("an ambiguous @name asks which one, and Alt+digit picks", "[ui][reporter]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Reporter;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    Participant other;
    other.name = "Eline Maes";
    other.discipline = "housing";
    int64_t maes = fx.ws.Store().AddParticipant(other);
    Hearing h = *fx.ws.Store().GetHearing(fx.hearing_id);
    h.participant_ids.push_back(maes);
    fx.ws.Store().UpdateHearing(h);
    fx.ws.Changed();
    ui.Type("@eline te weinig jeugdwerkers"); // Eline Peeters or Eline Maes?
    ui.Press(GLFW_KEY_ENTER);
    CHECK(fx.ws.Store().CountNotes(fx.hearing_id) == 0);
    REQUIRE(ui.Probe().count("reporter.resolve.pick." + std::to_string(fx.youth_id)));
    REQUIRE(ui.ClickProbe("reporter.resolve.pick." + std::to_string(fx.youth_id)));
    auto notes = fx.ws.Store().ListNotes(fx.hearing_id, 'A');
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].speaker_id == fx.youth_id);
    CHECK(notes[0].text == "te weinig jeugdwerkers");
}
