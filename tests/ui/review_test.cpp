#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include <fstream>

#include "core/merge/merge_store.h"
#include "core/store/store.h"
#include "core/text/text_analysis.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/ui_harness.h"

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
    fx.ws.Invalidate();
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
    CHECK(fx.state.review.progress.total == 3);
    CHECK(fx.state.review.progress.resolved == 1);

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
    CHECK(fx.state.review.progress.resolved == 2);

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
    CHECK(fx.state.review.progress.resolved == 3);
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
    fx.ws.Invalidate();
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
    ui.Frame(3);
    INFO(fx.state.error_message);
    CHECK(fx.ws.Store().CountNotes(fx.hearing_id, 'B') == 2);
    CHECK(MergeStore(fx.ws.Store()).HasMerge(fx.hearing_id)); // both reporters in: merged right away
}
