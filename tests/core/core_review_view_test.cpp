// The Core group screen's and the forum's views as the Workspace keeps them (core_review_view.h):
// read again after a write they depend on, kept after a write elsewhere, and a view a frame took
// stays whole after the workspace dropped it.
#include <catch2/catch.hpp>

#include "core/base/i18n.h"
#include "core/review/review_store.h"
#include "core/store/plan_structure.h"
#include "core/store/store.h"
#include "core/workspace/workspace.h"
#include "tests/support/temp_dir.h"
#include "tests/support/two_themes_plan.h"

using namespace hd;

namespace {
// Two themes with one hearing each; a note in the first.
struct TwoHearings : test::TwoThemesPlan {
    explicit TwoHearings(const std::string& path) : TwoThemesPlan(path) {
        AddNote(hearing, "Te weinig verlichting op het Stationsplein");
    }
};

// Puts the app's language back, whatever a test switched it to.
struct LanguageGuard {
    Language before = GlobalTranslator().GetLanguage();
    ~LanguageGuard() { GlobalTranslator().SetLanguage(before); }
};
} // namespace

TEST_CASE("a hearing's core review is read again after a write to that hearing and kept after writes elsewhere",
          "[workspace][core_review]") {
    test::TempDir dir;
    TwoHearings plan(dir.File("plan.hdesk"));
    Workspace& ws = plan.ws;
    std::shared_ptr<const CoreReviewView> a = ws.CoreReview(plan.hearing);
    std::shared_ptr<const CoreReviewView> b = ws.CoreReview(plan.other_hearing);
    REQUIRE(a->minutes.entries.size() == 1);
    CHECK(a->minutes.review.state == ReviewState::Draft);
    CHECK(ws.CoreReview(plan.hearing) == a); // nothing changed: the same view

    ReviewStore(ws.Store()).SetReviewState(plan.hearing, ReviewState::UnderReview, "Mieke De Vos", 1000);
    ws.ChangedHearing(plan.hearing);
    std::shared_ptr<const CoreReviewView> a2 = ws.CoreReview(plan.hearing);
    REQUIRE(a2 != a);
    CHECK(a2->minutes.review.state == ReviewState::UnderReview);
    REQUIRE(a2->audit.size() == 1);
    CHECK(a2->audit.back().who == "Mieke De Vos");
    CHECK(ws.CoreReview(plan.other_hearing) == b); // the other hearing was not read again
    // The view taken before the change is whole and as it was.
    CHECK(a->minutes.review.state == ReviewState::Draft);
    CHECK(a->audit.empty());
    CHECK(a->minutes.entries.front().text == "Te weinig verlichting op het Stationsplein");

    // A comment on an entry belongs to its hearing.
    ReviewTarget entry{"entry", a2->minutes.entries.front().ref, plan.hearing, plan.theme};
    ReviewStore(ws.Store()).AddComment(entry, "Pieter", "Welk deel van het plein?", 2000);
    ws.ChangedHearing(plan.hearing);
    REQUIRE(ws.CoreReview(plan.hearing)->comments.size() == 1);
    CHECK(a2->comments.empty());

    // A write to another theme keeps both hearings' views; a change of anything renews them.
    std::shared_ptr<const CoreReviewView> a3 = ws.CoreReview(plan.hearing);
    ws.ChangedTheme(plan.other_theme);
    CHECK(ws.CoreReview(plan.hearing) == a3);
    CHECK(ws.CoreReview(plan.other_hearing) == b);
    ws.Changed();
    CHECK(ws.CoreReview(plan.hearing) != a3);
    CHECK(ws.CoreReview(plan.other_hearing) != b);
}

TEST_CASE("the core group view and the plan draft follow every write and are kept while nothing changes",
          "[workspace][core_review][forum]") {
    test::TempDir dir;
    TwoHearings plan(dir.File("plan.hdesk"));
    Workspace& ws = plan.ws;
    std::shared_ptr<const CoreGroupView> group = ws.CoreGroup();
    std::shared_ptr<const PlanDocument> draft = ws.PlanDraft();
    CHECK(ws.CoreGroup() == group);
    CHECK(ws.PlanDraft() == draft);
    REQUIRE(draft->domains.size() == 2);
    CHECK_FALSE(draft->domains[1].commentary);

    // A reaction in the forum belongs to its theme; the plan draft shows every theme.
    ReviewStore(ws.Store()).SaveCommentary({plan.other_theme, "An Claes", "criminoloog", "Meer aandacht voor preventie.", "", 0});
    ws.ChangedTheme(plan.other_theme);
    std::shared_ptr<const PlanDocument> draft2 = ws.PlanDraft();
    REQUIRE(draft2 != draft);
    REQUIRE(draft2->domains[1].commentary);
    CHECK(draft2->domains[1].commentary->text == "Meer aandacht voor preventie.");
    CHECK_FALSE(draft->domains[1].commentary); // the draft taken before is as it was

    // A comment on an objective: the core group's list of them.
    ReviewStore(ws.Store()).AddComment({"objective", "7", 0, plan.theme}, "Pieter", "Ook de wijkagent betrekken.", 3000);
    ws.ChangedTheme(plan.theme);
    std::shared_ptr<const CoreGroupView> group2 = ws.CoreGroup();
    REQUIRE(group2 != group);
    REQUIRE(group2->objective_comments.size() == 1);
    CHECK(group2->objective_comments[0].text == "Ook de wijkagent betrekken.");
    CHECK(group->objective_comments.empty());

    // Approving a hearing: its state in the core group's list of hearings.
    CHECK(group2->StateOf(plan.other_hearing) == ReviewState::Draft);
    ReviewStore(ws.Store()).SetReviewState(plan.other_hearing, ReviewState::UnderReview, "Mieke De Vos", 4000);
    ws.ChangedHearing(plan.other_hearing);
    CHECK(ws.CoreGroup()->StateOf(plan.other_hearing) == ReviewState::UnderReview);

    // A section of the plan (a write of no one hearing or theme).
    PlanStructureStore(ws.Store()).SetSection("vision", "Veiligheid is een gedeelde zorg.");
    ws.Changed();
    bool found = false;
    for (const PlanSection& s : ws.PlanDraft()->sections)
        if (s.key == "vision") found = s.text == "Veiligheid is een gedeelde zorg.";
    CHECK(found);
}

TEST_CASE("the core review and the plan draft are built again when the language changes",
          "[workspace][core_review][i18n]") {
    test::TempDir dir;
    TwoHearings plan(dir.File("plan.hdesk"));
    LanguageGuard guard;
    Workspace& ws = plan.ws;
    GlobalTranslator().SetLanguage(Language::Dutch);
    std::shared_ptr<const CoreReviewView> review = ws.CoreReview(plan.hearing);
    std::shared_ptr<const PlanDocument> draft = ws.PlanDraft();
    GlobalTranslator().SetLanguage(Language::English);
    CHECK(ws.CoreReview(plan.hearing) != review); // discipline names are translated
    CHECK(ws.PlanDraft() != draft);
    std::shared_ptr<const CoreReviewView> english = ws.CoreReview(plan.hearing);
    CHECK(ws.CoreReview(plan.hearing) == english);
}

TEST_CASE("a view taken from the workspace stays whole after the plan is closed", "[workspace][core_review]") {
    test::TempDir dir;
    TwoHearings plan(dir.File("plan.hdesk"));
    std::shared_ptr<const CoreReviewView> review = plan.ws.CoreReview(plan.hearing);
    std::shared_ptr<const PlanDocument> draft = plan.ws.PlanDraft();
    plan.ws.Close();
    REQUIRE(review->minutes.entries.size() == 1);
    CHECK(review->minutes.theme == "Jeugd en overlast");
    CHECK(draft->domains.size() == 2);
    // With no plan open the views are empty, not the closed plan's.
    CHECK(plan.ws.CoreReview(plan.hearing)->minutes.entries.empty());
    CHECK(plan.ws.PlanDraft()->domains.empty());
}
