// Contributions come from the merged minutes once a hearing is merged; their ids stay those of the
// notes they were before, so clusters, manual moves and objective links survive the merge.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "core/cluster/cluster_store.h"
#include "core/cluster/contribution.h"
#include "core/merge/merge_store.h"
#include "core/cluster/objective_store.h"
#include "core/text/text_analysis.h"
#include "tests/support/cluster_corpus.h"
#include "tests/support/merge_fixture.h"

using namespace hd;

namespace {
const TextAnalyzer& Analyzer() {
    static TextAnalyzer analyzer(HD_SOURCE_ASSETS_DIR);
    return analyzer;
}

int64_t ThemeOf(test::MergeFixture& f) { return f.store->GetHearing(f.hearing)->theme_id; }

std::vector<std::string> Uuids(const std::vector<Contribution>& contribs) {
    std::vector<std::string> out;
    for (const Contribution& c : contribs) out.push_back(c.uuid);
    return out;
}

std::multiset<std::string> Members(ClusterStore& cs, int64_t theme_id) {
    std::multiset<std::string> out;
    for (const ThemeCluster& c : cs.ListClusters(theme_id))
        for (const ClusterMember& m : c.members) out.insert(m.note_uuid);
    return out;
}

bool IsManual(ClusterStore& cs, const std::string& uuid) {
    int64_t cluster_id = cs.ClusterOfNote(uuid);
    auto c = cs.GetCluster(cluster_id);
    if (!c) return false;
    for (const ClusterMember& m : c->members)
        if (m.note_uuid == uuid) return m.manual;
    return false;
}

// Reporter A typed the corpus; reporter B typed every other note the same way, and one note A missed.
struct CorpusHearing {
    explicit CorpusHearing(test::MergeFixture& f) {
        auto texts = test::ClusterCorpus();
        for (size_t i = 0; i < texts.size(); ++i) {
            int64_t t = static_cast<int64_t>(i) * 60;
            a.push_back(f.Add('A', t, f.peeters, texts[i]).uuid);
            b.push_back(i % 2 == 0 ? f.Add('B', t + 2, f.peeters, texts[i]).uuid : std::string());
        }
        only_b = f.Add('B', static_cast<int64_t>(texts.size()) * 60 + 30, f.de_smet,
                       "Drugsdealers verkopen aan scholieren bij het station").uuid;
    }
    std::vector<std::string> a, b;
    std::string only_b;
};
} // namespace

TEST_CASE("contributions of a merged hearing are its merged minutes, each under its first note of reporter A", "[contribution]") {
    test::MergeFixture f;
    Note a1 = f.Add('A', 60, f.peeters, "De politie ziet 's avonds meer overlast aan het station door groepjes jongeren.");
    Note b1 = f.Add('B', 62, f.peeters, "De politie ziet 's avonds meer overlast aan het station door groepjes jongeren.");
    Note a2 = f.Add('A', 150, f.de_smet, "Straathoekwerkers moeten vroeger betrokken worden bij het buurtoverleg.");
    Note b2 = f.Add('B', 152, f.de_smet, "Straathoekwerkers vroeger betrekken bij buurtoverleg; budget ontbreekt volgens de stad.");
    Note a3 = f.Add('A', 240, f.vermeersch, "De huisvestingsmaatschappij wil camera's in de parkeergarage.");
    Note b4 = f.Add('B', 400, f.vermeersch, "Bewoners vragen meer verlichting in de fietsenstalling.");
    int64_t theme_id = ThemeOf(f);

    // Before the merge: reporter A's notes stand for the hearing.
    CHECK(Uuids(ThemeContributions(*f.store, theme_id)) == std::vector<std::string>{a1.uuid, a2.uuid, a3.uuid});

    MergeStore merges(*f.store);
    merges.RunMerge(f.hearing, Analyzer());
    std::vector<Contribution> after = ThemeContributions(*f.store, theme_id);
    REQUIRE(after.size() == merges.MergedMinutes(f.hearing).size());
    CHECK(Uuids(after) == std::vector<std::string>{a1.uuid, a2.uuid, a3.uuid, b4.uuid}); // B's extra note joins
    CHECK(after[0].note_uuids == std::vector<std::string>{a1.uuid, b1.uuid});
    CHECK(after[0].entry_id != 0);
    CHECK(after[0].discipline == "police");
    CHECK(after[3].discipline == "housing");
    CHECK(after[3].text == b4.text);

    // A reviewer's wording is what the clustering reads; the id does not change.
    merges.RecordDecision(after[1].entry_id, ReviewDecision::Edited, "Straathoekwerk vroeg betrekken; er is geen budget.");
    std::vector<Contribution> edited = ThemeContributions(*f.store, theme_id);
    REQUIRE(edited.size() == 4);
    CHECK(edited[1].uuid == a2.uuid);
    CHECK(edited[1].text == "Straathoekwerk vroeg betrekken; er is geen budget.");
    CHECK(std::count(edited[1].note_uuids.begin(), edited[1].note_uuids.end(), b2.uuid) == 1);

    // A hearing of the same theme without a merge still counts with reporter A's notes.
    Note other = f.Add('A', 10, f.peeters, "Tweede hoorzitting: de wijkagent is onbekend.", f.other_hearing);
    f.Add('B', 11, f.peeters, "Tweede hoorzitting: wijkagent onbekend.", f.other_hearing);
    std::vector<Contribution> both = ThemeContributions(*f.store, theme_id);
    REQUIRE(both.size() == 5);
    CHECK(both[4].uuid == other.uuid);
    CHECK(Uuids(HearingContributions(*f.store, f.other_hearing)) == std::vector<std::string>{other.uuid});
}

TEST_CASE("clusters and manual moves made before a merge survive the merge and re-clustering", "[contribution][cluster_store]") {
    test::MergeFixture f;
    CorpusHearing h(f);
    int64_t theme_id = ThemeOf(f);
    ClusterStore cs(*f.store, Analyzer());
    ReclusterOptions options;
    options.k = 3;
    cs.Recluster(theme_id, options);
    int64_t target = cs.ClusterOfNote(h.a[1]);
    REQUIRE(cs.ClusterOfNote(h.a[0]) != target);
    cs.MoveNote(h.a[0], target);

    MergeStore(*f.store).RunMerge(f.hearing, Analyzer());
    std::vector<Contribution> contribs = ThemeContributions(*f.store, theme_id);
    REQUIRE(contribs.size() == h.a.size() + 1); // B's own note is a new contribution
    CHECK(cs.ClusterOfNote(h.a[0]) == target);
    CHECK(IsManual(cs, h.a[0]));
    CHECK(Members(cs, theme_id).size() == h.a.size()); // the new one is not placed yet

    // Placing the new contribution: it goes with the drug notes; nothing else moves.
    ReclusterOptions only_new;
    only_new.only_new = true;
    cs.Recluster(theme_id, only_new);
    auto members = Members(cs, theme_id);
    CHECK(members.size() == contribs.size());
    CHECK(std::set<std::string>(members.begin(), members.end()).size() == contribs.size());
    CHECK(cs.ClusterOfNote(h.only_b) == cs.ClusterOfNote(h.a[6])); // "Drugs dealen ... bij het station"

    // A full re-clustering keeps the hand-placed note where people put it, every contribution once.
    cs.Recluster(theme_id, options);
    CHECK(cs.ClusterOfNote(h.a[0]) == target);
    members = Members(cs, theme_id);
    CHECK(std::set<std::string>(members.begin(), members.end()) == [&] {
        auto ids = Uuids(contribs);
        return std::set<std::string>(ids.begin(), ids.end());
    }());

    // Dragging reporter B's version of a merged entry moves the entry (under its A note).
    int64_t elsewhere = cs.ClusterOfNote(h.a[4]) == target ? cs.ClusterOfNote(h.a[5]) : target;
    cs.MoveNote(h.b[4], elsewhere);
    CHECK(cs.ClusterOfNote(h.a[4]) == elsewhere);
    CHECK(cs.ClusterOfNote(h.b[4]) == 0);
}

TEST_CASE("a hearing first known from reporter B keeps its clusters when A's transcript is merged in", "[contribution][cluster_store]") {
    test::MergeFixture f;
    auto texts = test::ClusterCorpus();
    std::vector<std::string> b;
    for (size_t i = 0; i < texts.size(); ++i)
        b.push_back(f.Add('B', static_cast<int64_t>(i) * 60, f.peeters, texts[i]).uuid);
    int64_t theme_id = ThemeOf(f);
    ClusterStore cs(*f.store, Analyzer());
    ReclusterOptions options;
    options.k = 3;
    cs.Recluster(theme_id, options);
    int64_t target = cs.ClusterOfNote(b[1]);
    REQUIRE(cs.ClusterOfNote(b[0]) != target);
    cs.MoveNote(b[0], target);
    ObjectiveStore objectives(*f.store);
    objectives.ProposeObjectives(theme_id);

    // Reporter A's transcript arrives later (imported from a laptop) and the hearing is merged:
    // each entry is now known under A's note, the memberships were stored under B's.
    std::vector<std::string> a;
    for (size_t i = 0; i < texts.size(); ++i)
        a.push_back(f.Add('A', static_cast<int64_t>(i) * 60 + 1, f.peeters, texts[i]).uuid);
    MergeStore(*f.store).RunMerge(f.hearing, Analyzer());
    std::vector<Contribution> contribs = ThemeContributions(*f.store, theme_id);
    REQUIRE(contribs.size() == texts.size());
    REQUIRE(contribs[0].uuid == a[0]);

    auto members = Members(cs, theme_id);
    CHECK(members.size() == texts.size()); // each entry once, no leftover under B's note
    CHECK(members.count(a[0]) == 1);
    CHECK(members.count(b[0]) == 0);
    auto placed = ContributionPlacements(*f.store, theme_id, contribs);
    CHECK(placed.size() == texts.size());
    CHECK(placed[a[0]].cluster_id == target);
    CHECK(placed[a[0]].manual);

    // Re-clustering keeps the move and stores it under the entry's id from now on.
    cs.Recluster(theme_id, options);
    CHECK(cs.ClusterOfNote(a[0]) == target);
    CHECK(IsManual(cs, a[0]));
    CHECK(cs.ClusterOfNote(b[0]) == 0);
    // New proposals link the entries' ids.
    objectives.ProposeObjectives(theme_id);
    for (const Objective& o : objectives.ListObjectives(theme_id)) {
        if (o.level != ObjectiveLevel::Tactical) continue;
        CHECK_FALSE(o.notes.empty());
        for (const ObjectiveNote& n : o.notes) CHECK(std::find(b.begin(), b.end(), n.note_uuid) == b.end());
    }
}

TEST_CASE("before a merge the projection and the minutes take the same reporter's notes in the same order",
          "[contribution][minutes]") {
    test::MergeFixture f;
    f.Add('B', 5, f.peeters, "B schreef eerst");
    f.Add('A', 40, f.peeters, "Eerste notitie van A");
    f.Add('A', 20, f.de_smet, "Tweede notitie van A, met een vroegere tijd");
    Note gone = f.Add('A', 60, f.vermeersch, "Later geschrapt");
    f.store->DeleteNote(gone.uuid, "Sara");
    // The notes as a screen holds them: any order (here by hearing time, which is not the order typed).
    std::vector<Note> held = f.store->ListNotes(f.hearing, 0, true);
    std::sort(held.begin(), held.end(), [](const Note& x, const Note& y) { return x.offset_ms < y.offset_ms; });
    std::vector<std::string> minutes;
    for (const MinutesEntry& m : MergeStore(*f.store).MergedMinutes(f.hearing)) minutes.push_back(m.text);
    std::vector<std::string> projection;
    for (const Contribution& c : UnmergedContributions(held)) projection.push_back(c.text);
    CHECK(minutes == std::vector<std::string>{"Eerste notitie van A", "Tweede notitie van A, met een vroegere tijd"});
    CHECK(projection == minutes);
}
