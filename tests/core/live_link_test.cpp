// Live link end to end in one process on 127.0.0.1: a host and reporter clients, each with their own
// plan file. Every wait is bounded (WaitFor, a few seconds at most).
#include <catch2/catch.hpp>

#include "core/store/db.h"
#include "core/live/live_adopt.h"
#include "core/live/live_client.h"
#include "core/live/live_host.h"
#include "core/live/live_outbox.h"
#include "core/store/store.h"
#include "tests/support/live_fixture.h"

using namespace hd;
using hd::test::CommitNote;
using hd::test::LiveFixture;
using hd::test::WaitFor;

namespace {
// Seq of one reporter's notes in the host plan, in the order the host stored them.
std::vector<int64_t> StoredSeqs(const std::string& plan, int64_t hearing_id, char reporter) {
    auto store = PlanStore::Open(plan);
    Statement st(store->Db(), "SELECT seq FROM note WHERE hearing_id = ? AND reporter = ? ORDER BY rowid");
    st.Bind(1, hearing_id).Bind(2, std::string(1, reporter));
    std::vector<int64_t> out;
    while (st.Step())
        out.push_back(st.Int(0));
    return out;
}

std::vector<int64_t> Iota(int64_t from, int64_t to) {
    std::vector<int64_t> v;
    for (int64_t i = from; i <= to; ++i)
        v.push_back(i);
    return v;
}

bool BothConnected(const LiveHost& host) {
    auto s = host.Status();
    return s.reporters[0].connected && s.reporters[1].connected;
}
} // namespace

TEST_CASE("two reporters' notes arrive once and in order, with the hearing sent on join", "[live]") {
    LiveFixture fx;
    LiveHost host(fx.HostOptions());
    host.Start();
    REQUIRE(host.WaitUntilRunning(5000));
    uint16_t port = host.Status().port;
    LiveClient a(fx.ClientOptions('A', port)), b(fx.ClientOptions('B', port));
    a.Start();
    b.Start();
    REQUIRE(WaitFor([&] {
        return BothConnected(host) && a.Status().state == LiveLinkState::Connected &&
               b.Status().state == LiveLinkState::Connected;
    }));

    LiveClientStatus sa = a.Status();
    REQUIRE(sa.has_hearing);
    CHECK(sa.hearing.theme_title == "Illegale drugs: overlast en preventie");
    CHECK(sa.hearing.problem_statement == "Coördinatie ontbreekt; naïeve café-uitbaters");
    REQUIRE(sa.hearing.questions.size() == 2);
    CHECK(sa.hearing.questions[1].text == "Welke acties stelt u voor?");
    REQUIRE(sa.hearing.participants.size() == 1);
    CHECK(sa.hearing.participants[0].name == "Eline Vermeërsch");

    auto store_a = PlanStore::Open(fx.plan_a);
    auto store_b = PlanStore::Open(fx.plan_b);
    std::vector<std::string> uuids_a;
    for (int i = 1; i <= 40; ++i) {
        Note na = CommitNote(*store_a, fx.hearing_id, 'A', "A zegt " + std::to_string(i) + ": één café");
        a.NotifyCommitted(na.uuid, na.version);
        uuids_a.push_back(na.uuid);
        Note nb = CommitNote(*store_b, fx.hearing_id, 'B', "B noteert " + std::to_string(i));
        b.NotifyCommitted(nb.uuid, nb.version);
    }
    REQUIRE(WaitFor([&] {
        auto s = host.Status();
        return s.reporters[0].notes == 40 && s.reporters[1].notes == 40 && a.Status().pending == 0 &&
               b.Status().pending == 0;
    }));
    LiveHostStatus hs = host.Status();
    CHECK(hs.versions_received == 80);
    CHECK(hs.versions_stored == 80);
    CHECK(hs.duplicates == 0);
    CHECK(hs.reporters[0].last_seq == 40);
    CHECK(hs.reporters[0].behind == 0);
    a.Stop();
    b.Stop();
    host.Stop();

    CHECK(StoredSeqs(fx.host_plan, fx.hearing_id, 'A') == Iota(1, 40));
    CHECK(StoredSeqs(fx.host_plan, fx.hearing_id, 'B') == Iota(1, 40));
    auto host_store = PlanStore::Open(fx.host_plan);
    auto note = host_store->GetNote(uuids_a[6]);
    REQUIRE(note);
    CHECK(note->text == "A zegt 7: één café");
    CHECK(note->reporter == 'A');
    CHECK(host_store->NoteHistory(uuids_a[6]).size() == 1);
    LiveOutbox outbox(*store_a, fx.hearing_id, 'A');
    CHECK(outbox.PendingCount() == 0);
    CHECK(outbox.Delivery(uuids_a.back()) == LiveDelivery::Delivered);
}

TEST_CASE("a restarted reporter resends only what was not acknowledged, edits and deletions included",
          "[live]") {
    LiveFixture fx;
    LiveHost host(fx.HostOptions());
    host.Start();
    REQUIRE(host.WaitUntilRunning(5000));
    uint16_t port = host.Status().port;
    auto store_a = PlanStore::Open(fx.plan_a);
    std::vector<Note> notes;
    {
        LiveClient a(fx.ClientOptions('A', port));
        a.Start();
        for (int i = 1; i <= 10; ++i) {
            notes.push_back(CommitNote(*store_a, fx.hearing_id, 'A', "voor " + std::to_string(i)));
            a.NotifyCommitted(notes.back().uuid, 1);
        }
        REQUIRE(WaitFor([&] { return host.Status().reporters[0].notes == 10 && a.Status().pending == 0; }));
    } // the reporter's app closes
    REQUIRE(host.Status().versions_received == 10);

    // Typed while the app was closed: five new notes, one edit, one deletion.
    for (int i = 11; i <= 15; ++i)
        notes.push_back(CommitNote(*store_a, fx.hearing_id, 'A', "na " + std::to_string(i)));
    store_a->EditNote(notes[0].uuid, "voor 1, verbeterd", NoteKind::Proposal, SafetyChain::Preventive, 0,
                      "test");
    store_a->DeleteNote(notes[1].uuid, "test");
    LiveOutbox outbox(*store_a, fx.hearing_id, 'A');
    REQUIRE(outbox.PendingCount() == 7);
    CHECK(outbox.Delivery(notes[0].uuid) == LiveDelivery::Local);

    LiveClient a(fx.ClientOptions('A', port));
    a.Start();
    REQUIRE(WaitFor([&] { return host.Status().versions_stored == 17 && a.Status().pending == 0; }));
    LiveHostStatus hs = host.Status();
    CHECK(hs.versions_received == 17); // 10 before + exactly the 7 unacknowledged
    CHECK(hs.duplicates == 0);
    CHECK(hs.reporters[0].notes == 15);
    a.Stop();
    host.Stop();

    auto host_store = PlanStore::Open(fx.host_plan);
    auto edited = host_store->GetNote(notes[0].uuid);
    REQUIRE(edited);
    CHECK(edited->text == "voor 1, verbeterd");
    CHECK(edited->version == 2);
    CHECK(edited->kind == NoteKind::Proposal);
    auto history = host_store->NoteHistory(notes[0].uuid);
    REQUIRE(history.size() == 2);
    CHECK(history[0].text == "voor 1");
    CHECK(history[1].text == "voor 1, verbeterd");
    auto deleted = host_store->GetNote(notes[1].uuid);
    REQUIRE(deleted);
    CHECK(deleted->deleted);
    CHECK(host_store->NoteHistory(notes[1].uuid).size() == 2);
    CHECK(outbox.PendingCount() == 0);
}

TEST_CASE("a restarted host keeps every acknowledged note and the same join code", "[live]") {
    LiveFixture fx;
    auto host = std::make_unique<LiveHost>(fx.HostOptions());
    host->Start();
    REQUIRE(host->WaitUntilRunning(5000));
    uint16_t port = host->Status().port;
    std::string code = host->Status().join_code;
    auto store_a = PlanStore::Open(fx.plan_a);
    LiveClient a(fx.ClientOptions('A', port));
    a.Start();
    for (int i = 1; i <= 20; ++i) {
        Note n = CommitNote(*store_a, fx.hearing_id, 'A', "notitie " + std::to_string(i));
        a.NotifyCommitted(n.uuid, 1);
    }
    REQUIRE(WaitFor([&] { return a.Status().pending == 0 && a.Status().acked == 20; }));
    host.reset(); // the facilitator's app goes away

    // The reporter keeps typing; the notes wait locally.
    for (int i = 21; i <= 30; ++i) {
        Note n = CommitNote(*store_a, fx.hearing_id, 'A', "notitie " + std::to_string(i));
        a.NotifyCommitted(n.uuid, 1);
    }
    // Notifications are handled on the client's thread: wait until all ten are queued.
    REQUIRE(WaitFor([&] { return a.Status().state == LiveLinkState::Retrying && a.Status().pending == 10; }));

    LiveHostOptions again = fx.HostOptions(port);
    again.join_code.clear(); // the stored code of this hearing is reused
    LiveHost host2(again);
    host2.Start();
    REQUIRE(host2.WaitUntilRunning(5000));
    CHECK(host2.Status().join_code == code);
    REQUIRE(WaitFor([&] { return a.Status().pending == 0 && host2.Status().reporters[0].notes == 30; }));
    CHECK(host2.Status().duplicates == 0);
    CHECK(host2.Status().versions_received == 10);
    a.Stop();
    host2.Stop();
    CHECK(StoredSeqs(fx.host_plan, fx.hearing_id, 'A') == Iota(1, 30));
}

TEST_CASE("question, timer and promoted notes are pushed to reporters", "[live]") {
    LiveFixture fx;
    LiveHost host(fx.HostOptions());
    host.Start();
    REQUIRE(host.WaitUntilRunning(5000));
    LiveClient a(fx.ClientOptions('A', host.Status().port));
    a.Start();
    REQUIRE(WaitFor([&] { return a.Status().state == LiveLinkState::Connected; }));
    CHECK(a.Status().timer.current_question == 0);
    CHECK_FALSE(a.Status().timer.running);
    {
        auto facilitator = PlanStore::Open(fx.host_plan); // the facilitator UI's own connection
        facilitator->StartHearingClock(fx.hearing_id, NowWallMs() - 60000);
        facilitator->SetCurrentQuestion(fx.hearing_id, 1, NowWallMs());
    }
    host.PublishHearingState();
    REQUIRE(WaitFor([&] { return a.Status().timer.current_question == 1; }));
    LiveClientStatus s = a.Status();
    CHECK(s.timer.running);
    CHECK(s.timer.offset_ms >= 60000);
    CHECK(LiveClockOffsetMs(s, NowWallMs() + 1000) >= s.timer.offset_ms + 1000);
    host.PromoteNote("1b4e28ba-2fa1-41d2-883f-0016d3cca427");
    REQUIRE(WaitFor([&] { return !a.Status().promoted.empty(); }));
    CHECK(a.Status().promoted[0] == "1b4e28ba-2fa1-41d2-883f-0016d3cca427");
    CHECK(host.Status().promoted.size() == 1);
}

TEST_CASE("a wrong join code is refused and rate-limited, the live hearing goes on", "[live][security]") {
    LiveFixture fx;
    LiveHostOptions ho = fx.HostOptions();
    ho.max_failed_joins_per_ip = 2;
    ho.failed_join_window_ms = 1000;
    LiveHost host(ho);
    host.Start();
    REQUIRE(host.WaitUntilRunning(5000));
    uint16_t port = host.Status().port;
    LiveClient a(fx.ClientOptions('A', port));
    a.Start();
    REQUIRE(WaitFor([&] { return a.Status().state == LiveLinkState::Connected; }));

    for (int attempt = 0; attempt < 2; ++attempt) {
        LiveClient wrong(fx.ClientOptions('B', port, "ZZZZ-9999"));
        wrong.Start();
        REQUIRE(WaitFor([&] { return wrong.Status().state == LiveLinkState::Refused; }));
        CHECK(wrong.Status().refusal == LiveRefusal::BadCode);
        CHECK(wrong.Status().error_key == "live.refused_code");
    }
    CHECK(host.Status().failed_joins == 2);
    // Now even the right code is turned away from this address until the window has passed.
    LiveClient b(fx.ClientOptions('B', port));
    b.Start();
    // Told why and how long (issue 16): the honest reporter may share the address with the guesser.
    REQUIRE(WaitFor([&] { return b.Status().error_key == "live.refused_rate_wait"; }));
    CHECK(b.Status().state != LiveLinkState::Connected);
    REQUIRE(b.Status().error_args.size() == 1);
    CHECK(b.Status().error_args[0] == "1"); // the 1 s window, rounded up
    CHECK(b.Status().error.find("wait 1 s") != std::string::npos);
    CHECK_FALSE(host.Status().reporters[1].connected);

    // Reporter A, already joined, is not affected.
    auto store_a = PlanStore::Open(fx.plan_a);
    Note n = CommitNote(*store_a, fx.hearing_id, 'A', "gaat gewoon door");
    a.NotifyCommitted(n.uuid, 1);
    REQUIRE(WaitFor([&] { return host.Status().reporters[0].notes == 1; }));
    // After the window (1 s here) B gets in with the right code.
    REQUIRE(WaitFor([&] { return b.Status().state == LiveLinkState::Connected; }, 6000));
}

TEST_CASE("different protocol versions refuse each other clearly", "[live]") {
    LiveFixture fx;
    LiveHost host(fx.HostOptions());
    host.Start();
    REQUIRE(host.WaitUntilRunning(5000));
    LiveClientOptions newer = fx.ClientOptions('A', host.Status().port);
    newer.protocol_version = kLiveProtocolVersion + 1;
    LiveClient a(newer);
    a.Start();
    REQUIRE(WaitFor([&] { return a.Status().state == LiveLinkState::Refused; }));
    CHECK(a.Status().refusal == LiveRefusal::VersionMismatch);
    CHECK(a.Status().error.find("facilitator: " + std::to_string(kLiveProtocolVersion)) != std::string::npos);
    CHECK(host.Status().refused_connections == 1);
    CHECK_FALSE(host.Status().reporters[0].connected);
}

TEST_CASE("a second laptop cannot take over a connected reporter, revoking the code ends the session",
          "[live][security]") {
    LiveFixture fx;
    LiveHost host(fx.HostOptions());
    host.Start();
    REQUIRE(host.WaitUntilRunning(5000));
    uint16_t port = host.Status().port;
    LiveClient a(fx.ClientOptions('A', port));
    a.Start();
    REQUIRE(WaitFor([&] { return a.Status().state == LiveLinkState::Connected; }));
    LiveClientOptions other = fx.ClientOptions('A', port);
    other.plan_path = fx.plan_b; // another plan file: another laptop
    LiveClient intruder(other);
    intruder.Start();
    REQUIRE(WaitFor([&] { return intruder.Status().state == LiveLinkState::Refused; }));
    CHECK(intruder.Status().refusal == LiveRefusal::ReporterTaken);
    CHECK(a.Status().state == LiveLinkState::Connected);

    std::string old_code = host.Status().join_code;
    host.RevokeCode();
    REQUIRE(WaitFor([&] { return a.Status().state == LiveLinkState::Refused; }));
    CHECK(a.Status().refusal == LiveRefusal::Revoked);
    std::string new_code = host.Status().join_code;
    CHECK(new_code != old_code);
    LiveClient with_old(fx.ClientOptions('B', port, old_code));
    with_old.Start();
    REQUIRE(WaitFor([&] { return with_old.Status().state == LiveLinkState::Refused; }));
    CHECK(with_old.Status().refusal == LiveRefusal::BadCode);
    LiveClient with_new(fx.ClientOptions('B', port, new_code));
    with_new.Start();
    REQUIRE(WaitFor([&] { return with_new.Status().state == LiveLinkState::Connected; }));
}

TEST_CASE("a reporter with an empty plan takes over the facilitator's hearing", "[live]") {
    LiveFixture fx;
    LiveHost host(fx.HostOptions());
    host.Start();
    REQUIRE(host.WaitUntilRunning(5000));
    // Another plan file, without the hearing: the reporter joins with some hearing of its own.
    std::string fresh = fx.dir.File("fresh.hdesk");
    int64_t own_hearing = 0;
    {
        Plan plan;
        plan.name = "Eigen plan";
        auto store = PlanStore::Create(fresh, plan);
        Theme t;
        t.title = "Iets anders";
        Hearing h;
        h.theme_id = store->AddTheme(t);
        own_hearing = store->AddHearing(h);
    }
    LiveClientOptions o = fx.ClientOptions('A', host.Status().port);
    o.plan_path = fresh;
    o.hearing_id = own_hearing;
    LiveClient a(o);
    a.Start();
    REQUIRE(WaitFor([&] { return a.Status().has_hearing; }));
    LiveHearingInfo info = a.Status().hearing;
    a.Stop();

    auto store = PlanStore::Open(fresh);
    int64_t id = AdoptLiveHearing(*store, info);
    CHECK(id != own_hearing);
    CHECK(AdoptLiveHearing(*store, info) == id); // taking it over twice changes nothing
    auto adopted = store->GetHearing(id);
    REQUIRE(adopted);
    auto original = PlanStore::Open(fx.host_plan)->GetHearing(fx.hearing_id);
    CHECK(adopted->uuid == original->uuid);
    auto theme = store->GetTheme(adopted->theme_id);
    REQUIRE(theme);
    CHECK(theme->title == "Illegale drugs: overlast en preventie");
    REQUIRE(theme->questions.size() == 2);
    CHECK(theme->questions[1].text == "Welke acties stelt u voor?");
    REQUIRE(adopted->participant_ids.size() == 1);
    auto speaker = store->GetParticipant(adopted->participant_ids[0]);
    CHECK(speaker->uuid == fx.participant_uuid);
    CHECK(speaker->name == "Eline Vermeërsch");

    // A note with that speaker arrives on the facilitator's side with the facilitator's participant.
    Note n;
    n.hearing_id = id;
    n.reporter = 'A';
    n.speaker_id = speaker->id;
    n.text = "met spreker";
    Note stored = store->AddNote(n);
    o.hearing_id = id;
    LiveClient again(o);
    again.Start();
    REQUIRE(WaitFor([&] { return host.Status().reporters[0].notes == 1; }));
    again.Stop();
    host.Stop();
    auto host_store = PlanStore::Open(fx.host_plan);
    auto arrived = host_store->GetNote(stored.uuid);
    REQUIRE(arrived);
    auto host_speaker = host_store->GetParticipant(arrived->speaker_id);
    REQUIRE(host_speaker);
    CHECK(host_speaker->uuid == fx.participant_uuid);
}
