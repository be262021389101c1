#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>
#include <cmath>
#include <map>

#include <filesystem>

#include "core/store/db.h"
#include "core/base/i18n.h"
#include "core/merge/merge_store.h"
#include "core/review/review_store.h"
#include "core/text/text_analysis.h"
#include "core/store/plan_structure.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/imgui_windows.h"
#include "tests/ui/ui_harness.h"

using namespace hd;
using hd::test::ChildWindows;
using hd::test::ContentHeight;

namespace {
void AddNotes(test::UiFixture& fx) {
    Note n;
    n.hearing_id = fx.hearing_id;
    n.reporter = 'A';
    n.text = "Te weinig verlichting op het Stationsplein";
    n.speaker_id = fx.police_id;
    fx.ws.Store().AddNote(n, "A");
    n.reporter = 'B';
    n.text = "Verlichting plein onvoldoende";
    fx.ws.Store().AddNote(n, "B");
    fx.ws.Changed();
}
} // namespace

// Merges the two reporters' notes, so the minutes have entries to resolve.
void MergeNotes(test::UiFixture& fx) {
    static TextAnalyzer analyzer(FindAssetsDir());
    MergeStore(fx.ws.Store()).RunMerge(fx.hearing_id, analyzer, {}, "Karel");
    fx.ws.Changed();
}

void ResolveAll(test::UiFixture& fx) {
    MergeStore merges(fx.ws.Store());
    for (const StoredEntry& e : merges.ListEntries(fx.hearing_id))
        if (!e.Resolved()) merges.RecordDecision(e.id, ReviewDecision::KeepBoth, {}, "Sofie");
    fx.ws.Changed();
}

TEST_CASE("approving resolved minutes stores who and when, reopening asks why and returns them to draft",
          "[ui][core_review]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    AddNotes(fx);
    MergeNotes(fx);
    ResolveAll(fx);
    fx.state.screen = Screen::CoreReview;
    fx.state.user_name = "Mieke De Vos";
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("core_review.to_review"));
    ui.Frame(2);
    CHECK(ReviewStore(fx.ws.Store()).GetReview(fx.hearing_id).state == ReviewState::UnderReview);
    CHECK(ui.Probe().count("core_review.approve_anyway") == 0); // nothing unresolved: one click
    REQUIRE(ui.ClickProbe("core_review.approve"));
    ui.Frame(2);
    // Read from a second connection: the approval is in the file.
    auto check = PlanStore::Open(fx.path);
    MinutesReview r = ReviewStore(*check).GetReview(fx.hearing_id);
    CHECK(r.state == ReviewState::Approved);
    CHECK(r.approved_by == "Mieke De Vos");
    CHECK(r.approved_at_ms > 0);
    CHECK(r.approve_reason.empty());
    // Reopening: the confirm button stays disabled until a reason is typed.
    ui.ClearProbe();
    ui.Frame(1);
    REQUIRE(ui.ClickProbe("core_review.reopen"));
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("core_review.reopen_confirm"));
    ui.Frame(2);
    CHECK(ReviewStore(fx.ws.Store()).IsApproved(fx.hearing_id));
    REQUIRE(ui.ClickProbe("core_review.reopen_reason"));
    ui.Type("De opmerking van de wijkagent ontbreekt.");
    ui.Frame(1);
    REQUIRE(ui.ClickProbe("core_review.reopen_confirm"));
    ui.Frame(2);
    r = ReviewStore(fx.ws.Store()).GetReview(fx.hearing_id);
    CHECK(r.state == ReviewState::Draft);
    REQUIRE(fx.ws.CoreReview(fx.hearing_id)->audit.size() == 3);
    CHECK(fx.ws.CoreReview(fx.hearing_id)->audit.back().after == "draft");
    CHECK(fx.ws.CoreReview(fx.hearing_id)->audit.back().who == "Mieke De Vos");
    CHECK(fx.ws.CoreReview(fx.hearing_id)->audit.back().reason == "De opmerking van de wijkagent ontbreekt.");
}

TEST_CASE("with entries unresolved, Approve is disabled and approving anyway needs a reason",
          "[ui][core_review]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    AddNotes(fx);
    // Sixteen more pairs the reporters worded differently.
    for (int i = 0; i < 16; ++i) {
        Note n;
        n.hearing_id = fx.hearing_id;
        n.offset_ms = 60000 * (i + 2);
        n.reporter = 'A';
        n.text = "Punt " + std::to_string(i) + ": de bewoners vragen meer toezicht aan de speelpleinen na de schooluren";
        fx.ws.Store().AddNote(n, "A");
        n.reporter = 'B';
        n.text = "Punt " + std::to_string(i) + ": de bewoners vragen minder toezicht, wel een straathoekwerker";
        fx.ws.Store().AddNote(n, "B");
    }
    MergeNotes(fx);
    fx.state.screen = Screen::CoreReview;
    fx.state.user_name = "Mieke De Vos";
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    ApprovalCheck check = fx.ws.CoreReview(fx.hearing_id)->approval;
    REQUIRE(check.unresolved > 0);
    CHECK(check.unresolved == ReviewStore(fx.ws.Store()).CheckApproval(fx.hearing_id).unresolved);
    REQUIRE(ui.ClickProbe("core_review.approve")); // disabled
    ui.Frame(2);
    CHECK(ReviewStore(fx.ws.Store()).GetReview(fx.hearing_id).state == ReviewState::Draft);
    REQUIRE(ui.ClickProbe("core_review.approve_anyway"));
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("core_review.approve_anyway_confirm")); // disabled without a reason
    ui.Frame(2);
    CHECK(ReviewStore(fx.ws.Store()).GetReview(fx.hearing_id).state == ReviewState::Draft);
    REQUIRE(ui.ClickProbe("core_review.approve_anyway_reason"));
    ui.Type("Open punten gaan naar de volgende kerngroep.");
    ui.Frame(1);
    REQUIRE(ui.ClickProbe("core_review.approve_anyway_confirm"));
    ui.Frame(2);
    MinutesReview r = ReviewStore(*PlanStore::Open(fx.path)).GetReview(fx.hearing_id);
    CHECK(r.state == ReviewState::Approved);
    CHECK(r.approve_reason == "Open punten gaan naar de volgende kerngroep.");
    CHECK(r.unresolved_at_approval == static_cast<int64_t>(check.unresolved));
    CHECK(fx.ws.CoreReview(fx.hearing_id)->audit.back().reason == r.approve_reason);
}

TEST_CASE("approval needs a name, and a comment on an entry can be added and resolved", "[ui][core_review]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    AddNotes(fx);
    fx.state.screen = Screen::CoreReview;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("core_review.approve")); // disabled without a name
    ui.Frame(2);
    CHECK(ReviewStore(fx.ws.Store()).GetReview(fx.hearing_id).state == ReviewState::Draft);
    REQUIRE(ui.ClickProbe("core_review.approver"));
    ui.Type("Pieter");
    ui.Frame(1);
    REQUIRE(ui.ClickProbe("core_review.comment_0"));
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("core_review.comment_text"));
    ui.Type("Welk uur was dit?");
    ui.Frame(1);
    REQUIRE(ui.ClickProbe("core_review.add_comment"));
    ui.Frame(2);
    auto comments = ReviewStore(fx.ws.Store()).ListComments(fx.hearing_id);
    REQUIRE(comments.size() == 1);
    CHECK(comments[0].text == "Welk uur was dit?");
    CHECK(comments[0].author == "Pieter");
    CHECK(comments[0].target.kind == "entry");
    REQUIRE(ui.ClickProbe("core_review.resolve_" + std::to_string(comments[0].id)));
    ui.Frame(2);
    CHECK(ReviewStore(fx.ws.Store()).ListComments(fx.hearing_id)[0].resolved);
}

TEST_CASE("the export button writes the chosen export next to the plan", "[ui][core_review]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    AddNotes(fx);
    fx.state.screen = Screen::CoreReview;
    fx.state.core_review.export_format = 1; // HTML
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    std::string expected = dir.File("plan-verslag-" + std::to_string(fx.hearing_id) + ".html");
    CHECK(fx.state.core_review.export_path == expected);
    REQUIRE(ui.ClickProbe("core_review.export_button"));
    ui.Frame(2);
    CHECK(fx.state.error_message.empty());
    REQUIRE(std::filesystem::exists(expected));
    CHECK(std::filesystem::file_size(expected) > 500);
    CHECK(fx.state.core_review.last_export_path == expected);
}

TEST_CASE("the forum screen stores the expert's commentary and audience reactions per domain", "[ui][forum]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Forum;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("forum.expert_name"));
    ui.Type("Prof. An Segers");
    REQUIRE(ui.ClickProbe("forum.expert_function"));
    ui.Type("criminologe");
    REQUIRE(ui.ClickProbe("forum.commentary"));
    ui.Type("Kies voor preventie.");
    ui.Frame(1);
    REQUIRE(ui.ClickProbe("forum.save"));
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("forum.reaction"));
    ui.Type("Eindelijk wordt er geluisterd");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(2);
    auto check = PlanStore::Open(fx.path);
    ReviewStore rs(*check);
    auto c = rs.GetCommentary(fx.theme_id);
    REQUIRE(c);
    CHECK(c->expert_name == "Prof. An Segers");
    CHECK(c->expert_function == "criminologe");
    CHECK(c->text == "Kies voor preventie.");
    auto reactions = rs.ListReactions(fx.theme_id);
    REQUIRE(reactions.size() == 1);
    CHECK(reactions[0].text == "Eindelijk wordt er geluisterd");
    CHECK(fx.state.forum.reaction.empty());
}

TEST_CASE("a long forum commentary wraps on screen and is stored as typed", "[ui][forum]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Forum;
    test::HeadlessUi ui(fx.state, fx.ws, 1280, 720);
    ui.Frame(3);
    const std::string text = "Ondernemers vragen vooral snelheid: één kanaal om informatie te delen en binnen de dag "
                             "een antwoord. De afspraken voor feesten en de uitgaanszone moeten vóór de zomer rond zijn.";
    REQUIRE(ui.ClickProbe("forum.commentary"));
    ui.Type(text);
    ui.Frame(2);
    // On screen the box breaks the lines at its width...
    CHECK(fx.state.forum.commentary_wrap.display.find('\n') != std::string::npos);
    REQUIRE(ui.ClickProbe("forum.save"));
    ui.Frame(2);
    // ...but the stored commentary is one line, exactly as typed.
    auto c = ReviewStore(fx.ws.Store()).GetCommentary(fx.theme_id);
    REQUIRE(c);
    CHECK(c->text == text);
}

TEST_CASE("commentary typed in the forum is saved when moving to the next domain", "[ui][forum]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    Theme second;
    second.title = "Woninginbraken";
    int64_t second_id = fx.ws.Store().AddTheme(second);
    fx.ws.Changed();
    fx.state.screen = Screen::Forum;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    REQUIRE(fx.state.forum.domain_index == 0);
    REQUIRE(ui.ClickProbe("forum.commentary"));
    ui.Type("Niet vergeten te bewaren.");
    ui.Frame(1);
    REQUIRE(ui.ClickProbe("forum.next"));
    ui.Frame(3);
    CHECK(fx.state.forum.domain_index == 1);
    CHECK(fx.state.forum.loaded_theme == second_id);
    auto c = ReviewStore(fx.ws.Store()).GetCommentary(fx.theme_id);
    REQUIRE(c);
    CHECK(c->text == "Niet vergeten te bewaren.");
    CHECK(fx.state.forum.commentary.empty());
}

TEST_CASE("the plan overview shows objectives and takes a comment on one", "[ui][core_review]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    {
        Database& db = fx.ws.Store().Db();
        Statement ins(db, "INSERT INTO objective(theme_id, level, title, what, chain) VALUES(?, 'tactical', ?, ?, 'reactive')");
        ins.Bind(1, fx.theme_id).Bind(2, "Snelle opvolging").Bind(3, "Meldingen binnen 48 uur").Exec();
    }
    int64_t objective_id = fx.ws.Store().Db().LastInsertId();
    fx.ws.Changed();
    fx.state.screen = Screen::CoreReview;
    fx.state.user_name = "Pieter";
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("core_review.tab_plan"));
    ui.Frame(3);
    REQUIRE(fx.ws.PlanDraft()->coverage.size() == 1);
    CHECK(fx.ws.PlanDraft()->coverage[0].gap); // only a reactive objective
    std::string button = "core_review.objective_comment_" + std::to_string(objective_id);
    REQUIRE(ui.ClickProbe(button));
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("core_review.comment_text"));
    ui.Type("Ook de wijkagent betrekken.");
    ui.Frame(1);
    REQUIRE(ui.ClickProbe("core_review.add_comment"));
    ui.Frame(2);
    auto comments = ReviewStore(fx.ws.Store()).CommentsOn("objective", std::to_string(objective_id));
    REQUIRE(comments.size() == 1);
    CHECK(comments[0].author == "Pieter");
    CHECK(comments[0].target.theme_id == fx.theme_id);
}

namespace {
// The rows' comment buttons that the last frames drew, by row index.
std::map<int, ProbeRect> RowProbes(test::HeadlessUi& ui) {
    const std::string prefix = "core_review.comment_";
    std::map<int, ProbeRect> rows;
    for (const auto& [name, rect] : ui.Probe())
        if (name.rfind(prefix, 0) == 0) rows[std::stoi(name.substr(prefix.size()))] = rect;
    return rows;
}
} // namespace

TEST_CASE("minutes rows out of view are not drawn, yet the minutes scroll exactly as far", "[ui][core_review]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    for (int i = 0; i < 150; ++i) {
        Note n;
        n.hearing_id = fx.hearing_id;
        n.reporter = 'A';
        n.offset_ms = 1000 * i;
        n.speaker_id = fx.police_id;
        n.text = "Bijdrage " + std::to_string(i) + ":";
        for (int r = 0; r <= i % 5; ++r) n.text += " de verlichting op het Stationsplein is 's avonds veel te zwak";
        fx.ws.Store().AddNote(n, "A");
    }
    fx.ws.Changed();
    fx.state.screen = Screen::CoreReview;
    test::HeadlessUi ui(fx.state, fx.ws);

    // Reference: every row drawn, as before clipping.
    fx.state.core_review.clip_rows = false;
    ui.Frame(3);
    ui.ClearProbe();
    ui.Frame();
    std::map<int, ProbeRect> all = RowProbes(ui);
    REQUIRE(all.size() == 150);
    REQUIRE(ChildWindows("##minutes_scroll").size() == 1);
    ImGuiWindow* minutes = ChildWindows("##minutes_scroll").front();
    float all_drawn = ContentHeight(minutes);
    CHECK(all_drawn > 5 * 900);
    ui.Frame();
    float scroll_max = minutes->ScrollMax.y;
    const int first = all.begin()->first, middle = first + 75;

    // Clipped: the measuring frame, then frames that draw only the rows in view, at the same places.
    fx.state.core_review.clip_rows = true;
    fx.ws.Changed();
    for (int frame = 0; frame < 3; ++frame) {
        INFO("frame " << frame);
        ui.ClearProbe();
        ui.Frame();
        std::map<int, ProbeRect> drawn = RowProbes(ui);
        REQUIRE(drawn.count(first));
        CHECK(drawn[first].y0 == all[first].y0);
        CHECK(drawn[first + 1].y0 == all[first + 1].y0);
        if (frame > 0) { // the first frame after a change measures every row
            CHECK_FALSE(drawn.count(middle));
            CHECK(drawn.size() < 40);
        }
        CHECK(ContentHeight(minutes) == all_drawn);
        CHECK(minutes->ScrollMax.y == scroll_max);
    }

    // Scrolled to the middle: those rows are drawn where drawing everything put them, moved up by
    // the scroll; the first rows are not drawn; the layout height is unchanged.
    float scroll = all[middle].y0 - all[first].y0;
    ImGui::SetScrollY(minutes, scroll);
    ui.Frame(2);
    ui.ClearProbe();
    ui.Frame();
    std::map<int, ProbeRect> drawn = RowProbes(ui);
    REQUIRE(minutes->Scroll.y == scroll);
    REQUIRE(drawn.count(middle));
    CHECK(std::abs(drawn[middle].y0 - (all[middle].y0 - scroll)) <= 1.0f);
    CHECK(std::abs(drawn[middle + 3].y1 - (all[middle + 3].y1 - scroll)) <= 1.0f);
    CHECK_FALSE(drawn.count(first + 2));
    CHECK(ContentHeight(minutes) == all_drawn);
    // A drawn row is a real row: its comment button selects it.
    REQUIRE(ui.ClickProbe("core_review.comment_" + std::to_string(middle)));
    CHECK(fx.state.core_review.target_kind == "entry");
}

TEST_CASE("a plan section is written in the plan overview and saved with Ctrl+Enter", "[ui][core_review][plan_structure]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::CoreReview;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("core_review.tab_plan"));
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("core_review.section_edit.vision"));
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("core_review.section_text.vision"));
    ui.Type("Veiligheid is een gedeelde zorg van stad, partners en bewoners.");
    ui.Press(GLFW_KEY_ENTER, false, /*ctrl=*/true);
    ui.Frame(2);
    auto check = PlanStore::Open(fx.path);
    CHECK(PlanStructureStore(*check).Section("vision") == "Veiligheid is een gedeelde zorg van stad, partners en bewoners.");
    CHECK(fx.state.core_review.section_key.empty());
    REQUIRE(fx.ws.PlanDraft()->sections.size() == std::size(kPlanSectionKeys));
    CHECK(fx.ws.PlanDraft()->sections[3].text == "Veiligheid is een gedeelde zorg van stad, partners en bewoners.");
}
