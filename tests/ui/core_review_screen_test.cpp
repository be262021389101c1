#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include <filesystem>

#include "core/db.h"
#include "core/review_store.h"
#include "core/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

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
    fx.ws.Invalidate();
}
} // namespace

TEST_CASE("approving minutes in the core review screen stores who and when", "[ui][core_review]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    AddNotes(fx);
    fx.state.screen = Screen::CoreReview;
    fx.state.user_name = "Mieke De Vos";
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("core_review.to_review"));
    ui.Frame(2);
    CHECK(ReviewStore(fx.ws.Store()).GetReview(fx.hearing_id).state == ReviewState::UnderReview);
    REQUIRE(ui.ClickProbe("core_review.approve"));
    ui.Frame(2);
    // Read from a second connection: the approval is in the file.
    auto check = PlanStore::Open(fx.path);
    MinutesReview r = ReviewStore(*check).GetReview(fx.hearing_id);
    CHECK(r.state == ReviewState::Approved);
    CHECK(r.approved_by == "Mieke De Vos");
    CHECK(r.approved_at_ms > 0);
    // After approval the screen offers to reopen, and an edit lands in the audit trail it shows.
    CHECK(ui.Probe().count("core_review.reopen") == 1);
    auto notes = fx.ws.Store().ListNotes(fx.hearing_id, 'A');
    fx.ws.Store().EditNote(notes[0].uuid, "Te weinig verlichting op het plein", notes[0].kind, notes[0].chain,
                           notes[0].speaker_id, "Karel");
    fx.ws.Invalidate();
    ui.Frame(2);
    REQUIRE(fx.state.core_review.audit.size() == 3);
    CHECK(fx.state.core_review.audit.back().what == "note_edited");
    CHECK(fx.state.core_review.audit.back().before == "Te weinig verlichting op het Stationsplein");
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

TEST_CASE("commentary typed in the forum is saved when moving to the next domain", "[ui][forum]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    Theme second;
    second.title = "Woninginbraken";
    int64_t second_id = fx.ws.Store().AddTheme(second);
    fx.ws.Invalidate();
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
    fx.ws.Invalidate();
    fx.state.screen = Screen::CoreReview;
    fx.state.user_name = "Pieter";
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    REQUIRE(ui.ClickProbe("core_review.tab_plan"));
    ui.Frame(3);
    REQUIRE(fx.state.core_review.plan.coverage.size() == 1);
    CHECK(fx.state.core_review.plan.coverage[0].gap); // only a reactive objective
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
