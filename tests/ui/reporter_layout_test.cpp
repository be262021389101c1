// Reporter screen layout: the note list measures its row heights once per revision of its own hearing
// (Workspace::HearingRevision) and width, so a write in another hearing does not measure it again.
#include <catch2/catch.hpp>

#include "core/store/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

namespace {
Note NoteIn(int64_t hearing, const std::string& text) {
    Note n;
    n.hearing_id = hearing;
    n.reporter = 'A';
    n.text = text;
    return n;
}
} // namespace

TEST_CASE("reporter: a note in another hearing does not measure the list again, one in its own hearing does",
          "[ui][reporter][layout]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    Hearing other;
    other.theme_id = fx.theme_id;
    other.date = "2026-04-02";
    int64_t other_id = fx.ws.Store().AddHearing(other);
    std::string first = fx.ws.Store().AddNote(NoteIn(fx.hearing_id, "Meer verlichting in de tunnel.")).uuid;
    fx.ws.Changed();
    fx.state.screen = Screen::Reporter;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    ReporterUiState& r = fx.state.reporter_ui;
    REQUIRE(r.row_heights.size() == 1);
    float measured = r.row_heights[0];
    REQUIRE(measured > 0);
    // A height no measurement gives (a little taller, so no scroll bar changes the width): it stays
    // only while the list is not measured again.
    const float marked = measured + 0.5f;
    r.row_heights[0] = marked;
    fx.ws.Store().AddNote(NoteIn(other_id, "Een bijdrage in de andere hoorzitting."));
    fx.ws.ChangedHearing(other_id);
    ui.Frame(2);
    CHECK(r.row_heights[0] == marked);
    fx.ws.Store().AddNote(NoteIn(fx.hearing_id, "Een tweede bijdrage hier."));
    fx.ws.ChangedHearing(fx.hearing_id);
    ui.Frame(2);
    REQUIRE(r.row_heights.size() == 2);
    CHECK(r.row_heights[0] == measured);
    // The row being edited holds an editor: it is measured again, taller, without any write.
    r.edit_uuid = first;
    r.edit_text = "Meer verlichting in de tunnel.";
    ui.Frame(2);
    CHECK(r.row_heights[0] > measured);
    r.edit_uuid.clear();
    ui.Frame(2);
    CHECK(r.row_heights[0] == measured);
}
