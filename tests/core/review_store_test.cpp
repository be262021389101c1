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
        rs.SetReviewState(hearing, ReviewState::Approved, "Mieke De Vos", 2000);
        CHECK_THROWS_AS(rs.SetReviewState(999, ReviewState::Approved, "x", 1), InputError);
    }
    auto store = PlanStore::Open(path);
    ReviewStore rs(*store);
    MinutesReview r = rs.GetReview(hearing);
    CHECK(r.state == ReviewState::Approved);
    CHECK(r.approved_by == "Mieke De Vos");
    CHECK(r.approved_at_ms == 2000);
    auto audit = rs.ListAudit(hearing);
    REQUIRE(audit.size() == 2);
    CHECK(audit[1].what == "state_changed");
    CHECK(audit[1].before == "under_review");
    CHECK(audit[1].after == "approved");
    CHECK(audit[1].who == "Mieke De Vos");
}

TEST_CASE("changes to notes of approved minutes are recorded with before and after", "[review][audit]") {
    test::TempDir dir;
    std::string path = dir.File("plan.hdesk");
    test::ExportFixture fx(path);
    ReviewStore rs(*fx.store);
    auto notes = fx.store->ListNotes(fx.hearing_id, 'A');
    REQUIRE(!notes.empty());
    // Before approval, edits are ordinary work: no audit entries.
    fx.store->EditNote(notes[0].uuid, "Meldingen over lawaai: vooral na 22 uur.", notes[0].kind, notes[0].chain,
                       notes[0].speaker_id, "Sofie");
    CHECK(rs.ListAudit(fx.hearing_id).empty());
    rs.SetReviewState(fx.hearing_id, ReviewState::Approved, "Mieke", 5000);
    fx.store->EditNote(notes[0].uuid, "Meldingen over lawaai: vooral na 23 uur.", notes[0].kind, notes[0].chain,
                       notes[0].speaker_id, "Karel");
    fx.store->DeleteNote(notes[1].uuid, "Karel");
    Note added;
    added.hearing_id = fx.hearing_id;
    added.reporter = 'B';
    added.text = "Laat toegevoegd.";
    fx.store->AddNote(added, "Wout");
    auto store2 = PlanStore::Open(path);
    auto audit = ReviewStore(*store2).ListAudit(fx.hearing_id);
    REQUIRE(audit.size() == 4); // approval, edit, delete, add
    CHECK(audit[1].what == "note_edited");
    CHECK(audit[1].who == "Karel");
    CHECK(audit[1].before == "Meldingen over lawaai: vooral na 22 uur.");
    CHECK(audit[1].after == "Meldingen over lawaai: vooral na 23 uur.");
    CHECK(audit[1].target.ref == notes[0].uuid);
    CHECK(audit[1].target.theme_id == fx.theme_id);
    CHECK(audit[2].what == "note_deleted");
    CHECK(audit[2].before == notes[1].text);
    CHECK(audit[2].after.empty());
    CHECK(audit[3].what == "note_added");
    CHECK(audit[3].after == "Laat toegevoegd.");
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
    rs.SetReviewState(fx.hearing_id, ReviewState::Approved, "Mieke", 5);
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

TEST_CASE("merge decisions and re-merges of approved minutes are in the audit trail", "[review][audit]") {
    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    static TextAnalyzer analyzer(FindAssetsDir());
    MergeStore merges(*fx.store);
    merges.RunMerge(fx.hearing_id, analyzer, {}, "Karel");
    auto entries = merges.ListEntries(fx.hearing_id);
    REQUIRE(!entries.empty());
    ReviewStore rs(*fx.store);
    merges.RecordDecision(entries[0].id, ReviewDecision::KeepBoth, {}, "Sofie"); // before approval: no trail
    CHECK(rs.ListAudit(fx.hearing_id).empty());
    rs.SetReviewState(fx.hearing_id, ReviewState::Approved, "Mieke", 100);
    merges.RecordDecision(entries[0].id, ReviewDecision::Edited, "Lawaaimeldingen vooral na 22 uur.", "Pieter");
    merges.RunMerge(fx.hearing_id, analyzer, {}, "Karel");
    auto audit = rs.ListAudit(fx.hearing_id);
    REQUIRE(audit.size() == 3);
    CHECK(audit[1].what == "entry_decided");
    CHECK(audit[1].who == "Pieter");
    CHECK(audit[1].before == "keep_both");
    CHECK(audit[1].after == "Lawaaimeldingen vooral na 22 uur.");
    CHECK(audit[1].target.ref == "entry:" + std::to_string(entries[0].id));
    CHECK(audit[2].what == "minutes_remerged");
    CHECK(audit[2].who == "Karel");
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
