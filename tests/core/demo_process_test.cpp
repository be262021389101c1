// The demo a user opens goes through every phase after the hearings, and every person in it is
// fictional (issue 17).
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/base/i18n.h"
#include "core/base/utf8.h"
#include "core/base/uuid.h"
#include "core/cluster/objective_store.h"
#include "core/demo/demo_plan.h"
#include "core/demo/fictional_names.h"
#include "core/lifecycle/decisions.h"
#include "core/lifecycle/indicators.h"
#include "core/lifecycle/inputs.h"
#include "core/lifecycle/monitoring.h"
#include "core/lifecycle/plan_snapshot.h"
#include "core/plan/action_store.h"
#include "core/merge/merge_store.h"
#include "core/review/review_store.h"
#include "core/store/store.h"
#include "core/text/text_analysis.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {

const TextAnalyzer& Analyzer() {
    static TextAnalyzer analyzer(FindAssetsDir());
    return analyzer;
}

std::unique_ptr<PlanStore> WholeDemo(const test::TempDir& dir) {
    CreateDemoPlan(dir.File("demo.hdesk"), DemoOptions{&Analyzer()}).reset();
    return PlanStore::Open(dir.File("demo.hdesk"));
}

// Real people connected with Belgian safety policy, policing or criminology: the demo must never put
// words in their mouths. Short on purpose; compared after folding case and accents.
const char* const kRealPublicFigures[] = {
    "Brice De Ruyver",   "Paul Ponsaers",   "Tom Vander Beken", "Lieven Pauwels",        "Freya Vander Laenen",
    "Marc Cools",        "Elke Devroe",     "Letizia Paoli",    "Annelies Verlinden",    "Jan Jambon",
    "Bart Somers",       "Vincent Van Quickenborne", "Paul Van Tigchelt", "Ine Van Wymersch", "Bart De Wever",
    "Alexander Vandersmissen", "Marc Snoeck", "Catherine De Bolle", "Frédéric Van Leeuw", "Johan Delmulle",
};

// Every person's name the demo stores: participants, moderators, reporters, core group, forum experts
// and named people in the forum audience.
std::vector<std::string> PeopleIn(PlanStore& store) {
    std::vector<std::string> names;
    for (const Participant& p : store.ListParticipants())
        if (!p.name.empty()) names.push_back(p.name);
    for (const Hearing& h : store.ListHearings())
        for (const std::string& n : {h.moderator, h.reporter_a, h.reporter_b})
            if (!n.empty()) names.push_back(n);
    ReviewStore reviews(store);
    for (const CoreMember& m : reviews.ListMembers()) names.push_back(m.name);
    DecisionStore decisions(store);
    for (const Decision& d : decisions.ListDecisions()) names.push_back(d.recorded_by);
    for (const PlanVersion& v : decisions.ListVersions()) names.push_back(v.created_by);
    for (const Theme& t : store.ListThemes()) {
        if (auto c = reviews.GetCommentary(t.id)) names.push_back(c->expert_name);
        for (const ForumReaction& r : reviews.ListReactions(t.id))
            if (!r.author.empty()) names.push_back(r.author);
    }
    return names;
}

} // namespace

TEST_CASE("the whole-process demo has reviewed minutes, a core group, objectives and a forum", "[demo]") {
    test::TempDir dir;
    auto store = WholeDemo(dir);
    MergeStore merges(*store);
    ReviewStore reviews(*store);

    CHECK(reviews.ListMembers().size() >= 5);

    std::vector<Hearing> hearings = store->ListHearings();
    size_t approved = 0, open_entries = 0;
    for (const Hearing& h : hearings) {
        if (h.status == HearingStatus::Planned) {
            CHECK_FALSE(merges.HasMerge(h.id));
            continue;
        }
        REQUIRE(merges.HasMerge(h.id));
        MergeProgress progress = merges.Progress(h.id);
        if (reviews.IsApproved(h.id)) {
            ++approved;
            CHECK(progress.resolved == progress.total); // approved minutes have nothing left open
        } else {
            open_entries += progress.total - progress.resolved;
        }
        // Merged minutes hold each remark once: never more entries than the two reporters' notes.
        size_t a = 0, b = 0;
        for (const Note& n : store->ListNotes(h.id)) (n.reporter == 'A' ? a : b) += n.deleted ? 0 : 1;
        CHECK(merges.MergedMinutes(h.id).size() < a + b);
    }
    CHECK(approved == 2);
    CHECK(open_entries > 0); // review still has work in the demo

    ObjectiveStore objectives(*store);
    size_t accepted = 0, proposed = 0;
    for (const Theme& t : store->ListThemes()) {
        for (const Objective& o : objectives.ListObjectives(t.id)) (o.accepted ? accepted : proposed)++;
        auto commentary = reviews.GetCommentary(t.id);
        REQUIRE(commentary.has_value());
        CHECK(!commentary->text.empty());
        CHECK(!commentary->expert_function.empty());
    }
    CHECK(accepted > 0);
    CHECK(proposed > 0);
}

TEST_CASE("the whole-process demo has inputs, a diagnosis, decisions, an adopted version and a revision",
          "[demo]") {
    test::TempDir dir;
    auto store = WholeDemo(dir);

    // Inputs: related plans with priorities, some answered by objectives and some not (real gaps).
    InputStore inputs(*store);
    std::vector<RelatedPlan> plans = inputs.ListPlans();
    CHECK(plans.size() >= 3);
    CHECK(inputs.ListDocuments().size() >= 3);
    size_t answered = 0, unanswered = 0;
    for (const FacetRow& row : inputs.Facets()) (row.answers.empty() ? unanswered : answered)++;
    CHECK(answered >= 3);
    CHECK(unanswered >= 2);

    // Diagnosis: indicators for the whole city and for most domains, each a series of several years.
    IndicatorStore indicators(*store);
    std::set<int64_t> domains;
    for (const Indicator& i : indicators.List()) {
        INFO(i.name);
        CHECK(i.values.size() >= 3);
        domains.insert(i.theme_id);
    }
    CHECK(domains.count(0) == 1);
    CHECK(domains.size() >= 6);

    // Decisions of college, committee and council; the council's adopted version 1, intact, and a
    // later revision that lists what changed, who changed it and why.
    DecisionStore decisions(*store);
    std::set<DecisionBody> bodies;
    for (const Decision& d : decisions.ListDecisions()) bodies.insert(d.body);
    CHECK(bodies.size() == 3);
    auto adopted = decisions.LatestAdopted();
    REQUIRE(adopted.has_value());
    CHECK(adopted->verified);
    CHECK(adopted->number == 1);
    std::vector<PlanVersion> versions = decisions.ListVersions();
    REQUIRE(versions.size() == 2);
    CHECK(versions[1].kind == VersionKind::Revision);
    CHECK(versions[1].verified);
    CHECK(!versions[1].reason.empty());
    CHECK(versions[1].created_at_ms > adopted->created_at_ms);
    std::vector<PlanChange> changes = decisions.ChangesSinceAdoption();
    REQUIRE(!changes.empty());
    CHECK(changes[0].target_kind == "objective");
    CHECK(changes[0].field == "how");
    CHECK(changes[0].who == "Liesbeth Cuypers");

    // The adopted plan holds only domains whose hearings were held before adoption: the running
    // hearing's domain has proposals, none accepted.
    ObjectiveStore objectives(*store);
    for (const Hearing& h : store->ListHearings()) {
        if (h.status != HearingStatus::Running) continue;
        for (const Objective& o : objectives.ListObjectives(h.theme_id)) CHECK_FALSE(o.accepted);
    }
    // The first round's phases are all done.
    for (const Phase& p : store->GetPlan().phases) {
        INFO(p.key);
        CHECK(p.status == PhaseStatus::Done);
    }
}

TEST_CASE("the whole-process demo has actions in its adopted version and a first yearly follow-up", "[demo]") {
    test::TempDir dir;
    auto store = WholeDemo(dir);

    // Actions only under accepted tactical objectives, every heard domain's, each with an owner and
    // years inside the plan period; some quick wins, some with an amount.
    ObjectiveStore objectives(*store);
    std::map<int64_t, Objective> by_id;
    for (const Theme& t : store->ListThemes())
        for (const Objective& o : objectives.ListObjectives(t.id)) by_id[o.id] = o;
    std::vector<Action> actions = ActionStore(*store).ListAllActions();
    REQUIRE(actions.size() >= 6);
    std::set<int64_t> domains;
    int quick_wins = 0, with_budget = 0;
    const Plan plan = store->GetPlan();
    for (const Action& a : actions) {
        INFO(a.description);
        REQUIRE(by_id.count(a.objective_id) == 1);
        CHECK(by_id[a.objective_id].accepted);
        CHECK(by_id[a.objective_id].level == ObjectiveLevel::Tactical);
        CHECK(!a.owner.empty());
        CHECK(a.start_year >= plan.period_start);
        CHECK(a.end_year <= plan.period_end);
        domains.insert(by_id[a.objective_id].theme_id);
        quick_wins += a.quick_win ? 1 : 0;
        with_budget += a.budget_euro ? 1 : 0;
    }
    CHECK(domains.size() == 3);
    CHECK(quick_wins >= 2);
    CHECK(with_budget >= 2);

    // The adopted version holds the actions as they were then (all planned); the revision lists
    // the status each action of 2026 got at the follow-up.
    DecisionStore decisions(*store);
    auto adopted = decisions.LatestAdopted();
    REQUIRE(adopted.has_value());
    PlanSnapshot frozen = SnapshotFromJson(adopted->content);
    CHECK(frozen.actions.size() == actions.size());
    for (const SnapshotAction& a : frozen.actions) CHECK(a.status == "planned");
    int status_changes = 0;
    for (const PlanChange& c : decisions.ChangesSinceAdoption())
        if (c.target_kind == "action" && c.field == "status") ++status_changes;
    int ran_2026 = 0;
    for (const Action& a : actions) ran_2026 += a.RunsIn(2026) ? 1 : 0;
    CHECK(ran_2026 >= 3);
    CHECK(status_changes == ran_2026);

    // The follow-up of 2026: every action of 2026 and every accepted objective has an entry; the
    // actions that start in 2027 have none yet.
    MonitoringStore monitoring(*store);
    CHECK(monitoring.Years() == std::vector<int>{2026});
    for (const MonitoringRow& r : monitoring.Rows(2026)) {
        INFO(r.title);
        bool expected = r.target == MonitoringTarget::Objective;
        if (r.target == MonitoringTarget::Action)
            for (const Action& a : actions)
                if (a.id == r.target_id) expected = a.RunsIn(2026);
        CHECK(r.entry.has_value() == expected);
    }
    StatusCounts counts = CountStatuses(monitoring.Rows(2026), MonitoringTarget::Action);
    CHECK(counts.counts[2] >= 1); // done
    CHECK(counts.counts[1] >= 2); // running
}

TEST_CASE("every person in the demo comes from the fictional-names table and none is a real public figure",
          "[demo]") {
    test::TempDir dir;
    auto store = WholeDemo(dir);
    std::vector<std::string> people = PeopleIn(*store);
    REQUIRE(people.size() > 30);
    for (const std::string& name : people) {
        INFO(name);
        CHECK(demo::IsFictionalName(name));
    }

    std::set<std::string> real;
    for (const char* r : kRealPublicFigures) real.insert(FoldForMatch(r));
    for (std::string_view name : demo::FictionalNames()) {
        INFO(std::string(name));
        CHECK(real.count(FoldForMatch(name)) == 0);
    }
    // The check itself works: a real name is caught whatever its case or accents.
    CHECK(real.count(FoldForMatch("FREDERIC VAN LEEUW")) == 1);
}

TEST_CASE("the demo's fictional-names table has no duplicates", "[demo]") {
    std::set<std::string_view> seen;
    for (std::string_view name : demo::FictionalNames()) {
        INFO(std::string(name));
        CHECK(seen.insert(name).second);
    }
}

TEST_CASE("the same demo command writes the same file, byte for byte", "[demo]") {
    test::TempDir dir;
    auto read_all = [](const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    CreateDemoPlan(dir.File("one.hdesk"), DemoOptions{&Analyzer()}).reset();
    CreateDemoPlan(dir.File("two.hdesk"), DemoOptions{&Analyzer()}).reset();
    std::string one = read_all(dir.File("one.hdesk")), two = read_all(dir.File("two.hdesk"));
    REQUIRE(one.size() > 100'000);
    CHECK(one == two);
    // Real plans keep random ids: only the demo writer uses the fixed sequence.
    CHECK(NewUuid() != NewUuid());
}
