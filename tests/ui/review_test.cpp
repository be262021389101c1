#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "core/base/i18n.h"
#include "core/merge/merge_store.h"
#include "core/store/store.h"
#include "core/text/text_analysis.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/ui_harness.h"
#include "app/wrapped_input.h"

#include <imgui.h>

#include <algorithm>

using namespace hd;

namespace {
void AddNote(Workspace& ws, int64_t hearing, char reporter, int64_t seconds, int64_t speaker, const std::string& text) {
    Note n;
    n.hearing_id = hearing;
    n.reporter = reporter;
    n.offset_ms = seconds * 1000;
    n.speaker_id = speaker;
    n.text = text;
    ws.Store().AddNote(n);
}

// Two entries that differ and one both reporters agree on, merged and stored.
void MergedHearing(test::UiFixture& fx) {
    AddNote(fx.ws, fx.hearing_id, 'A', 60, fx.police_id, "De politie ziet 's avonds meer overlast aan het station door groepjes jongeren.");
    AddNote(fx.ws, fx.hearing_id, 'B', 62, fx.police_id, "De politie ziet 's avonds meer overlast aan het station door groepjes jongeren.");
    AddNote(fx.ws, fx.hearing_id, 'A', 150, fx.youth_id, "Jeugdwerkers moeten vroeger betrokken worden bij het buurtoverleg.");
    AddNote(fx.ws, fx.hearing_id, 'B', 152, fx.youth_id, "Jeugdwerk vroeger betrekken bij buurtoverleg; budget ontbreekt volgens de stad.");
    AddNote(fx.ws, fx.hearing_id, 'A', 300, fx.police_id, "Meer camera's aan de fietsenstalling van het station gevraagd door de politie.");
    AddNote(fx.ws, fx.hearing_id, 'B', 303, fx.police_id, "Politie: camera's fietsenstalling, en ook betere verlichting in de tunnel naar het park.");
    TextAnalyzer analyzer(HD_SOURCE_ASSETS_DIR);
    MergeStore(fx.ws.Store()).RunMerge(fx.hearing_id, analyzer);
    fx.ws.Changed();
}

// A text import runs on a thread of its own: frames go on until it is done and polled.
void WaitForImport(test::HeadlessUi& ui, Workspace& ws) {
    for (int i = 0; i < 6000 && ws.TextImport().Running(); ++i) {
        ui.Frame();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ui.Frame(2);
}

std::vector<StoredEntry> Differing(Workspace& ws, int64_t hearing) {
    EntryFilter f;
    f.status = MergeStatus::Differs;
    return MergeStore(ws.Store()).ListEntries(hearing, f);
}
} // namespace

TEST_CASE("review: N goes to the next open entry, 1 accepts A, E edits, decisions stored with who", "[ui][review]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    MergedHearing(fx);
    REQUIRE(Differing(fx.ws, fx.hearing_id).size() == 2);
    fx.state.screen = Screen::Review;
    fx.state.user_name = "Sara";
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    CHECK(fx.state.review.shown->progress.total == 3);
    CHECK(fx.state.review.shown->progress.resolved == 1);

    ui.Press(GLFW_KEY_N);
    auto open = Differing(fx.ws, fx.hearing_id);
    CHECK(fx.state.review.selected_id == open[0].id);
    ui.Press(GLFW_KEY_1);
    ui.Frame(2);
    auto first = MergeStore(fx.ws.Store()).GetEntry(open[0].id);
    REQUIRE(first);
    CHECK(first->decision == ReviewDecision::AcceptA);
    CHECK(first->decided_by == "Sara");
    CHECK(first->decided_at_ms > 0);
    // The selection moved on to the next entry that needs a decision.
    CHECK(fx.state.review.selected_id == open[1].id);
    CHECK(fx.state.review.shown->progress.resolved == 2);

    ui.Press(GLFW_KEY_E);
    ui.Frame(2);
    REQUIRE(fx.state.review.editing);
    fx.state.review.edit_text.clear(); // select-all is not part of the harness; start from empty
    ui.Frame(1);
    ui.Type("Camera's aan de fietsenstalling; betere verlichting in de tunnel.");
    ui.Press(GLFW_KEY_ENTER, false, /*ctrl=*/true);
    ui.Frame(2);
    auto second = MergeStore(fx.ws.Store()).GetEntry(open[1].id);
    REQUIRE(second);
    CHECK(second->decision == ReviewDecision::Edited);
    CHECK(second->edited_text.find("betere verlichting in de tunnel.") != std::string::npos);
    CHECK(fx.state.review.shown->progress.resolved == 3);
    CHECK_FALSE(fx.state.review.editing);

    // U undoes the decision on the selected entry.
    ui.Press(GLFW_KEY_U);
    ui.Frame(2);
    CHECK(MergeStore(fx.ws.Store()).GetEntry(open[1].id)->decision == ReviewDecision::None);
}

TEST_CASE("review: filter by status and speaker narrows the list", "[ui][review]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    MergedHearing(fx);
    fx.state.screen = Screen::Review;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    EntryFilter agreed_only;
    agreed_only.status = MergeStatus::Agreed;
    auto agreed = MergeStore(fx.ws.Store()).ListEntries(fx.hearing_id, agreed_only);
    REQUIRE(agreed.size() == 1);
    fx.state.review.status_filter = static_cast<int>(MergeStatus::Agreed);
    ui.Frame(2);
    ui.Press(GLFW_KEY_N); // nothing open among agreed entries
    CHECK(fx.state.review.selected_id == 0);
    ui.Press(GLFW_KEY_DOWN);
    CHECK(fx.state.review.selected_id == agreed[0].id);
    ui.Press(GLFW_KEY_DOWN); // the only row: stays
    CHECK(fx.state.review.selected_id == agreed[0].id);
    fx.state.review.status_filter = -1;
    fx.state.review.speaker_filter = "peeters"; // Eline Peeters, youth work: one entry
    ui.Frame(2);
    ui.Press(GLFW_KEY_DOWN);
    auto open = Differing(fx.ws, fx.hearing_id);
    CHECK(fx.state.review.selected_id == open[0].id);
    ui.Press(GLFW_KEY_DOWN);
    CHECK(fx.state.review.selected_id == open[0].id);
}

TEST_CASE("review: a text file is previewed line by line before it is imported", "[ui][review]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    AddNote(fx.ws, fx.hearing_id, 'A', 60, fx.police_id, "Meer blauw op straat in het weekend.");
    fx.ws.Changed();
    std::string path = dir.File("b.txt");
    std::ofstream(path) << "[00:01:02] Vermeersch: Meer blauw op straat, weekend.\nOnbekende Spreker: iets anders\n";
    fx.state.screen = Screen::Review;
    fx.state.review.import.request_open = true;
    fx.state.review.import.path = path;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("review.import_preview"));
    ui.Frame(2);
    const auto& im = fx.state.review.import;
    REQUIRE(im.previewed);
    REQUIRE(im.text.lines.size() == 2);
    CHECK(im.text.lines[0].speaker_id == fx.police_id);
    CHECK(im.text.lines[0].match == SpeakerMatch::Surname);
    CHECK(im.text.lines[1].match == SpeakerMatch::Unmatched);
    CHECK(fx.ws.Store().CountNotes(fx.hearing_id, 'B') == 0); // a preview stores nothing
    REQUIRE(ui.ClickProbe("review.import_do"));
    WaitForImport(ui, fx.ws);
    INFO(fx.state.error_message);
    CHECK(fx.ws.Store().CountNotes(fx.hearing_id, 'B') == 2);
    CHECK(MergeStore(fx.ws.Store()).HasMerge(fx.hearing_id)); // both reporters in: merged right away
}

TEST_CASE("review: U undoes the last decision after the selection moved on, R redoes it, an undone edit gets its text back",
          "[ui][review][undo]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    MergedHearing(fx);
    auto open = Differing(fx.ws, fx.hearing_id);
    REQUIRE(open.size() == 2);
    fx.state.screen = Screen::Review;
    fx.state.user_name = "Sara";
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    auto decision = [&](int64_t id) { return MergeStore(fx.ws.Store()).GetEntry(id)->decision; };
    ui.Press(GLFW_KEY_N);
    REQUIRE(fx.state.review.selected_id == open[0].id);
    ui.Press(GLFW_KEY_2);
    ui.Frame(2);
    CHECK(decision(open[0].id) == ReviewDecision::AcceptB);
    REQUIRE(fx.state.review.selected_id == open[1].id); // moved on
    ui.Press(GLFW_KEY_U);
    ui.Frame(2);
    CHECK(decision(open[0].id) == ReviewDecision::None); // the decision just made, not the selected entry's
    CHECK(fx.state.review.selected_id == open[0].id);
    ui.Press(GLFW_KEY_R);
    ui.Frame(2);
    CHECK(decision(open[0].id) == ReviewDecision::AcceptB);
    // Two edits of the second entry: undo brings back the first edit's text, redo the second's.
    std::vector<std::string> edited;
    fx.state.review.selected_id = open[1].id;
    for (const char* text : {"Eerste bewerking.", "Tweede bewerking."}) {
        ui.Press(GLFW_KEY_E);
        ui.Frame(2);
        REQUIRE(fx.state.review.editing);
        ui.Type(text);
        ui.Press(GLFW_KEY_ENTER, false, /*ctrl=*/true);
        ui.Frame(2);
        edited.push_back(MergeStore(fx.ws.Store()).GetEntry(open[1].id)->edited_text);
        CHECK(edited.back().find(text) != std::string::npos);
        fx.state.review.selected_id = open[1].id;
    }
    REQUIRE(edited[0] != edited[1]);
    ui.Press(GLFW_KEY_Z, false, /*ctrl=*/true);
    ui.Frame(2);
    auto e = MergeStore(fx.ws.Store()).GetEntry(open[1].id);
    CHECK(e->decision == ReviewDecision::Edited);
    CHECK(e->edited_text == edited[0]);
    ui.Press(GLFW_KEY_Y, false, /*ctrl=*/true);
    ui.Frame(2);
    CHECK(MergeStore(fx.ws.Store()).GetEntry(open[1].id)->edited_text == edited[1]);
    // Undo all the way back: both entries open again; a further U changes nothing.
    for (int i = 0; i < 5; ++i) {
        ui.Press(GLFW_KEY_U);
        ui.Frame(1);
    }
    CHECK(decision(open[0].id) == ReviewDecision::None);
    CHECK(decision(open[1].id) == ReviewDecision::None);
}

TEST_CASE("review: the import preview's text column is readable at 1280x720", "[ui][review]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    std::string path = dir.File("b.txt");
    std::ofstream(path) << "[00:01:02] Vermeersch: Meer blauw op straat in het weekend, vooral rond de markt en het "
                           "station, en een vast aanspreekpunt voor de handelaars.\n";
    fx.state.screen = Screen::Review;
    fx.state.review.import.request_open = true;
    fx.state.review.import.path = path;
    test::HeadlessUi ui(fx.state, fx.ws, 1280, 720);
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("review.import_preview"));
    ui.Frame(3);
    REQUIRE(ui.Probe().count("review.import_text_cell") == 1);
    const ProbeRect& cell = ui.Probe().at("review.import_text_cell");
    // Most of the screen's width goes to the text (it was about 40 px).
    CHECK(cell.x1 - cell.x0 > 600);
    CHECK(cell.x1 <= 1280);
}

TEST_CASE("review: a long text import shows progress, Cancel keeps the file's first lines, importing again adds the rest",
          "[ui][review][issue16]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    std::string path = dir.File("b.txt");
    const int total = 60000;
    {
        std::ofstream out(path);
        for (int i = 1; i <= total; ++i)
            out << "[00:" << 10 + i / 60 % 50 << ":" << 10 + i % 50 << "] Vermeersch: regel " << i << " over de verlichting in de tunnel\n";
    }
    fx.state.screen = Screen::Review;
    fx.state.review.import.request_open = true;
    fx.state.review.import.path = path;
    fx.state.review.import.batch_lines = 200;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("review.import_preview"));
    ui.Frame(2);
    const ReviewImportUiState& im = fx.state.review.import;
    REQUIRE(im.previewed);
    CHECK(im.text_more); // only the first lines are read for the preview
    CHECK(im.text.lines.size() == 500);
    REQUIRE(ui.ClickProbe("review.import_do"));
    REQUIRE(fx.ws.TextImport().Running()); // the workspace's job, not the screen's
    // While it runs: a progress bar and Cancel instead of the dialog's buttons; the UI thread draws on.
    ui.ClearProbe();
    ui.Frame();
    CHECK(ui.Probe().count("review.import_progress") == 1);
    CHECK(ui.Probe().count("review.import_cancel") == 1);
    CHECK(ui.Probe().count("review.import_do") == 0);
    for (int i = 0; i < 4000 && fx.ws.TextImport().Running() && fx.ws.TextImport().Running()->notes_done.load() < 400; ++i) {
        ui.Frame();
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    REQUIRE(fx.ws.TextImport().Running());
    CHECK(fx.ws.TextImport().Running()->progress.load() > 0.2f); // checking done, storing under way
    REQUIRE(ui.ClickProbe("review.import_cancel"));
    WaitForImport(ui, fx.ws);
    INFO(fx.state.error_message);
    CHECK(fx.state.error_message.empty());
    CHECK_FALSE(fx.ws.TextImport().Running());
    std::vector<Note> notes = fx.ws.Store().ListNotes(fx.hearing_id, 'B');
    REQUIRE(notes.size() >= 400);
    REQUIRE(notes.size() < static_cast<size_t>(total));
    std::sort(notes.begin(), notes.end(), [](const Note& x, const Note& y) { return x.seq < y.seq; });
    bool prefix = true; // lines 1..N, in order, nothing half-written
    for (size_t i = 0; i < notes.size(); ++i)
        prefix = prefix && notes[i].text == "regel " + std::to_string(i + 1) + " over de verlichting in de tunnel" &&
                 notes[i].speaker_id == fx.police_id;
    CHECK(prefix);
    REQUIRE_FALSE(fx.state.toasts.empty());
    // In whatever language an earlier test of this process left loaded (the bare key when none): the
    // lines kept are the notes stored.
    CHECK(fx.state.toasts.back().text == GlobalTranslator().Format("review.import_cancelled", {std::to_string(notes.size())}));
    // Import again: the rest comes in, the stored start counts as already there.
    fx.state.review.import.request_open = true;
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("review.import_preview"));
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("review.import_do"));
    WaitForImport(ui, fx.ws);
    CHECK(fx.ws.Store().CountNotes(fx.hearing_id, 'B') == total);
}

TEST_CASE("review: the undo stack survives a restart of the program", "[ui][review][undo]") {
    test::TempDir dir;
    std::vector<StoredEntry> open;
    {
        test::UiFixture fx(dir.File("plan.hdesk"));
        MergedHearing(fx);
        open = Differing(fx.ws, fx.hearing_id);
        REQUIRE(open.size() == 2);
        fx.state.screen = Screen::Review;
        fx.state.user_name = "Sara";
        test::HeadlessUi ui(fx.state, fx.ws);
        ui.Frame(3);
        ui.Press(GLFW_KEY_N);
        ui.Press(GLFW_KEY_1);
        ui.Frame(2);
        ui.Press(GLFW_KEY_2);
        ui.Frame(2);
        CHECK(MergeStore(fx.ws.Store()).GetEntry(open[1].id)->decision == ReviewDecision::AcceptB);
    } // the program closes
    Workspace ws;
    ws.Open(dir.File("plan.hdesk"));
    AppState state;
    state.hearing_id = open[0].hearing_id;
    state.screen = Screen::Review;
    state.user_name = "Sara";
    test::HeadlessUi ui(state, ws);
    ui.Frame(3);
    ui.Press(GLFW_KEY_U);
    ui.Frame(2);
    CHECK(MergeStore(ws.Store()).GetEntry(open[1].id)->decision == ReviewDecision::None); // the last decision
    CHECK(MergeStore(ws.Store()).GetEntry(open[0].id)->decision == ReviewDecision::AcceptA);
    CHECK(state.review.selected_id == open[1].id);
    ui.Press(GLFW_KEY_R);
    ui.Frame(2);
    CHECK(MergeStore(ws.Store()).GetEntry(open[1].id)->decision == ReviewDecision::AcceptB);
}

TEST_CASE("soft breaks keep every line within the width and never split a word", "[ui][review][wrap]") {
    auto measure = [](std::string_view s) { return static_cast<float>(s.size()); }; // one unit per byte
    std::string text = "een twee drie vier vijf zes zeven acht negen tien";
    auto breaks = SoftBreaks(text, 15, measure);
    REQUIRE_FALSE(breaks.empty());
    std::string wrapped = text;
    for (size_t at : breaks) {
        REQUIRE(text[at] == ' ');
        wrapped[at] = '\n';
    }
    size_t start = 0;
    while (start <= wrapped.size()) {
        size_t end = wrapped.find('\n', start);
        if (end == std::string::npos) end = wrapped.size();
        CHECK(end - start <= 15);
        start = end + 1;
    }
    CHECK(wrapped == "een twee drie\nvier vijf zes\nzeven acht\nnegen tien");
    // A typed line break starts a new line; a word longer than the width stands alone.
    CHECK(SoftBreaks("kort\nkort", 15, measure).empty());
    CHECK(SoftBreaks("a buurtbewonersvereniging b", 10, measure) == std::vector<size_t>{1, 25});
}

TEST_CASE("review: the edit box wraps a long text and saves it without the wrapping", "[ui][review][wrap]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    MergedHearing(fx);
    auto open = Differing(fx.ws, fx.hearing_id);
    fx.state.screen = Screen::Review;
    fx.state.user_name = "Sara";
    test::HeadlessUi ui(fx.state, fx.ws, 1280, 720);
    ui.Frame(3);
    fx.state.review.selected_id = open[0].id;
    ui.Press(GLFW_KEY_E);
    ui.Frame(3);
    REQUIRE(fx.state.review.editing);
    const std::string typed =
        " De buurtbewoners vragen een vast aanspreekpunt bij de stad, betere verlichting in de tunnel naar het park, "
        "meer toezicht in het weekend en een overleg met de jeugdwerkers voor de zomer begint.";
    ui.Type(typed);
    ui.Frame(2);
    const WrappedInputState& wrap = fx.state.review.edit_wrap;
    // The box shows the text over several lines, each within the box...
    size_t lines = static_cast<size_t>(std::count(wrap.display.begin(), wrap.display.end(), '\n')) + 1;
    CHECK(lines >= 3);
    REQUIRE(ui.Probe().count("review.edit_box") == 1);
    const ProbeRect& box = ui.Probe().at("review.edit_box");
    size_t start = 0;
    while (start < wrap.display.size()) {
        size_t end = std::min(wrap.display.find('\n', start), wrap.display.size());
        // measured with the UI's font: no line is wider than the box
        CHECK(ImGui::CalcTextSize(wrap.display.data() + start, wrap.display.data() + end).x <= box.x1 - box.x0);
        start = end + 1;
    }
    // ...but the text itself has no line breaks: they were only for showing it.
    CHECK(fx.state.review.edit_text.find('\n') == std::string::npos);
    CHECK(fx.state.review.edit_text.find(typed) != std::string::npos);
    ui.Press(GLFW_KEY_ENTER, false, /*ctrl=*/true);
    ui.Frame(2);
    auto e = MergeStore(fx.ws.Store()).GetEntry(open[0].id);
    CHECK(e->decision == ReviewDecision::Edited);
    CHECK(e->edited_text.find(typed) != std::string::npos);
}

TEST_CASE("review: merging on opening uses the workspace's one analyzer", "[ui][review][workspace]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    AddNote(fx.ws, fx.hearing_id, 'A', 60, fx.police_id, "De politie ziet 's avonds meer overlast aan het station.");
    AddNote(fx.ws, fx.hearing_id, 'B', 62, fx.police_id, "De politie ziet 's avonds overlast aan het station.");
    fx.ws.Changed();
    REQUIRE_FALSE(fx.ws.AnalyzerLoaded());
    fx.state.screen = Screen::Review;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    REQUIRE(MergeStore(fx.ws.Store()).HasMerge(fx.hearing_id));
    CHECK(fx.ws.AnalyzerLoaded());
}
