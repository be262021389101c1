// The Core group screen and the forum name the scope of each write (ChangedHearing / ChangedTheme),
// so what they change is shown at once and what another hearing or theme shows is not read again.
#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include "core/review/review_store.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

namespace {
// A second theme with its own hearing, besides the fixture's.
struct OtherHearing {
    int64_t theme_id = 0, hearing_id = 0;
};

OtherHearing AddOtherHearing(test::UiFixture& fx) {
    Theme t;
    t.title = "Verkeer";
    OtherHearing other;
    other.theme_id = fx.ws.Store().AddTheme(t);
    Hearing h;
    h.theme_id = other.theme_id;
    h.date = "2026-04-02";
    other.hearing_id = fx.ws.Store().AddHearing(h);
    fx.ws.Changed();
    return other;
}
} // namespace

TEST_CASE("sending minutes to review shows at once and keeps what another hearing shows", "[ui][core_review][workspace]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    OtherHearing other = AddOtherHearing(fx);
    fx.state.screen = Screen::CoreReview;
    fx.state.user_name = "Mieke De Vos";
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    std::shared_ptr<const CoreReviewView> kept = fx.ws.CoreReview(other.hearing_id);
    std::shared_ptr<const ThemeBoard> board = fx.ws.Board(other.theme_id);
    REQUIRE(ui.ClickProbe("core_review.to_review"));
    ui.Frame(2);
    CHECK(fx.ws.CoreReview(fx.hearing_id)->minutes.review.state == ReviewState::UnderReview);
    CHECK(fx.ws.CoreGroup()->StateOf(fx.hearing_id) == ReviewState::UnderReview); // the hearing list
    CHECK(fx.ws.CoreReview(other.hearing_id) == kept);
    CHECK(fx.ws.Board(other.theme_id) == board);
}

TEST_CASE("a reaction in the forum shows at once and keeps what another theme shows", "[ui][forum][workspace]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    OtherHearing other = AddOtherHearing(fx);
    fx.state.screen = Screen::Forum;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    std::shared_ptr<const ThemeBoard> board = fx.ws.Board(other.theme_id);
    std::shared_ptr<const CoreReviewView> kept = fx.ws.CoreReview(other.hearing_id);
    REQUIRE(ui.ClickProbe("forum.reaction"));
    ui.Type("Eindelijk wordt er geluisterd");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(2);
    std::shared_ptr<const PlanDocument> draft = fx.ws.PlanDraft();
    const std::vector<DomainDocument>& domains = draft->domains;
    REQUIRE_FALSE(domains.empty());
    REQUIRE(domains.front().theme_id == fx.theme_id);
    REQUIRE(domains.front().reactions.size() == 1);
    CHECK(domains.front().reactions[0].text == "Eindelijk wordt er geluisterd");
    CHECK(fx.ws.Board(other.theme_id) == board);
    CHECK(fx.ws.CoreReview(other.hearing_id) == kept);
}
