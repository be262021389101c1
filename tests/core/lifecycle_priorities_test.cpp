// Plan cycle, point 4: priorities. The result of dot voting and ranking with its spread, computed from
// plain data; rounds and ballots in the plan file with every bad ballot refused in the user's language
// and nothing stored; the forum's reactions counted per domain; the report in Markdown and HTML.
#include <catch2/catch.hpp>

#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/lifecycle/priorities.h"
#include "core/lifecycle/priority_export.h"
#include "core/review/review_store.h"
#include "tests/support/lifecycle_plan.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
std::string ErrorKey(const std::function<void()>& f) {
    try {
        f();
    } catch (const UserError& e) {
        return e.Key();
    }
    return "";
}

const PriorityResultRow& Row(const PriorityResult& r, int64_t id) {
    for (const PriorityResultRow& row : r.rows)
        if (row.target_id == id) return row;
    FAIL("no row " << id);
    return r.rows.front();
}

struct Group {
    explicit Group(PlanStore& store) {
        ReviewStore reviews(store);
        for (const char* name : {"Anouk Verbeeck", "Jonas De Smedt", "Mira Claeys"}) {
            CoreMember m;
            m.name = name;
            ids.push_back(reviews.AddMember(m));
        }
    }
    std::vector<int64_t> ids;
};
} // namespace

TEST_CASE("dot voting: totals, members behind each item, and the spread per member", "[lifecycle][priorities]") {
    PriorityRound round;
    round.method = PriorityMethod::Dots;
    round.dots_per_member = 5;
    std::vector<PriorityOption> options = {{1, "Wonen", "Wonen"}, {2, "Jongeren", "Jongeren"}, {3, "Buurten", "Buurten"}};
    // Three members: 3+2, 5, 1+1+3.
    std::vector<PriorityVote> votes = {{10, 1, 3}, {10, 2, 2}, {11, 2, 5}, {12, 1, 1}, {12, 2, 1}, {12, 3, 3}};
    PriorityResult r = ComputePriorityResult(round, options, votes, 4);
    CHECK(r.ballots == 3);
    CHECK(r.members == 4);
    REQUIRE(r.rows.size() == 3);
    CHECK(r.rows[0].target_id == 2); // 8 dots
    CHECK(r.rows[0].score == 8);
    CHECK(r.rows[0].voters == 3);
    CHECK(r.rows[0].min == 1);
    CHECK(r.rows[0].max == 5);
    const PriorityResultRow& wonen = Row(r, 1);
    CHECK(wonen.total == 4);
    CHECK(wonen.voters == 2);
    CHECK(wonen.min == 0); // the member who gave it nothing counts in the spread
    CHECK(wonen.max == 3);
    CHECK(wonen.place == 2);
    CHECK(wonen.mean == Approx(4.0 / 3));
    CHECK(wonen.stddev == Approx(std::sqrt(((3 - 4.0 / 3) * (3 - 4.0 / 3) + (0 - 4.0 / 3) * (0 - 4.0 / 3) + (1 - 4.0 / 3) * (1 - 4.0 / 3)) / 3)));
    const PriorityResultRow& buurten = Row(r, 3);
    CHECK(buurten.score == 3);
    CHECK(buurten.voters == 1);
    CHECK(buurten.place == 3);
}

TEST_CASE("ranking: Borda points, best and worst rank, and shared places for equal points", "[lifecycle][priorities]") {
    PriorityRound round;
    round.method = PriorityMethod::Rank;
    std::vector<PriorityOption> options = {{1, "A", ""}, {2, "B", ""}, {3, "C", ""}};
    // Member 10: A B C, member 11: B A C -> A and B 5 points each, C 2.
    std::vector<PriorityVote> votes = {{10, 1, 1}, {10, 2, 2}, {10, 3, 3}, {11, 2, 1}, {11, 1, 2}, {11, 3, 3}};
    PriorityResult r = ComputePriorityResult(round, options, votes, 2);
    REQUIRE(r.rows.size() == 3);
    CHECK(r.rows[0].score == 5);
    CHECK(r.rows[1].score == 5);
    CHECK(r.rows[0].place == 1);
    CHECK(r.rows[1].place == 1); // equal points share the first place
    CHECK(r.rows[2].target_id == 3);
    CHECK(r.rows[2].place == 3);
    CHECK(r.rows[2].min == 3);
    CHECK(r.rows[2].max == 3);
    CHECK(r.rows[2].stddev == Approx(0)); // everyone agrees it comes last
    const PriorityResultRow& a = Row(r, 1);
    CHECK(a.min == 1);
    CHECK(a.max == 2);
    CHECK(a.mean == Approx(1.5));
    CHECK(a.stddev == Approx(0.5));
}

TEST_CASE("ballots are entered per member, replaced as a whole, and bad ones refused with nothing stored", "[lifecycle][priorities]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    Group group(*plan.store);
    PriorityStore ps(*plan.store);
    PriorityRound dots;
    dots.title = "Welke domeinen eerst?";
    dots.dots_per_member = 4;
    int64_t d = ps.AddRound(dots);
    CHECK(ps.Options(*ps.GetRound(d)).size() == 2); // both domains

    ps.SetBallot(d, group.ids[0], {{plan.youth, 3}, {plan.housing, 1}});
    ps.SetBallot(d, group.ids[1], {{plan.housing, 4}});
    CHECK(ps.Ballot(d, group.ids[0]) == std::map<int64_t, int>{{plan.youth, 3}, {plan.housing, 1}});
    ps.SetBallot(d, group.ids[0], {{plan.youth, 2}, {plan.housing, 0}}); // replaced; 0 is no vote
    CHECK(ps.Ballot(d, group.ids[0]) == std::map<int64_t, int>{{plan.youth, 2}});
    CHECK(ps.MembersWhoVoted(d) == std::vector<int64_t>{group.ids[0], group.ids[1]});

    CHECK(ErrorKey([&] { ps.SetBallot(d, group.ids[0], {{plan.youth, 3}, {plan.housing, 2}}); }) == "priorities.err_too_many_dots");
    CHECK(ErrorKey([&] { ps.SetBallot(d, group.ids[0], {{plan.youth, -1}}); }) == "priorities.err_negative");
    CHECK(ErrorKey([&] { ps.SetBallot(d, group.ids[0], {{9999, 1}}); }) == "priorities.err_target");
    CHECK(ErrorKey([&] { ps.SetBallot(d, 777, {{plan.youth, 1}}); }) == "priorities.err_member");
    CHECK(ErrorKey([&] { ps.SetBallot(999, group.ids[0], {}); }) == "priorities.err_no_round");
    CHECK(ps.Ballot(d, group.ids[0]) == std::map<int64_t, int>{{plan.youth, 2}}); // nothing changed

    PriorityRound rank;
    rank.title = "Doelstellingen Veilig wonen";
    rank.method = PriorityMethod::Rank;
    rank.target = PriorityTarget::Objective;
    rank.theme_id = plan.housing;
    int64_t r = ps.AddRound(rank);
    auto options = ps.Options(*ps.GetRound(r));
    REQUIRE(options.size() == 3); // the domain's objectives, proposals included and marked
    CHECK(std::count_if(options.begin(), options.end(), [](const PriorityOption& o) { return o.proposal; }) == 1);
    CHECK(ErrorKey([&] { ps.SetBallot(r, group.ids[2], {{plan.housing_strategic, 1}, {plan.housing_tactical, 1}}); }) ==
          "priorities.err_duplicate_rank");
    CHECK(ErrorKey([&] { ps.SetBallot(r, group.ids[2], {{plan.housing_strategic, 4}}); }) == "priorities.err_rank_range");
    CHECK(ErrorKey([&] { ps.SetBallot(r, group.ids[2], {{plan.youth_strategic, 1}}); }) == "priorities.err_target");
    CHECK(ps.MembersWhoVoted(r).empty());
    ps.SetBallot(r, group.ids[2], {{plan.housing_tactical, 1}, {plan.housing_strategic, 2}});
    PriorityResult result = ps.Result(r);
    CHECK(result.rows[0].target_id == plan.housing_tactical);
    CHECK(result.ballots == 1);
    CHECK(result.members == 3);

    CHECK(ErrorKey([&] {
              PriorityRound bad = dots;
              bad.dots_per_member = 0;
              ps.AddRound(bad);
          }) == "priorities.err_dots_range");
    CHECK(ErrorKey([&] {
              PriorityRound bad = dots;
              bad.title = " ";
              ps.AddRound(bad);
          }) == "lifecycle.err_empty");
    ps.DeleteRound(d);
    CHECK(ps.ListRounds().size() == 1);
    CHECK(ps.MembersWhoVoted(d).empty()); // the votes went with it

    Translator tr;
    tr.LoadDirectory(FindAssetsDir() + "/lang");
    tr.SetLanguage(Language::Dutch);
    CHECK(tr.Format("priorities.err_too_many_dots", {"Anouk Verbeeck", "6", "5"}) == "Anouk Verbeeck gaf 6 stippen; elk lid heeft er 5.");
    CHECK(tr.Format("priorities.err_duplicate_rank", {"Mira Claeys", "1"}).find("rang 1 twee keer") != std::string::npos);
}

TEST_CASE("the forum's reactions are counted per domain and the report shows rounds and reactions", "[lifecycle][priorities][export]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    Group group(*plan.store);
    ReviewStore reviews(*plan.store);
    reviews.AddReaction(plan.youth, "Meer jeugdwerk in de wijken!", "Sanne", 1000);
    reviews.AddReaction(plan.youth, "Ook op zondag", "Sanne", 2000);
    reviews.AddReaction(plan.youth, "Graag", "", 3000);
    reviews.AddReaction(plan.housing, "Leegstand <aanpakken> & snel", "Pieter", 4000);
    PriorityStore ps(*plan.store);
    auto counts = ps.CountForumReactions();
    REQUIRE(counts.size() == 2);
    CHECK(counts[0].theme_id == plan.youth);
    CHECK(counts[0].reactions == 3);
    CHECK(counts[0].named_people == 1);
    CHECK(counts[0].anonymous == 1);
    CHECK(counts[1].reactions == 1);

    PriorityRound round;
    round.title = "Domeinen <eerst> & later";
    round.dots_per_member = 3;
    int64_t id = ps.AddRound(round);
    ps.SetBallot(id, group.ids[0], {{plan.youth, 2}, {plan.housing, 1}});
    ps.SetBallot(id, group.ids[1], {{plan.youth, 3}});

    Translator tr;
    tr.LoadDirectory(FindAssetsDir() + "/lang");
    PriorityExportRequest r;
    r.date = "2026-02-02";
    r.translator = &tr;
    r.language = Language::English;
    std::string md = ExportPriorities(*plan.store, r);
    CHECK(md.find("Dot voting, 3 dots per member") != std::string::npos);
    CHECK(md.find("2 of 3 members voted") != std::string::npos);
    CHECK(md.find("| 1 | Jeugd | 5 | 2 | 2–3 |") != std::string::npos);
    CHECK(md.find("█") != std::string::npos); // the bars
    CHECK(md.find("Forum: audience reactions per domain") != std::string::npos);
    r.format = ExportFormat::Html;
    std::string html = ExportPriorities(*plan.store, r);
    CHECK(html.find("Domeinen &lt;eerst&gt; &amp; later") != std::string::npos);
    CHECK(html.find("<eerst>") == std::string::npos);
    CHECK(html.find("<svg") != std::string::npos);
    r.format = ExportFormat::Csv;
    CHECK(ErrorKey([&] { ExportPriorities(*plan.store, r); }) == "priorities.err_format");
    r.format = ExportFormat::Markdown;
    r.round_id = 4242;
    CHECK(ErrorKey([&] { ExportPriorities(*plan.store, r); }) == "priorities.err_no_round");
}
