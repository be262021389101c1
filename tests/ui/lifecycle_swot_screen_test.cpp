// Plan cycle screen, SWOT and Priorities tabs. SWOT: items typed one after another from the keyboard, moved with Ctrl+Up,
// a source picked from the indicator list with the filter and Enter, and an empty item refused with a
// message. Priorities: a round added and ballots typed member after member, a ballot with too many
// dots refused. Each checked in the plan file.
#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include "app/screens/lifecycle_parts.h"
#include "core/base/i18n.h"
#include "core/lifecycle/indicators.h"
#include "core/lifecycle/priorities.h"
#include "core/review/review_store.h"
#include "core/store/swot_store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

namespace {
void OpenSwot(test::UiFixture& fx, test::HeadlessUi& ui) {
    GlobalTranslator().LoadDirectory(FindAssetsDir() + "/lang");
    GlobalTranslator().SetLanguage(Language::Dutch);
    fx.state.screen = Screen::Lifecycle;
    fx.state.user_name = "Lotte Verhaegen";
    fx.state.lifecycle.open_tab = lifecycle::TabIndex("swot");
    ui.Frame(3);
    REQUIRE(fx.state.lifecycle.tab == lifecycle::TabIndex("swot"));
}

std::vector<std::string> Strengths(PlanStore& store, int64_t theme) {
    std::vector<std::string> out;
    for (const SwotItem& i : SwotStore(store).List(theme))
        if (i.quadrant == SwotQuadrant::Strength) out.push_back(i.text);
    return out;
}
} // namespace

TEST_CASE("SWOT tab: items typed with Enter, moved with Ctrl+Up and cited from the indicator list", "[ui][lifecycle][swot]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    IndicatorStore(fx.ws.Store()).SetValue(fx.theme_id, "Overlastmeldingen bij de politie", 2025, 1320, "aantal");
    IndicatorStore(fx.ws.Store()).SetValue(fx.theme_id, "Vroegtijdige schoolverlaters", 2025, 11, "%");
    fx.ws.Changed();
    test::HeadlessUi ui(fx.state, fx.ws);
    OpenSwot(fx, ui);

    REQUIRE(ui.ClickProbe("swot.add.strength"));
    ui.Type("Sterk jeugdwerk in elke wijk");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(3);
    ui.Type("Buurtwerkers kennen de jongeren"); // the cursor stayed in the add field
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(3);
    PlanStore& store = fx.ws.Store();
    REQUIRE(Strengths(store, fx.theme_id) ==
            std::vector<std::string>{"Sterk jeugdwerk in elke wijk", "Buurtwerkers kennen de jongeren"});
    CHECK(fx.state.lifecycle.swot_new[0].empty());

    // An empty item is refused with a message; nothing is added.
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(3);
    CHECK_FALSE(fx.state.error_message.empty());
    CHECK(Strengths(store, fx.theme_id).size() == 2);
    fx.state.error_message.clear();
    ui.Frame(2);

    int64_t second = SwotStore(store).List(fx.theme_id)[1].id;
    REQUIRE(ui.ClickProbe("swot.item." + std::to_string(second)));
    ui.Press(GLFW_KEY_UP, false, true);
    ui.Frame(3);
    CHECK(Strengths(store, fx.theme_id).front() == "Buurtwerkers kennen de jongeren");

    ui.ClearProbe();
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("swot.source." + std::to_string(second)));
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("swot.cite_kind.indicator"));
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("swot.cite_filter"));
    ui.Type("school");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(3);
    std::optional<SwotItem> cited = SwotStore(store).Get(second);
    REQUIRE(cited);
    CHECK(cited->cite.kind == SwotCiteKind::Indicator);
    CHECK(cited->cite.label == "Vroegtijdige schoolverlaters (11 %, 2025)");
    CHECK(fx.state.lifecycle.swot_citing == 0);

    // The reference is shown under the item, and the item can be deleted.
    ui.ClearProbe();
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("swot.delete." + std::to_string(second)));
    ui.Frame(3);
    CHECK(Strengths(store, fx.theme_id) == std::vector<std::string>{"Sterk jeugdwerk in elke wijk"});
}

TEST_CASE("Priorities tab: a round added, ballots typed per member with Ctrl+Enter, too many dots refused", "[ui][lifecycle][priorities]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    Theme second;
    second.title = "Veilig wonen";
    int64_t housing = fx.ws.Store().AddTheme(second);
    ReviewStore reviews(fx.ws.Store());
    CoreMember a, b;
    a.name = "Anouk Verbeeck";
    b.name = "Jonas De Smedt";
    int64_t first = reviews.AddMember(a);
    int64_t next = reviews.AddMember(b);
    fx.ws.Changed();
    test::HeadlessUi ui(fx.state, fx.ws);
    OpenSwot(fx, ui);
    fx.state.lifecycle.open_tab = lifecycle::TabIndex("priorities");
    ui.Frame(3);
    REQUIRE(fx.state.lifecycle.tab == lifecycle::TabIndex("priorities"));

    REQUIRE(ui.ClickProbe("priorities.new_round"));
    ui.Type("Welke domeinen eerst?");
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(3);
    PriorityStore ps(fx.ws.Store());
    auto rounds = ps.ListRounds();
    REQUIRE(rounds.size() == 1);
    CHECK(rounds[0].dots_per_member == 5);
    int64_t round = rounds[0].id;
    CHECK(fx.state.lifecycle.priority_round == round);
    CHECK(fx.state.lifecycle.priority_member == first);

    // Anouk: 4 dots on the first domain, Tab, 1 on the second, Ctrl+Enter.
    ui.ClearProbe();
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("priorities.ballot." + std::to_string(fx.theme_id)));
    ui.Type("4");
    ui.Press(GLFW_KEY_TAB);
    ui.Type("1");
    ui.Press(GLFW_KEY_ENTER, false, true);
    ui.Frame(3);
    CHECK(ps.Ballot(round, first) == std::map<int64_t, int>{{fx.theme_id, 4}, {housing, 1}});
    CHECK(fx.state.lifecycle.priority_member == next); // on to the next member

    // Jonas: 6 dots is one too many; refused with a message naming him, nothing stored.
    ui.ClearProbe();
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("priorities.ballot." + std::to_string(housing)));
    ui.Type("6");
    ui.Frame(1);
    REQUIRE(ui.ClickProbe("priorities.save_ballot"));
    ui.Frame(2);
    CHECK(fx.state.error_message.find("Jonas De Smedt") != std::string::npos);
    CHECK(ps.Ballot(round, next).empty());
    CHECK(fx.state.lifecycle.priority_member == next); // stays on him to correct it
    fx.state.error_message.clear();
    ui.Frame(2);
    PriorityResult result = ps.Result(round);
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].target_id == fx.theme_id);
    CHECK(fx.ws.PriorityVotes(round)->result.rows.size() == 2); // the result view shows the same
}
