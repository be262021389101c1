#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "core/cluster/cluster_store.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/cluster/objective_store.h"
#include "core/cluster/proposal_text.h"
#include "tests/support/cluster_plan.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
const TextAnalyzer& Analyzer() {
    static TextAnalyzer analyzer(FindAssetsDir());
    return analyzer;
}

std::multiset<std::string> AllMembers(const std::vector<ThemeCluster>& clusters) {
    std::multiset<std::string> out;
    for (const ThemeCluster& c : clusters)
        for (const ClusterMember& m : c.members) out.insert(m.note_uuid);
    return out;
}

int64_t ClusterWith(const std::vector<ThemeCluster>& clusters, const std::string& uuid) {
    for (const ThemeCluster& c : clusters)
        for (const ClusterMember& m : c.members)
            if (m.note_uuid == uuid) return c.id;
    return 0;
}
} // namespace

TEST_CASE("clustering a theme stores every contribution once, with labels, representatives, disciplines", "[cluster_store]") {
    test::TempDir dir;
    test::ClusterPlan plan(dir.File("p.hdesk"));
    ClusterStore cs(*plan.store, Analyzer());
    ReclusterOptions options;
    options.k = 3;
    ReclusterReport r = cs.Recluster(plan.theme_id, options);
    CHECK(r.placed == plan.uuids.size());
    auto clusters = cs.ListClusters(plan.theme_id);
    REQUIRE(clusters.size() == 3);
    auto members = AllMembers(clusters);
    CHECK(members.size() == plan.uuids.size());
    CHECK(std::set<std::string>(members.begin(), members.end()).size() == plan.uuids.size());
    CHECK(members.count(plan.reporter_b_uuid) == 0); // reporter A's notes stand for the hearing
    for (const ThemeCluster& c : clusters) {
        CHECK_FALSE(c.label.empty());
        CHECK_FALSE(c.disciplines.empty());
        CHECK(ClusterWith(clusters, c.representative_uuid) == c.id);
    }
}

TEST_CASE("manual moves and pinned clusters survive re-clustering, new notes are placed", "[cluster_store]") {
    test::TempDir dir;
    test::ClusterPlan plan(dir.File("p.hdesk"));
    ClusterStore cs(*plan.store, Analyzer());
    ReclusterOptions options;
    options.k = 3;
    cs.Recluster(plan.theme_id, options);
    auto before = cs.ListClusters(plan.theme_id);
    // Pin the cluster of note 2 (neighbours); move note 0 (drugs) by hand into the cluster of note 1.
    int64_t pinned = ClusterWith(before, plan.uuids[2]);
    cs.PinCluster(pinned, true);
    cs.RenameCluster(pinned, "Burenconflicten");
    int64_t target = ClusterWith(before, plan.uuids[1]);
    REQUIRE(target != ClusterWith(before, plan.uuids[0]));
    cs.MoveNote(plan.uuids[0], target);
    std::vector<std::string> pinned_members;
    ThemeCluster pinned_before = *cs.GetCluster(pinned);
    for (const ClusterMember& m : pinned_before.members) pinned_members.push_back(m.note_uuid);

    // A cluster only renamed is a decision too.
    int64_t renamed = 0;
    for (const ThemeCluster& c : before)
        if (c.id != pinned && c.id != target) renamed = c.id;
    REQUIRE(renamed != 0);
    cs.RenameCluster(renamed, "Drugs");
    std::vector<std::string> renamed_members;
    ThemeCluster renamed_before = *cs.GetCluster(renamed);
    for (const ClusterMember& m : renamed_before.members) renamed_members.push_back(m.note_uuid);

    std::string fresh = plan.AddNote("Dealers en drugs rond het station blijven een probleem");
    for (bool only_new : {true, false}) {
        ReclusterOptions again;
        again.only_new = only_new;
        again.k = 4;
        ReclusterReport r = cs.Recluster(plan.theme_id, again);
        auto after = cs.ListClusters(plan.theme_id);
        CHECK(ClusterWith(after, plan.uuids[0]) == target);
        auto p = cs.GetCluster(pinned);
        REQUIRE(p);
        CHECK(p->pinned);
        CHECK(p->DisplayName() == "Burenconflicten");
        for (const std::string& u : pinned_members) CHECK(ClusterWith(after, u) == pinned);
        for (const std::string& u : renamed_members) CHECK(ClusterWith(after, u) == renamed);
        REQUIRE(cs.GetCluster(renamed));
        CHECK(cs.GetCluster(renamed)->DisplayName() == "Drugs");
        CHECK_FALSE(cs.GetCluster(renamed)->pinned); // kept for its name alone
        CHECK(ClusterWith(after, fresh) != 0);
        auto members = AllMembers(after);
        CHECK(members.size() == plan.uuids.size());
        if (only_new) CHECK(r.placed == 1);
    }
}

TEST_CASE("merge, split, rename and moving between themes", "[cluster_store]") {
    test::TempDir dir;
    test::ClusterPlan plan(dir.File("p.hdesk"));
    ClusterStore cs(*plan.store, Analyzer());
    ReclusterOptions options;
    options.k = 3;
    cs.Recluster(plan.theme_id, options);
    auto clusters = cs.ListClusters(plan.theme_id);
    size_t total = AllMembers(clusters).size();
    cs.MergeClusters(clusters[0].id, clusters[1].id);
    auto merged = cs.ListClusters(plan.theme_id);
    REQUIRE(merged.size() == 2);
    CHECK(AllMembers(merged).size() == total);
    int64_t big = merged[0].members.size() >= merged[1].members.size() ? merged[0].id : merged[1].id;
    size_t big_size = cs.GetCluster(big)->members.size();
    int64_t added = cs.SplitCluster(big);
    auto split = cs.ListClusters(plan.theme_id);
    REQUIRE(split.size() == 3);
    CHECK(cs.GetCluster(big)->members.size() + cs.GetCluster(added)->members.size() == big_size);
    CHECK_FALSE(cs.GetCluster(added)->members.empty());
    CHECK(AllMembers(split).size() == total);
    CHECK_THROWS_AS(cs.MergeClusters(big, big), UserError);
    CHECK_THROWS_AS(cs.MoveNote("not-a-note", big), UserError);
    CHECK_THROWS_AS(cs.MoveNote(plan.reporter_b_uuid, big), UserError);
    int64_t empty = cs.AddCluster(plan.theme_id, "Nieuw");
    CHECK(cs.GetCluster(empty)->members.empty());
    CHECK_THROWS_AS(cs.SplitCluster(empty), UserError);
    cs.DeleteClusterIfEmpty(empty);
    CHECK_FALSE(cs.GetCluster(empty));
}

TEST_CASE("re-clustering keeps a merge and a split whole", "[cluster_store]") {
    test::TempDir dir;
    test::ClusterPlan plan(dir.File("p.hdesk"));
    ClusterStore cs(*plan.store, Analyzer());
    ReclusterOptions options;
    options.k = 3;
    cs.Recluster(plan.theme_id, options);
    auto clusters = cs.ListClusters(plan.theme_id);
    REQUIRE(clusters.size() == 3);
    // Merge two clusters: every note of both stays in the merged one, through a full re-clustering.
    cs.MergeClusters(clusters[0].id, clusters[1].id);
    std::vector<std::string> merged_members;
    ThemeCluster merged = *cs.GetCluster(clusters[0].id);
    for (const ClusterMember& m : merged.members) merged_members.push_back(m.note_uuid);
    REQUIRE(merged_members.size() == clusters[0].members.size() + clusters[1].members.size());
    ReclusterOptions again;
    again.k = 3;
    cs.Recluster(plan.theme_id, again);
    auto after = cs.ListClusters(plan.theme_id);
    for (const std::string& u : merged_members) CHECK(ClusterWith(after, u) == clusters[0].id);
    // Split the merged cluster: both halves stay as they were split.
    int64_t added = cs.SplitCluster(clusters[0].id);
    std::vector<std::string> stays, moved;
    ThemeCluster kept = *cs.GetCluster(clusters[0].id), split_off = *cs.GetCluster(added);
    for (const ClusterMember& m : kept.members) stays.push_back(m.note_uuid);
    for (const ClusterMember& m : split_off.members) moved.push_back(m.note_uuid);
    REQUIRE_FALSE(stays.empty());
    REQUIRE_FALSE(moved.empty());
    cs.Recluster(plan.theme_id, again);
    after = cs.ListClusters(plan.theme_id);
    for (const std::string& u : stays) CHECK(ClusterWith(after, u) == clusters[0].id);
    for (const std::string& u : moved) CHECK(ClusterWith(after, u) == added);
    CHECK(AllMembers(after).size() == plan.uuids.size());
}

TEST_CASE("objective proposals link to their notes and accepted objectives are kept", "[cluster_store]") {
    test::TempDir dir;
    test::ClusterPlan plan(dir.File("p.hdesk"));
    ClusterStore cs(*plan.store, Analyzer());
    ReclusterOptions options;
    options.k = 3;
    cs.Recluster(plan.theme_id, options);
    ObjectiveStore os(*plan.store);
    CHECK(os.ProposeObjectives(plan.theme_id) == 4);
    auto objectives = os.ListObjectives(plan.theme_id);
    REQUIRE(objectives.size() == 4);
    CHECK(objectives[0].level == ObjectiveLevel::Strategic);
    CHECK(objectives[0].title == "Overlast in de wijk");
    auto clusters = cs.ListClusters(plan.theme_id);
    for (size_t i = 1; i < objectives.size(); ++i) {
        const Objective& o = objectives[i];
        CHECK(o.level == ObjectiveLevel::Tactical);
        auto c = cs.GetCluster(o.cluster_id);
        REQUIRE(c);
        // Every member is linked, with a role that matches its kind.
        REQUIRE(o.notes.size() == c->members.size());
        for (const ObjectiveNote& link : o.notes) {
            CHECK(ClusterWith(clusters, link.note_uuid) == c->id);
            auto note = plan.store->GetNote(link.note_uuid);
            REQUIRE(note);
            if (link.role == "why") {
                CHECK(note->kind == NoteKind::Problem);
                CHECK(o.why.find(note->text) != std::string::npos);
            }
            if (link.role == "how") {
                CHECK(note->kind == NoteKind::Proposal);
                CHECK(o.how.find(note->text) != std::string::npos);
            }
            // The title is written from the note in the "what" role: the most representative proposal.
            if (link.role == "what") CHECK(o.title == ObjectiveSentence(note->text));
        }
        CHECK(o.chain != SafetyChain::None);
    }
    // Accept and edit one; re-clustering and re-proposing keep it as edited.
    Objective edited = objectives[1];
    edited.why = "Eigen formulering";
    os.Edit(edited, "Sofie Claes");
    CHECK(os.GetObjective(edited.id)->accepted); // edited words are never replaced by a new proposal
    os.Accept(edited.id, false);
    CHECK_FALSE(os.GetObjective(edited.id)->accepted);
    os.Accept(edited.id);
    ReclusterOptions full;
    full.k = 3;
    cs.Recluster(plan.theme_id, full);
    os.ProposeObjectives(plan.theme_id);
    auto kept = os.GetObjective(edited.id);
    REQUIRE(kept);
    CHECK(kept->accepted);
    CHECK(kept->why == "Eigen formulering");
    REQUIRE(cs.GetCluster(kept->cluster_id));
    CHECK(cs.GetCluster(kept->cluster_id)->members.size() == objectives[1].notes.size());
    size_t tactical_for_kept = 0;
    for (const Objective& o : os.ListObjectives(plan.theme_id)) tactical_for_kept += o.cluster_id == kept->cluster_id;
    CHECK(tactical_for_kept == 1);
}

TEST_CASE("live model places a new note in the cluster of its topic", "[cluster_store]") {
    test::TempDir dir;
    test::ClusterPlan plan(dir.File("p.hdesk"));
    ClusterStore cs(*plan.store, Analyzer());
    ReclusterOptions options;
    options.k = 3;
    cs.Recluster(plan.theme_id, options);
    ThemeClusterModel model = cs.BuildModel(plan.theme_id);
    CHECK(model.cluster_ids.size() == 3);
    CHECK(model.Assign("Ruzie tussen buren over lawaai") == cs.ClusterOfNote(plan.uuids[2]));
    CHECK(model.Assign("Dealers verkopen drugs bij het station") == cs.ClusterOfNote(plan.uuids[0]));
    CHECK(model.Assign("xyzzy qwerty") == 0);
}

TEST_CASE("majority safety-chain tag", "[cluster_store]") {
    using S = SafetyChain;
    CHECK(MajorityChain({S::None, S::Reactive, S::Reactive, S::Preventive}) == S::Reactive);
    CHECK(MajorityChain({S::None, S::None}) == S::None);
    CHECK(MajorityChain({S::Aftercare, S::ProActive}) == S::ProActive);
}
