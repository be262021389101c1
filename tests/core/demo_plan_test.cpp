#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>

#include "core/demo/demo_plan.h"
#include "core/demo/demo_plan_data.h"
#include "core/base/errors.h"
#include "core/store/store.h"
#include "core/base/utf8.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
// The five hearing themes the foundation issue asks for, in this order.
const char* const kRequiredThemes[] = {"Illegale drugs", "Buurtgerichte veiligheid", "Ruimtelijke ordening en wonen",
                                       "Veilig ondernemen", "Herstelgerichte aanpak van overlast"};

bool IsKnownDiscipline(const std::string& d) {
    return std::find(std::begin(kKnownDisciplines), std::end(kKnownDisciplines), d) != std::end(kKnownDisciplines);
}

// How many notes a reporter should have in the hearing, counted from the demo tables.
int64_t TableCount(size_t hearing_index, char reporter) {
    int64_t n = 0;
    for (const demo::ContributionRow& c : demo::Hearings()[hearing_index].contributions)
        n += (reporter == 'A' ? c.a : c.b) != nullptr;
    return n;
}

std::unique_ptr<PlanStore> CreateAndReopen(const test::TempDir& dir, const std::string& name = "demo.hdesk") {
    CreateDemoPlan(dir.File(name)).reset();
    return PlanStore::Open(dir.File(name));
}
} // namespace

TEST_CASE("demo plan is created, reopens and has the intended shape", "[demo]") {
    test::TempDir dir;
    auto store = CreateAndReopen(dir);
    CHECK(store->IntegrityCheck() == "ok");

    Plan plan = store->GetPlan();
    CHECK(plan.city == "Dijlestede");
    CHECK(plan.period_end - plan.period_start == 5);
    REQUIRE(plan.phases.size() == std::size(kStandardPhaseKeys));
    std::map<std::string, PhaseStatus> phase_status;
    for (const Phase& p : plan.phases) {
        CHECK(p.title != p.key); // every phase got a Dutch title
        CHECK(!p.start_date.empty());
        phase_status[p.key] = p.status;
    }
    CHECK(phase_status["inputs"] == PhaseStatus::Done);
    CHECK(phase_status["hearings"] == PhaseStatus::Active);
    CHECK(phase_status["publication"] == PhaseStatus::Planned);

    auto themes = store->ListThemes();
    // The seeds' five hearing themes, then a youth domain and a supporting domain without a hearing.
    REQUIRE(themes.size() == 7);
    for (size_t i = 0; i < themes.size(); ++i) {
        INFO(themes[i].title);
        CHECK(themes[i].problem_statement.size() > 100);
        CHECK(themes[i].context.size() > 100);
        if (i == 6) {
            CHECK(themes[i].title == "Ondersteunende projecten");
            CHECK(themes[i].questions.empty()); // no hearing, so no guiding questions
            continue;
        }
        CHECK(themes[i].title == (i < 5 ? std::string(kRequiredThemes[i]) : std::string("Jongeren")));
        CHECK(themes[i].questions.size() >= 3);
        CHECK(themes[i].questions.size() <= 4);
        int budget = 0;
        for (const Question& q : themes[i].questions) {
            CHECK(q.budget_minutes > 0);
            budget += q.budget_minutes;
        }
        CHECK(budget >= 75);
        CHECK(budget <= 95);
    }

    auto participants = store->ListParticipants();
    CHECK(participants.size() >= 18);
    CHECK(participants.size() <= 25);
    std::set<std::string> disciplines;
    int anonymous = 0, unnamed = 0;
    for (const Participant& p : participants) {
        CHECK(IsKnownDiscipline(p.discipline));
        CHECK(!p.organisation.empty());
        disciplines.insert(p.discipline);
        anonymous += !p.consent_named;
        unnamed += p.name.empty();
    }
    CHECK(disciplines.size() >= 10);
    CHECK(anonymous >= 3);
    CHECK(unnamed >= 2);
}

TEST_CASE("demo hearings: three closed with both reporters, one running, two planned", "[demo]") {
    test::TempDir dir;
    auto store = CreateAndReopen(dir);
    auto themes = store->ListThemes();
    auto hearings = store->ListHearings();
    REQUIRE(hearings.size() == 6);
    const HearingStatus expected[] = {HearingStatus::Closed,  HearingStatus::Closed,  HearingStatus::Closed,
                                      HearingStatus::Running, HearingStatus::Planned, HearingStatus::Planned};
    int64_t fewest_closed = 1 << 30;
    for (size_t i = 0; i < hearings.size(); ++i) {
        const Hearing& h = hearings[i];
        INFO("hearing " << h.id);
        CHECK(h.theme_id == themes[i].id); // one hearing per theme
        CHECK(h.status == expected[i]);
        CHECK(h.participant_ids.size() >= 12);
        CHECK(h.participant_ids.size() <= 18);
        CHECK(!h.reporter_a.empty());
        CHECK(!h.reporter_b.empty());
        CHECK(h.reporter_a != h.reporter_b);
        CHECK(!h.moderator.empty());
        CHECK(h.clock_started_wall_ms == 0); // nothing ticks in a freshly opened demo
        int64_t a = store->CountNotes(h.id, 'A'), b = store->CountNotes(h.id, 'B');
        CHECK(a == TableCount(i, 'A'));
        CHECK(b == TableCount(i, 'B'));
        if (h.status == HearingStatus::Closed) {
            CHECK(a >= 30);
            CHECK(a <= 45);
            CHECK(b >= 30);
            CHECK(b <= 45);
            fewest_closed = std::min({fewest_closed, a, b});
        }
    }
    const Hearing& running = hearings[3];
    CHECK(store->CountNotes(running.id, 'A') > 0);
    CHECK(store->CountNotes(running.id, 'B') > 0);
    CHECK(store->CountNotes(running.id) < fewest_closed);
    CHECK(running.clock_accumulated_ms > 0);
    CHECK(running.current_question > 0);
    CHECK(store->CountNotes(hearings[4].id) == 0);
}

TEST_CASE("every demo note's speaker is present at its hearing or unknown", "[demo]") {
    test::TempDir dir;
    auto store = CreateAndReopen(dir);
    int unknown = 0, total = 0;
    for (const Hearing& h : store->ListHearings()) {
        std::set<int64_t> present(h.participant_ids.begin(), h.participant_ids.end());
        for (const Note& n : store->ListNotes(h.id)) {
            ++total;
            if (n.speaker_id == 0) {
                ++unknown;
                continue;
            }
            INFO(n.text);
            CHECK(present.count(n.speaker_id) == 1);
        }
    }
    CHECK(unknown > 0);
    CHECK(unknown < total / 5);
}

TEST_CASE("demo notes look like two reporters writing the same hearing", "[demo]") {
    test::TempDir dir;
    auto store = CreateAndReopen(dir);
    auto hearings = store->ListHearings();
    for (const Hearing& h : hearings) {
        if (h.status != HearingStatus::Closed) continue;
        INFO("hearing " << h.id);
        auto a = store->ListNotes(h.id, 'A');
        auto b = store->ListNotes(h.id, 'B');
        for (char reporter : {'A', 'B'}) {
            // Sequence numbers count every commit, deleted slips included.
            std::vector<Note> by_seq = store->ListNotes(h.id, reporter, true);
            std::sort(by_seq.begin(), by_seq.end(), [](const Note& x, const Note& y) { return x.seq < y.seq; });
            for (size_t i = 0; i < by_seq.size(); ++i) {
                CHECK(by_seq[i].seq == static_cast<int64_t>(i + 1));
                if (i > 0) CHECK(by_seq[i].offset_ms > by_seq[i - 1].offset_ms);
                if (i > 0) CHECK(by_seq[i].wall_time_ms > by_seq[i - 1].wall_time_ms);
            }
            CHECK(by_seq.front().offset_ms >= 0);
            CHECK(by_seq.back().offset_ms >= 75 * 60 * 1000); // the hearing ran about 90 minutes
            CHECK(by_seq.back().offset_ms <= h.clock_accumulated_ms);
        }
        // Most of B's notes have a note of A on the same kind within a minute; not all (each skips some).
        int matched = 0, same_text = 0;
        for (const Note& nb : b) {
            bool near = std::any_of(a.begin(), a.end(), [&](const Note& na) {
                return na.kind == nb.kind && std::llabs(na.offset_ms - nb.offset_ms) <= 60 * 1000;
            });
            matched += near;
            same_text += std::any_of(a.begin(), a.end(), [&](const Note& na) { return na.text == nb.text; });
        }
        CHECK(matched >= static_cast<int>(b.size() * 7 / 10));
        CHECK(matched < static_cast<int>(b.size()));
        CHECK(same_text < static_cast<int>(b.size() / 4)); // B abbreviates and rephrases
    }
}

TEST_CASE("demo notes include corrections and deleted slips with their history", "[demo]") {
    test::TempDir dir;
    auto store = CreateAndReopen(dir);
    int corrected = 0, deleted = 0;
    for (const Hearing& h : store->ListHearings()) {
        for (const Note& n : store->ListNotes(h.id, 0, true)) {
            if (n.version == 1) {
                CHECK(store->NoteHistory(n.uuid).size() == 1);
                continue;
            }
            auto history = store->NoteHistory(n.uuid);
            REQUIRE(history.size() == 2);
            CHECK(history[0].version == 1);
            CHECK(history[1].version == 2);
            CHECK(history[1].changed_at_ms > history[0].changed_at_ms);
            CHECK(history[0].changed_at_ms == n.wall_time_ms); // demo time, not the time the demo was written
            CHECK(history[1].changed_by == (n.reporter == 'A' ? h.reporter_a : h.reporter_b));
            if (n.deleted) {
                ++deleted;
                CHECK(history[1].deleted);
                CHECK(history[1].text == history[0].text);
            } else {
                ++corrected;
                CHECK(history[0].text != n.text);
                CHECK(history[1].text == n.text);
            }
        }
    }
    CHECK(corrected >= 2);
    CHECK(deleted >= 1);
}

TEST_CASE("demo text is valid UTF-8 and Dutch diacritics round-trip byte-exact", "[demo]") {
    test::TempDir dir;
    auto store = CreateAndReopen(dir);
    std::string all;
    auto take = [&](const std::string& s) {
        INFO(s);
        CHECK(IsValidUtf8(s));
        all += s;
        all += '\n';
    };
    Plan plan = store->GetPlan();
    take(plan.name);
    take(plan.city);
    for (const Phase& p : plan.phases) take(p.title);
    for (const Theme& t : store->ListThemes()) {
        take(t.title);
        take(t.problem_statement);
        take(t.context);
        for (const Question& q : t.questions) take(q.text);
    }
    for (const Participant& p : store->ListParticipants()) {
        take(p.name);
        take(p.organisation);
    }
    for (const Hearing& h : store->ListHearings()) {
        take(h.location);
        take(h.moderator);
        take(h.reporter_a);
        take(h.reporter_b);
        for (const Note& n : store->ListNotes(h.id)) take(n.text);
    }
    for (const char* letter : {"ë", "ï", "é", "ĳ", "Ĳ", "à", "ó", "–"}) {
        INFO(letter);
        CHECK(all.find(letter) != std::string::npos);
    }
    // Names come back exactly as the tables wrote them.
    std::set<std::string> stored_names;
    for (const Participant& p : store->ListParticipants()) stored_names.insert(p.name);
    for (const demo::ParticipantRow& row : demo::Participants()) CHECK(stored_names.count(std::string(row.name)) == 1);
    CHECK(stored_names.count("Bram Van \xC4\xB2zendoorn") == 1);
    CHECK(stored_names.count("Jo\xC3\xABlle Peeters") == 1);
    CHECK(plan.name == "Integraal Veiligheidsplan Dijlestede 2026\xE2\x80\x93" "2031");
    CHECK(plan.period_start == 2026); // the Flemish municipal cycle of multi-year plans
}

TEST_CASE("demo content is the same every time", "[demo]") {
    test::TempDir dir;
    auto one = CreateAndReopen(dir, "one.hdesk");
    auto two = CreateAndReopen(dir, "two.hdesk");
    auto h1 = one->ListHearings(), h2 = two->ListHearings();
    REQUIRE(h1.size() == h2.size());
    for (size_t i = 0; i < h1.size(); ++i) {
        auto n1 = one->ListNotes(h1[i].id), n2 = two->ListNotes(h2[i].id);
        REQUIRE(n1.size() == n2.size());
        for (size_t j = 0; j < n1.size(); ++j) {
            CHECK(n1[j].text == n2[j].text);
            CHECK(n1[j].offset_ms == n2[j].offset_ms);
            CHECK(n1[j].wall_time_ms == n2[j].wall_time_ms);
            CHECK(n1[j].speaker_id == n2[j].speaker_id);
            CHECK(n1[j].uuid == n2[j].uuid); // a fixed sequence: the same command writes the same file
        }
    }
}

TEST_CASE("demo refuses to overwrite an existing file", "[demo]") {
    test::TempDir dir;
    std::string path = dir.File("precious.hdesk");
    {
        std::ofstream out(path, std::ios::binary);
        out << "not a plan, but someone's file";
    }
    CHECK_THROWS_AS(CreateDemoPlan(path), StoreError);
    std::ifstream in(path, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    CHECK(content.str() == "not a plan, but someone's file");

    // An existing demo is not doubled either.
    std::string demo_path = dir.File("demo.hdesk");
    CreateDemoPlan(demo_path).reset();
    int64_t notes = PlanStore::Open(demo_path)->CountNotes();
    CHECK_THROWS_AS(CreateDemoPlan(demo_path), StoreError);
    CHECK(PlanStore::Open(demo_path)->CountNotes() == notes);
}

TEST_CASE("WriteDemoPlan refuses a plan that already has content", "[demo]") {
    test::TempDir dir;
    Plan plan;
    plan.name = "Echt plan";
    plan.city = "Mechelen";
    auto store = PlanStore::Create(dir.File("real.hdesk"), plan);
    Theme theme;
    theme.title = "Eigen thema";
    store->AddTheme(theme);
    try {
        WriteDemoPlan(*store);
        FAIL("WriteDemoPlan wrote into a plan with content");
    } catch (const UserError& e) {
        CHECK(e.Key() == "demo.plan_not_empty");
    }
    CHECK(store->ListThemes().size() == 1);
    CHECK(store->ListParticipants().empty());
    CHECK(store->GetPlan().name == "Echt plan");
}
