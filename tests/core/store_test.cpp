#include <catch2/catch.hpp>

#include "core/store/db.h"
#include "core/base/errors.h"
#include "core/store/migrations.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
Plan SamplePlan() {
    Plan p;
    p.name = "Integraal veiligheidsplan";
    p.city = "Mechelen";
    p.period_start = 2008;
    p.period_end = 2013;
    return p;
}
} // namespace

TEST_CASE("store round trips plan, theme and notes with Dutch diacritics", "[store]") {
    test::TempDir dir;
    std::string path = dir.File("plan.hdesk");
    int64_t hearing_id = 0;
    std::string uuid;
    {
        auto store = PlanStore::Create(path, SamplePlan());
        Theme t;
        t.title = "Illegale drugs: overlast en preventie";
        t.problem_statement = "Coördinatie tussen hulpverlening en politie ontbreekt; ĳverige naïeve café-uitbaters";
        t.questions.push_back({0, 0, 0, "Wat zijn de oorzaken van de overlast?", 20});
        t.questions.push_back({0, 0, 0, "Welke acties stelt u voor?", 25});
        int64_t theme_id = store->AddTheme(t);
        Participant p;
        p.name = "Eline Vermeërsch";
        p.discipline = "street_work";
        int64_t pid = store->AddParticipant(p);
        Hearing h;
        h.theme_id = theme_id;
        h.date = "2010-05-21";
        h.location = "Stadhuis, Schepenzaal";
        h.participant_ids = {pid};
        hearing_id = store->AddHearing(h);
        Note n;
        n.hearing_id = hearing_id;
        n.reporter = 'A';
        n.speaker_id = pid;
        n.text = "Jongeren voelen zich niet gehoord; één café is een knooppunt — \"naïef\" beleid";
        n.kind = NoteKind::Problem;
        n.chain = SafetyChain::Preventive;
        uuid = store->AddNote(n).uuid;
    }
    auto store = PlanStore::Open(path);
    Plan plan = store->GetPlan();
    CHECK(plan.city == "Mechelen");
    CHECK(plan.phases.size() == std::size(kStandardPhaseKeys));
    auto themes = store->ListThemes();
    REQUIRE(themes.size() == 1);
    CHECK(themes[0].problem_statement == "Coördinatie tussen hulpverlening en politie ontbreekt; ĳverige naïeve café-uitbaters");
    REQUIRE(themes[0].questions.size() == 2);
    CHECK(themes[0].questions[1].text == "Welke acties stelt u voor?");
    auto notes = store->ListNotes(hearing_id);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].uuid == uuid);
    CHECK(notes[0].seq == 1);
    CHECK(notes[0].text == "Jongeren voelen zich niet gehoord; één café is een knooppunt — \"naïef\" beleid");
    CHECK(notes[0].kind == NoteKind::Problem);
    CHECK(notes[0].chain == SafetyChain::Preventive);
    CHECK(store->GetHearing(hearing_id)->participant_ids.size() == 1);
}

TEST_CASE("edits and deletions keep every earlier version", "[store]") {
    test::TempDir dir;
    auto store = PlanStore::Create(dir.File("p.hdesk"), SamplePlan());
    Theme t;
    t.title = "Buurtgerichte veiligheid";
    Hearing h;
    h.theme_id = store->AddTheme(t);
    int64_t hid = store->AddHearing(h);
    Note n;
    n.hearing_id = hid;
    n.text = "eerste versie";
    Note stored = store->AddNote(n, "Anna");
    store->EditNote(stored.uuid, "tweede versie", NoteKind::Proposal, SafetyChain::Reactive, 0, "Anna");
    store->DeleteNote(stored.uuid, "Anna");
    auto history = store->NoteHistory(stored.uuid);
    REQUIRE(history.size() == 3);
    CHECK(history[0].text == "eerste versie");
    CHECK(history[1].text == "tweede versie");
    CHECK(history[1].kind == NoteKind::Proposal);
    CHECK(history[2].deleted);
    CHECK(store->ListNotes(hid).empty());
    CHECK(store->ListNotes(hid, 0, true).size() == 1);
    CHECK(store->CountNotes(hid) == 0);
}

TEST_CASE("sequence numbers count per hearing and reporter", "[store]") {
    test::TempDir dir;
    auto store = PlanStore::Create(dir.File("p.hdesk"), SamplePlan());
    Theme t;
    t.title = "Jeugd";
    Hearing h;
    h.theme_id = store->AddTheme(t);
    int64_t hid = store->AddHearing(h);
    for (char r : {'A', 'B', 'A', 'A', 'B'}) {
        Note n;
        n.hearing_id = hid;
        n.reporter = r;
        n.text = "x";
        store->AddNote(n);
    }
    auto a = store->ListNotes(hid, 'A');
    auto b = store->ListNotes(hid, 'B');
    REQUIRE(a.size() == 3);
    REQUIRE(b.size() == 2);
    CHECK(a[2].seq == 3);
    CHECK(b[1].seq == 2);
}

TEST_CASE("a note that is too long or not UTF-8 is refused and nothing is stored", "[store]") {
    test::TempDir dir;
    auto store = PlanStore::Create(dir.File("p.hdesk"), SamplePlan());
    Theme t;
    t.title = "Veilig ondernemen";
    Hearing h;
    h.theme_id = store->AddTheme(t);
    int64_t hid = store->AddHearing(h);
    Note n;
    n.hearing_id = hid;
    n.text = std::string("caf\xC3", 4);
    CHECK_THROWS_AS(store->AddNote(n), InputError);
    n.text = std::string(kMaxNoteBytes + 1, 'a');
    CHECK_THROWS_AS(store->AddNote(n), InputError);
    CHECK(store->CountNotes(hid) == 0);
}

TEST_CASE("drafts are saved, replaced and cleared", "[store]") {
    test::TempDir dir;
    auto store = PlanStore::Create(dir.File("p.hdesk"), SamplePlan());
    Theme t;
    t.title = "Jeugd";
    Hearing h;
    h.theme_id = store->AddTheme(t);
    int64_t hid = store->AddHearing(h);
    CHECK_FALSE(store->LoadDraft(hid, 'A'));
    store->SaveDraft(hid, 'A', {"half getypt", 0, NoteKind::Cause, 5});
    store->SaveDraft(hid, 'A', {"half getypt, nu meer", 0, NoteKind::Cause, 6});
    auto d = store->LoadDraft(hid, 'A');
    REQUIRE(d);
    CHECK(d->text == "half getypt, nu meer");
    CHECK(d->kind == NoteKind::Cause);
    store->ClearDraft(hid, 'A');
    CHECK_FALSE(store->LoadDraft(hid, 'A'));
}

TEST_CASE("hearing clock runs, pauses and resumes", "[store]") {
    test::TempDir dir;
    auto store = PlanStore::Create(dir.File("p.hdesk"), SamplePlan());
    Theme t;
    t.title = "Jeugd";
    Hearing h;
    h.theme_id = store->AddTheme(t);
    int64_t hid = store->AddHearing(h);
    store->StartHearingClock(hid, 1000);
    CHECK(PlanStore::ClockOffsetMs(*store->GetHearing(hid), 61000) == 60000);
    store->PauseHearingClock(hid, 61000);
    CHECK(PlanStore::ClockOffsetMs(*store->GetHearing(hid), 99000) == 60000);
    store->StartHearingClock(hid, 100000);
    store->SetCurrentQuestion(hid, 1, 110000);
    auto h2 = *store->GetHearing(hid);
    CHECK(h2.current_question == 1);
    CHECK(h2.question_started_offset_ms == 70000);
    CHECK(h2.status == HearingStatus::Running);
}

TEST_CASE("a plan written by a newer version is refused and left untouched", "[store][migration]") {
    test::TempDir dir;
    std::string path = dir.File("future.hdesk");
    { PlanStore::Create(path, SamplePlan()); }
    {
        Database db(path, Database::Mode::ReadWrite);
        std::string sql = "PRAGMA user_version = " + std::to_string(LatestSchemaVersion() + 1);
        db.Exec(sql.c_str());
    }
    try {
        PlanStore::Open(path);
        FAIL("expected a refusal");
    } catch (const StoreError& e) {
        CHECK(e.Key() == "err.newer_version");
    }
    Database db(path, Database::Mode::ReadOnly);
    CHECK(db.UserVersion() == LatestSchemaVersion() + 1);
}

TEST_CASE("missing, foreign and garbage files give clear errors", "[store]") {
    test::TempDir dir;
    auto key_of = [](const std::string& path) {
        try {
            PlanStore::Open(path);
        } catch (const StoreError& e) {
            return e.Key();
        }
        return std::string("opened");
    };
    CHECK(key_of(dir.File("missing.hdesk")) == "err.no_such_plan");
    {
        FILE* f = std::fopen(dir.File("garbage.hdesk").c_str(), "wb");
        std::string junk(8192, '\x5a');
        std::fwrite(junk.data(), 1, junk.size(), f);
        std::fclose(f);
    }
    CHECK(key_of(dir.File("garbage.hdesk")) == "err.db_corrupt");
    {
        Database other(dir.File("other.db"), Database::Mode::ReadWriteCreate);
        other.Exec("CREATE TABLE t(x)");
    }
    CHECK(key_of(dir.File("other.db")) == "err.not_a_plan");
}

TEST_CASE("a hearing with text that is not UTF-8 is refused when it is created", "[store]") {
    test::TempDir dir;
    auto store = PlanStore::Create(dir.File("p.hdesk"), SamplePlan());
    Theme t;
    t.title = "Jeugd";
    Hearing h;
    h.theme_id = store->AddTheme(t);
    h.location = std::string("Stadhuis \xC3", 10);
    CHECK_THROWS_AS(store->AddHearing(h), InputError);
    CHECK(store->ListHearings().empty());
    h.location = "Stadhuis, Schepenzaal";
    CHECK(store->AddHearing(h) > 0);
}

TEST_CASE("a read transaction sees one state of the file while another connection writes", "[store][snapshot]") {
    test::TempDir dir;
    std::string path = dir.File("plan.hdesk");
    Plan plan;
    plan.name = "Plan";
    auto store = PlanStore::Create(path, plan);
    Theme theme;
    theme.title = "Thema";
    Hearing h;
    h.theme_id = store->AddTheme(theme);
    int64_t hearing = store->AddHearing(h);
    auto writer = PlanStore::Open(path); // the live link's connection
    auto add = [&](PlanStore& s, const char* text) {
        Note n;
        n.hearing_id = hearing;
        n.reporter = 'A';
        n.text = text;
        s.AddNote(n);
    };
    add(*store, "eerste");
    {
        ReadTransaction snapshot(store->Db());
        CHECK(store->ListNotes(hearing).size() == 1);
        add(*writer, "tweede"); // the writer is not blocked...
        CHECK(store->ListNotes(hearing).size() == 1); // ...and the reader's view does not move
        ReadTransaction nested(store->Db()); // nested: nothing happens
    }
    CHECK(store->ListNotes(hearing).size() == 2);
}
