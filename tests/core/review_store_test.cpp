// Core-group review: members, review state, comments, audit trail after approval, forum.
#include <catch2/catch.hpp>

#include "core/base/errors.h"
#include "core/store/db.h"
#include "core/merge/merge_store.h"
#include "core/store/migrations.h"
#include "core/cluster/objective_store.h"
#include "core/text/text_analysis.h"
#include "core/base/i18n.h"
#include "core/review/review_store.h"
#include "core/store/store.h"
#include "tests/support/export_fixture.h"
#include "tests/support/temp_dir.h"

using namespace hd;

TEST_CASE("core-group members round trip in order", "[review]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    ReviewStore rs(*fx.store);
    int64_t id = rs.AddMember({0, "Chloë Maes", "OCMW", "welfare_director", 0});
    auto members = rs.ListMembers();
    REQUIRE(members.size() == 3);
    CHECK(members[0].name == "Mieke De Vos");
    CHECK(members[2].name == "Chloë Maes");
    CHECK(members[2].role == "welfare_director");
    rs.UpdateMember({id, "Chloë Maes", "OCMW Halle", "coordinator", 0});
    CHECK(rs.ListMembers()[2].organisation == "OCMW Halle");
    rs.DeleteMember(id);
    CHECK(rs.ListMembers().size() == 2);
    CHECK_THROWS_AS(rs.AddMember({0, "  ", "", "", 0}), InputError);
    CHECK(rs.ListMembers().size() == 2);
}

TEST_CASE("review state and approval round trip through the file", "[review]") {
    test::TempDir dir;
    std::string path = dir.File("plan.hdesk");
    int64_t hearing = 0;
    {
        test::ExportFixture fx(path);
        hearing = fx.hearing_id;
        ReviewStore rs(*fx.store);
        CHECK(rs.GetReview(hearing).state == ReviewState::Draft);
        rs.SetReviewState(hearing, ReviewState::UnderReview, "Karel", 1000);
        // The fixture's transcripts are not merged: approving needs a reason, and a direct state
        // change to approved is no way around that.
        CHECK_THROWS_AS(rs.SetReviewState(hearing, ReviewState::Approved, "Mieke De Vos", 2000), InputError);
        CHECK_THROWS_AS(rs.Approve(hearing, "Mieke De Vos", 2000), InputError);
        CHECK(rs.GetReview(hearing).state == ReviewState::UnderReview);
        rs.Approve(hearing, "Mieke De Vos", 2000, "Reporter B's laptop failed; A's notes are complete.");
        CHECK_THROWS_AS(rs.Approve(999, "x", 1, "r"), InputError);
    }
    auto store = PlanStore::Open(path);
    ReviewStore rs(*store);
    MinutesReview r = rs.GetReview(hearing);
    CHECK(r.state == ReviewState::Approved);
    CHECK(r.approved_by == "Mieke De Vos");
    CHECK(r.approved_at_ms == 2000);
    CHECK(r.approve_reason == "Reporter B's laptop failed; A's notes are complete.");
    auto audit = rs.ListAudit(hearing);
    REQUIRE(audit.size() == 2);
    CHECK(audit[1].what == "state_changed");
    CHECK(audit[1].before == "under_review");
    CHECK(audit[1].after == "approved");
    CHECK(audit[1].who == "Mieke De Vos");
    CHECK(audit[1].reason == r.approve_reason);
}

TEST_CASE("approved minutes close the hearing for notes until an audited reopening", "[review][approval]") {
    test::TempDir dir;
    std::string path = dir.File("plan.hdesk");
    test::ExportFixture fx(path);
    ReviewStore rs(*fx.store);
    auto notes = fx.store->ListNotes(fx.hearing_id, 'A');
    REQUIRE(notes.size() >= 2);
    size_t before = fx.store->ListNotes(fx.hearing_id, 0, true).size();
    rs.Approve(fx.hearing_id, "Mieke", 5000, "Not merged: B's notes are a copy of A's.");
    CHECK(fx.store->IsHearingClosed(fx.hearing_id));
    CHECK(fx.store->GetHearing(fx.hearing_id)->ClosedForNotes());
    Note added;
    added.hearing_id = fx.hearing_id;
    added.reporter = 'B';
    added.text = "Laat toegevoegd.";
    auto refused_with_key = [](auto&& action) {
        try {
            action();
        } catch (const UserError& e) {
            return e.Key() == "err.hearing_closed";
        }
        return false;
    };
    CHECK(refused_with_key([&] { fx.store->AddNote(added, "Wout"); }));
    CHECK(refused_with_key([&] {
        fx.store->EditNote(notes[0].uuid, "Anders.", notes[0].kind, notes[0].chain, notes[0].speaker_id, "Karel");
    }));
    CHECK(refused_with_key([&] { fx.store->DeleteNote(notes[1].uuid, "Karel"); }));
    added.uuid = "00000000-0000-4000-9000-0000000000ff";
    CHECK(refused_with_key([&] { fx.store->InsertNoteIfNew(added); }));
    // Nothing changed.
    CHECK(fx.store->ListNotes(fx.hearing_id, 0, true).size() == before);
    CHECK(fx.store->GetNote(notes[0].uuid)->text == notes[0].text);
    CHECK_FALSE(fx.store->GetNote(notes[1].uuid)->deleted);

    // Reopening needs a reason; it returns the minutes to draft and the hearing takes notes again.
    CHECK_THROWS_AS(rs.Reopen(fx.hearing_id, "Karel", 6000, "  "), InputError);
    CHECK_THROWS_AS(rs.SetReviewState(fx.hearing_id, ReviewState::Draft, "Karel", 6000), InputError);
    CHECK(rs.IsApproved(fx.hearing_id));
    rs.Reopen(fx.hearing_id, "Karel", 6000, "The 21:40 remark of the youth worker is missing.");
    CHECK(rs.GetReview(fx.hearing_id).state == ReviewState::Draft);
    CHECK(rs.GetReview(fx.hearing_id).approve_reason.empty());
    fx.store->AddNote(added, "Wout");
    auto store2 = PlanStore::Open(path);
    auto audit = ReviewStore(*store2).ListAudit(fx.hearing_id);
    REQUIRE(audit.size() == 2); // approval, reopening
    CHECK(audit[0].after == "approved");
    CHECK(audit[0].reason == "Not merged: B's notes are a copy of A's.");
    CHECK(audit[1].what == "state_changed");
    CHECK(audit[1].before == "approved");
    CHECK(audit[1].after == "draft");
    CHECK(audit[1].who == "Karel");
    CHECK(audit[1].at_ms == 6000);
    CHECK(audit[1].reason == "The 21:40 remark of the youth worker is missing.");
}

TEST_CASE("approval needs every entry resolved or a reason, which the minutes keep", "[review][approval]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    static TextAnalyzer analyzer(FindAssetsDir());
    MergeStore merges(*fx.store);
    merges.RunMerge(fx.hearing_id, analyzer, {}, "Karel");
    ReviewStore rs(*fx.store);
    ApprovalCheck check = rs.CheckApproval(fx.hearing_id);
    CHECK_FALSE(check.unmerged);
    auto entries = merges.ListEntries(fx.hearing_id);
    CHECK(check.entries == entries.size());
    size_t unresolved = 0;
    for (const StoredEntry& e : entries) unresolved += e.Resolved() ? 0 : 1;
    CHECK(check.unresolved == unresolved);
    // Make sure at least one entry needs a decision, then decide all but one of them.
    std::vector<StoredEntry> open;
    for (const StoredEntry& e : entries)
        if (!e.Resolved()) open.push_back(e);
    REQUIRE(!open.empty()); // the fixture's two reporters word the noise complaint differently
    try {
        rs.Approve(fx.hearing_id, "Mieke", 10);
        FAIL("approved with unresolved entries and no reason");
    } catch (const InputError& e) {
        CHECK(e.Key() == "review.err_unresolved");
        CHECK(e.Args().at(0) == std::to_string(open.size()));
    }
    CHECK(rs.GetReview(fx.hearing_id).state == ReviewState::Draft);
    for (size_t k = 0; k + 1 < open.size(); ++k) merges.RecordDecision(open[k].id, ReviewDecision::KeepBoth, {}, "Sofie");
    CHECK(rs.CheckApproval(fx.hearing_id).unresolved == 1);
    rs.Approve(fx.hearing_id, "Mieke", 20, "De laatste regel bespreken we op de volgende kerngroep.");
    MinutesReview r = rs.GetReview(fx.hearing_id);
    CHECK(r.unresolved_at_approval == 1);
    CHECK(r.approve_reason == "De laatste regel bespreken we op de volgende kerngroep.");
    // Approved minutes take no further decisions.
    CHECK_THROWS_AS(merges.RecordDecision(open.back().id, ReviewDecision::AcceptA, {}, "Pieter"), UserError);
    CHECK_THROWS_AS(merges.RunMerge(fx.hearing_id, analyzer, {}, "Karel"), UserError);
    CHECK_FALSE(merges.GetEntry(open.back().id)->Resolved());
}

TEST_CASE("objective changes after approval are recorded by RecordChangeIfApproved", "[review][audit]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    ReviewStore rs(*fx.store);
    AuditEntry e;
    e.target = {"objective", "t1", fx.hearing_id, fx.theme_id};
    e.what = "objective_edited";
    e.who = "Pieter";
    e.at_ms = 10;
    e.before = "oud";
    e.after = "nieuw";
    CHECK_FALSE(rs.RecordChangeIfApproved(e));
    rs.Approve(fx.hearing_id, "Mieke", 5, "Not merged on purpose.");
    CHECK(rs.RecordChangeIfApproved(e));
    auto audit = rs.ListAudit(0, fx.theme_id);
    REQUIRE(audit.size() == 2);
    CHECK(audit[1].target.kind == "objective");
    CHECK(audit[1].before == "oud");
}

TEST_CASE("comments on entries and objectives can be resolved and reopened", "[review]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    ReviewStore rs(*fx.store);
    auto notes = fx.store->ListNotes(fx.hearing_id);
    int64_t c1 = rs.AddComment({"note", notes[0].uuid, fx.hearing_id, fx.theme_id}, "Mieke", "Klopt dit uur?", 100);
    rs.AddComment({"objective", "t1", 0, fx.theme_id}, "Pieter", "Ook de wijkagent betrekken.", 200);
    CHECK(rs.ListComments(fx.hearing_id).size() == 1);
    CHECK(rs.ListComments(0, fx.theme_id).size() == 2);
    CHECK(rs.CommentsOn("objective", "t1").at(0).text == "Ook de wijkagent betrekken.");
    rs.ResolveComment(c1, true, "Karel", 300);
    CHECK(rs.ListComments(0, fx.theme_id, false).size() == 1);
    auto all = rs.ListComments(0, fx.theme_id);
    CHECK(all[0].resolved);
    CHECK(all[0].resolved_by == "Karel");
    CHECK(all[0].resolved_at_ms == 300);
    rs.ResolveComment(c1, false, "Karel", 400);
    CHECK_FALSE(rs.ListComments(fx.hearing_id)[0].resolved);
    CHECK_THROWS_AS(rs.AddComment({"note", "x", 0, 0}, "M", "", 1), InputError);
}

TEST_CASE("forum commentary and reactions round trip per domain", "[review][forum]") {
    test::TempDir dir;
    std::string path = dir.File("plan.hdesk");
    int64_t theme = 0, theme2 = 0;
    {
        test::ExportFixture fx(path);
        theme = fx.theme_id;
        theme2 = fx.theme2_id;
        ReviewStore rs(*fx.store);
        rs.SaveCommentary({theme2, "Dr. Ilse Wuyts", "politiezone-analist", "Inbraken: kijk naar verlichting.", "Karel", 9});
        rs.SaveCommentary({theme2, "Dr. Ilse Wuyts", "analist", "Inbraken: verlichting én buurtinformatienetwerk.", "Karel", 10});
        int64_t r = rs.AddReaction(theme2, "Te weinig agenten 's nachts", "", 11);
        rs.AddReaction(theme2, "Goed idee", "Bert", 12);
        rs.DeleteReaction(r);
        CHECK_THROWS_AS(rs.AddReaction(999, "x", "", 1), InputError);
        CHECK_THROWS_AS(rs.AddReaction(theme2, "   ", "", 1), InputError);
    }
    auto store = PlanStore::Open(path);
    ReviewStore rs(*store);
    auto c = rs.GetCommentary(theme2);
    REQUIRE(c);
    CHECK(c->expert_function == "analist");
    CHECK(c->text == "Inbraken: verlichting én buurtinformatienetwerk.");
    auto reactions = rs.ListReactions(theme2);
    REQUIRE(reactions.size() == 1);
    CHECK(reactions[0].author == "Bert");
    CHECK(rs.ListReactions(theme).size() == 2);
}

TEST_CASE("migration 5 upgrades a plan written before it", "[review][migration]") {
    test::TempDir dir;
    std::string path = dir.File("plan.hdesk");
    { test::ExportFixture fx(path); }
    auto store = PlanStore::Open(path);
    CHECK(store->Db().UserVersion() >= 5);
    ReviewStore rs(*store);
    CHECK(rs.ListMembers().size() == 2);
}

TEST_CASE("edits and deletions of accepted objectives are in the audit trail", "[review][audit]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    ReviewStore rs(*fx.store);
    {
        Transaction tx(fx.store->Db());
        Statement ins(fx.store->Db(), "INSERT INTO objective(theme_id, level, title, why, accepted) VALUES(?, 'tactical', ?, ?, ?)");
        ins.Bind(1, fx.theme_id).Bind(2, "Verlichting").Bind(3, "donker plein").Bind(4, 1).Exec();
        ins.Reset();
        ins.Bind(1, fx.theme_id).Bind(2, "Voorstel").Bind(3, "nog niet aanvaard").Bind(4, 0).Exec();
        tx.Commit();
    }
    ObjectiveStore objectives(*fx.store);
    auto list = objectives.ListObjectives(fx.theme_id);
    REQUIRE(list.size() == 2);
    for (Objective o : list) {
        o.what = "Extra lantaarnpalen";
        objectives.Edit(o, "Mieke De Vos");
    }
    auto audit = rs.ListAudit(0, fx.theme_id);
    REQUIRE(audit.size() == 1); // only the accepted one
    CHECK(audit[0].what == "objective_edited");
    CHECK(audit[0].target.kind == "objective");
    CHECK(audit[0].before.find("donker plein") != std::string::npos);
    CHECK(audit[0].after.find("Extra lantaarnpalen") != std::string::npos);
    CHECK(audit[0].at_ms > 1700000000000);
    CHECK(audit[0].who == "Mieke De Vos");
    // Editing a proposal accepts it (ObjectiveStore::Edit), so both objectives are accepted now and
    // both deletions are recorded.
    for (const Objective& o : objectives.ListObjectives(fx.theme_id)) CHECK(o.accepted);
    for (const Objective& o : list) objectives.Delete(o.id, "Pieter Jacobs");
    audit = rs.ListAudit(0, fx.theme_id);
    REQUIRE(audit.size() == 3);
    CHECK(audit[1].what == "objective_deleted");
    CHECK(audit[2].what == "objective_deleted");
    CHECK(audit[1].who == "Pieter Jacobs");
    CHECK(audit[2].who == "Pieter Jacobs");
    CHECK(audit[1].before.find("Extra lantaarnpalen") != std::string::npos);
    CHECK(objectives.ListObjectives(fx.theme_id).empty());
}
