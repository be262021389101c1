// Undo and redo of every kind of board action: the board after undo is the board before the action,
// and after redo the board after it (clusters, memberships, objectives).
#include <catch2/catch.hpp>

#include <functional>

#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/cluster/board_history.h"
#include "core/cluster/cluster_store.h"
#include "core/cluster/objective_store.h"
#include "core/store/db.h"
#include "tests/support/cluster_plan.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
const TextAnalyzer& Analyzer() {
    static TextAnalyzer analyzer(FindAssetsDir());
    return analyzer;
}

struct Board {
    explicit Board(const std::string& path) : plan(path), cs(*plan.store, Analyzer()), os(*plan.store) {
        ReclusterOptions options;
        options.k = 3;
        cs.Recluster(plan.theme_id, options);
        os.ProposeObjectives(plan.theme_id);
        clusters = cs.ListClusters(plan.theme_id);
    }
    test::ClusterPlan plan;
    ClusterStore cs;
    ObjectiveStore os;
    std::vector<ThemeCluster> clusters;
    BoardHistory history;

    int64_t ObjectiveOf(int64_t cluster_id) {
        for (const Objective& o : os.ListObjectives(plan.theme_id))
            if (o.cluster_id == cluster_id) return o.id;
        return 0;
    }
    BoardSnapshot Now() { return CaptureBoard(*plan.store, plan.theme_id); }

    // Runs `action` as the board does (snapshot first, recorded once it succeeded), then checks that
    // undo gives back the board before and redo the board after, twice over.
    void CheckUndoRedo(const std::string& key, const std::function<void()>& action) {
        BoardSnapshot before = Now();
        action();
        BoardSnapshot after = Now();
        REQUIRE_FALSE(after.SameBoard(before)); // the action changed something
        history.Record(key, before);
        for (int round = 0; round < 2; ++round) {
            REQUIRE(history.CanUndo());
            CHECK(history.Undo(*plan.store) == key);
            CHECK(Now().SameBoard(before));
            CHECK_FALSE(history.CanUndo());
            REQUIRE(history.CanRedo());
            CHECK(history.Redo(*plan.store) == key);
            CHECK(Now().SameBoard(after));
            CHECK_FALSE(history.CanRedo());
        }
    }
};
} // namespace

TEST_CASE("undo and redo of a merge bring back the merged-away cluster, its members and its proposal", "[board_history]") {
    test::TempDir dir;
    Board b(dir.File("p.hdesk"));
    int64_t from = b.clusters[1].id, into = b.clusters[0].id;
    int64_t proposal = b.ObjectiveOf(from);
    REQUIRE(proposal != 0);
    b.CheckUndoRedo("board.undo_merge", [&] { b.cs.MergeClusters(into, from); });
    REQUIRE(b.history.Undo(*b.plan.store) == "board.undo_merge");
    auto back = b.cs.GetCluster(from);
    REQUIRE(back);
    CHECK(back->members.size() == b.clusters[1].members.size());
    auto o = b.os.GetObjective(proposal);
    REQUIRE(o);
    CHECK(o->cluster_id == from);
    CHECK(o->notes.size() == b.clusters[1].members.size());
}

TEST_CASE("undo and redo of a split", "[board_history]") {
    test::TempDir dir;
    Board b(dir.File("p.hdesk"));
    int64_t added = 0;
    b.CheckUndoRedo("board.undo_split", [&] { added = b.cs.SplitCluster(b.clusters[0].id); });
    CHECK(b.cs.GetCluster(added)); // redone: the split-off cluster is back under its id
    b.history.Undo(*b.plan.store);
    CHECK_FALSE(b.cs.GetCluster(added));
}

TEST_CASE("undo and redo of a rename, with the objective's title", "[board_history]") {
    test::TempDir dir;
    Board b(dir.File("p.hdesk"));
    int64_t id = b.clusters[2].id;
    int64_t objective = b.ObjectiveOf(id);
    // Proposals are titled with a sentence now; an objective titled after its cluster follows a rename.
    Objective titled = *b.os.GetObjective(objective);
    titled.title = b.clusters[2].DisplayName();
    b.os.Edit(titled, "Sofie Claes");
    std::string old_title = b.os.GetObjective(objective)->title;
    b.CheckUndoRedo("board.undo_rename", [&] { b.cs.RenameCluster(id, "Burenruzies"); });
    CHECK(b.os.GetObjective(objective)->title == "Burenruzies");
    b.history.Undo(*b.plan.store);
    CHECK(b.cs.GetCluster(id)->DisplayName() == b.clusters[2].DisplayName());
    CHECK(b.os.GetObjective(objective)->title == old_title);
}

TEST_CASE("undo and redo of a pin", "[board_history]") {
    test::TempDir dir;
    Board b(dir.File("p.hdesk"));
    int64_t id = b.clusters[0].id;
    b.CheckUndoRedo("board.undo_pin", [&] { b.cs.PinCluster(id, true); });
    CHECK(b.cs.GetCluster(id)->pinned);
    b.history.Undo(*b.plan.store);
    CHECK_FALSE(b.cs.GetCluster(id)->pinned);
}

TEST_CASE("undo and redo of a move", "[board_history]") {
    test::TempDir dir;
    Board b(dir.File("p.hdesk"));
    const std::string note = b.clusters[0].members[0].note_uuid;
    int64_t to = b.clusters[1].id;
    b.CheckUndoRedo("board.undo_move", [&] { b.cs.MoveNote(note, to); });
    CHECK(b.cs.ClusterOfNote(note) == to);
    b.history.Undo(*b.plan.store);
    CHECK(b.cs.ClusterOfNote(note) == b.clusters[0].id);
}

TEST_CASE("undo and redo of accepting an objective", "[board_history]") {
    test::TempDir dir;
    Board b(dir.File("p.hdesk"));
    int64_t objective = b.ObjectiveOf(b.clusters[0].id);
    b.CheckUndoRedo("board.undo_accept", [&] { b.os.Accept(objective, true); });
    CHECK(b.os.GetObjective(objective)->accepted);
    b.history.Undo(*b.plan.store);
    CHECK_FALSE(b.os.GetObjective(objective)->accepted);
}

TEST_CASE("undo and redo of adding and deleting a column", "[board_history]") {
    test::TempDir dir;
    Board b(dir.File("p.hdesk"));
    int64_t added = 0;
    b.CheckUndoRedo("board.undo_add_column", [&] { added = b.cs.AddCluster(b.plan.theme_id, "Nieuw"); });
    b.history.Clear();
    b.CheckUndoRedo("board.undo_delete_column", [&] { b.cs.DeleteClusterIfEmpty(added); });
}

TEST_CASE("several steps undo in reverse order, and a new action drops what could be redone", "[board_history]") {
    test::TempDir dir;
    Board b(dir.File("p.hdesk"));
    BoardSnapshot start = b.Now();
    b.history.Record("board.undo_pin", b.Now());
    b.cs.PinCluster(b.clusters[0].id, true);
    BoardSnapshot pinned = b.Now();
    b.history.Record("board.undo_merge", b.Now());
    b.cs.MergeClusters(b.clusters[0].id, b.clusters[1].id);
    CHECK(b.history.NextUndo() == "board.undo_merge");
    b.history.Undo(*b.plan.store);
    CHECK(b.Now().SameBoard(pinned));
    b.history.Undo(*b.plan.store);
    CHECK(b.Now().SameBoard(start));
    CHECK(b.history.CanRedo());
    b.history.Record("board.undo_rename", b.Now());
    b.cs.RenameCluster(b.clusters[2].id, "Verkeer");
    CHECK_FALSE(b.history.CanRedo());
    CHECK(b.history.Undo(*b.plan.store) == "board.undo_rename");
    CHECK(b.Now().SameBoard(start));
}

TEST_CASE("an undo that cannot be applied changes nothing", "[board_history]") {
    test::TempDir dir;
    Board b(dir.File("p.hdesk"));
    int64_t from = b.clusters[1].id;
    b.history.Record("board.undo_merge", b.Now());
    b.cs.MergeClusters(b.clusters[0].id, from);
    // Meanwhile another theme took the merged-away cluster's id (written by another program).
    Theme other;
    other.title = "Verkeer";
    int64_t other_theme = b.plan.store->AddTheme(other);
    {
        Statement st(b.plan.store->Db(), "INSERT INTO cluster(id, theme_id, position) VALUES (?, ?, 0)");
        st.Bind(1, from).Bind(2, other_theme).Exec();
    }
    BoardSnapshot now = b.Now();
    CHECK_THROWS_AS(b.history.Undo(*b.plan.store), UserError);
    CHECK(b.Now().SameBoard(now));
    CHECK(b.history.CanUndo());
    CHECK_FALSE(b.history.CanRedo());
}
