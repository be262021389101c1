// Review undo/redo per hearing, kept in the plan file (migration 15, issue 11 point 7): it survives
// closing and reopening the plan, a new decision empties redo, a re-merge empties both, a closed
// hearing refuses a decision and its step together, and an old plan migrates.
#include <catch2/catch.hpp>

#include "core/base/errors.h"
#include "core/merge/review_history.h"
#include "core/review/review_store.h"
#include "core/store/db.h"
#include "core/store/migrations.h"
#include "core/text/text_analysis.h"
#include "tests/support/merge_fixture.h"

using namespace hd;

namespace {
const TextAnalyzer& Analyzer() {
    static TextAnalyzer analyzer(HD_SOURCE_ASSETS_DIR);
    return analyzer;
}

// Two entries that need a decision.
std::vector<int64_t> TwoOpenEntries(test::MergeFixture& f) {
    f.Add('A', 60, f.de_smet, "Straathoekwerkers moeten vroeger betrokken worden bij het buurtoverleg.");
    f.Add('B', 62, f.de_smet, "Straathoekwerkers vroeger betrekken bij buurtoverleg; budget ontbreekt volgens de stad.");
    f.Add('A', 300, f.peeters, "Meer camera's aan de fietsenstalling van het station gevraagd door de politie.");
    f.Add('B', 303, f.peeters, "Politie: camera's fietsenstalling, en ook betere verlichting in de tunnel naar het park.");
    MergeStore merges(*f.store);
    merges.RunMerge(f.hearing, Analyzer());
    std::vector<int64_t> ids;
    for (const StoredEntry& e : merges.ListEntries(f.hearing))
        if (e.NeedsDecision()) ids.push_back(e.id);
    return ids;
}

ReviewDecision DecisionOf(PlanStore& store, int64_t id) { return MergeStore(store).GetEntry(id)->decision; }
} // namespace

TEST_CASE("undo and redo of review decisions survive reopening the plan", "[review][undo]") {
    test::MergeFixture f;
    auto open = TwoOpenEntries(f);
    REQUIRE(open.size() == 2);
    {
        ReviewHistory history(*f.store);
        history.Decide(open[0], ReviewDecision::AcceptB, {}, "Sara");
        history.Decide(open[1], ReviewDecision::Edited, "Eerste bewerking.", "Sara");
        history.Decide(open[1], ReviewDecision::Edited, "Tweede bewerking.", "Sara");
        CHECK(history.UndoDepth(f.hearing) == 3);
        CHECK(history.UndoDepth(f.other_hearing) == 0); // a stack per hearing
    }
    std::string path = f.dir.File("plan.hdesk");
    f.store.reset(); // the program closes
    f.store = PlanStore::Open(path);
    ReviewHistory history(*f.store);
    REQUIRE(history.UndoDepth(f.hearing) == 3);

    CHECK(history.Undo(f.hearing, "Sara") == open[1]); // the edit gets its first text back
    auto e = MergeStore(*f.store).GetEntry(open[1]);
    CHECK(e->decision == ReviewDecision::Edited);
    CHECK(e->edited_text == "Eerste bewerking.");
    CHECK(history.Undo(f.hearing, "Sara") == open[1]);
    CHECK(DecisionOf(*f.store, open[1]) == ReviewDecision::None);
    CHECK(history.Redo(f.hearing, "Sara") == open[1]);
    CHECK(MergeStore(*f.store).GetEntry(open[1])->edited_text == "Eerste bewerking.");
    CHECK(history.RedoDepth(f.hearing) == 1);

    // A new decision empties redo.
    history.Decide(open[1], ReviewDecision::KeepBoth, {}, "Tom");
    CHECK(history.RedoDepth(f.hearing) == 0);
    CHECK(history.Redo(f.hearing, "Tom") == 0);

    // Undo all the way back; then nothing is left to undo.
    while (history.Undo(f.hearing, "Tom") != 0) {}
    CHECK(DecisionOf(*f.store, open[0]) == ReviewDecision::None);
    CHECK(DecisionOf(*f.store, open[1]) == ReviewDecision::None);
    CHECK(history.UndoDepth(f.hearing) == 0);
    CHECK(history.RedoDepth(f.hearing) == 3); // accept B, first edit, keep both
}

TEST_CASE("a re-merge empties the hearing's undo stacks", "[review][undo]") {
    test::MergeFixture f;
    auto open = TwoOpenEntries(f);
    ReviewHistory history(*f.store);
    history.Decide(open[0], ReviewDecision::AcceptA, {}, "Sara");
    REQUIRE(history.UndoDepth(f.hearing) == 1);
    MergeStore(*f.store).RunMerge(f.hearing, Analyzer());
    CHECK(history.UndoDepth(f.hearing) == 0);
    CHECK(history.Undo(f.hearing, "Sara") == 0);
}

TEST_CASE("a closed hearing refuses a decision and stores no undo step", "[review][undo]") {
    test::MergeFixture f;
    auto open = TwoOpenEntries(f);
    ReviewHistory history(*f.store);
    history.Decide(open[0], ReviewDecision::AcceptA, {}, "Sara");
    history.Decide(open[1], ReviewDecision::AcceptA, {}, "Sara");
    ReviewStore(*f.store).Approve(f.hearing, "kerngroep", 1700000000000);
    CHECK_THROWS_AS(history.Decide(open[0], ReviewDecision::AcceptB, {}, "Sara"), UserError);
    CHECK_THROWS_AS(history.Undo(f.hearing, "Sara"), UserError);
    CHECK(history.UndoDepth(f.hearing) == 2);
    CHECK(DecisionOf(*f.store, open[1]) == ReviewDecision::AcceptA);
}

TEST_CASE("a plan from before migration 15 migrates and keeps review history from then on", "[review][undo][migration]") {
    test::MergeFixture f;
    auto open = TwoOpenEntries(f);
    std::string path = f.dir.File("plan.hdesk");
    f.store.reset();
    {
        // Back to what version 14 had: no review_step table, and none of what migration 16 (SWOT
        // citations, priority rounds per domain) adds, so that one can run again too.
        Database db(path, Database::Mode::ReadWrite);
        db.Exec("DROP TABLE review_step; DROP INDEX priority_vote_by_member;"
                "ALTER TABLE priority_round DROP COLUMN theme_id; ALTER TABLE swot_item DROP COLUMN cite_label;"
                "PRAGMA user_version = 14;");
    }
    f.store = PlanStore::Open(path);
    {
        Database db(path, Database::Mode::ReadWrite);
        CHECK(db.UserVersion() == LatestSchemaVersion());
    }
    ReviewHistory history(*f.store);
    CHECK(history.UndoDepth(f.hearing) == 0);
    history.Decide(open[0], ReviewDecision::AcceptA, {}, "Sara");
    CHECK(history.Undo(f.hearing, "Sara") == open[0]);
    CHECK(DecisionOf(*f.store, open[0]) == ReviewDecision::None);
}
