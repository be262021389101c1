// Attacks on a running live hearing from 127.0.0.1: tampered, replayed and oversized frames, garbage
// handshakes and a connection flood. Each must be rejected while reporter A keeps working.
#include <catch2/catch.hpp>

#include "core/live/live_client.h"
#include "core/live/live_host.h"
#include "core/store/store.h"
#include "tests/support/live_fixture.h"
#include "tests/support/live_raw_peer.h"

using namespace hd;
using hd::test::CommitNote;
using hd::test::LiveFixture;
using hd::test::RawPeer;
using hd::test::WaitFor;

namespace {
LiveNoteVersion ForgedNote(uint64_t send_id, const std::string& uuid, const std::string& text) {
    LiveNoteVersion v;
    v.send_id = send_id;
    v.uuid = uuid;
    v.seq = static_cast<int64_t>(send_id);
    v.text = text;
    v.kind = "other";
    v.chain = "";
    v.wall_time_ms = NowWallMs();
    return v;
}

// A running hearing with reporter A joined; checks that A still gets notes through.
struct LiveHearing {
    LiveFixture fx;
    std::unique_ptr<LiveHost> host;
    std::unique_ptr<LiveClient> a;
    std::unique_ptr<PlanStore> store_a;
    uint16_t port = 0;
    int sent = 0;

    explicit LiveHearing(LiveHostOptions (*tweak)(LiveHostOptions) = nullptr) {
        LiveHostOptions o = fx.HostOptions();
        if (tweak) o = tweak(o);
        host = std::make_unique<LiveHost>(o);
        host->Start();
        REQUIRE(host->WaitUntilRunning(5000));
        port = host->Status().port;
        a = std::make_unique<LiveClient>(fx.ClientOptions('A', port));
        a->Start();
        REQUIRE(WaitFor([&] { return a->Status().state == LiveLinkState::Connected; }));
        store_a = PlanStore::Open(fx.plan_a);
    }

    bool ReporterAStillWorks() {
        Note n = CommitNote(*store_a, fx.hearing_id, 'A', "nog steeds live " + std::to_string(++sent));
        a->NotifyCommitted(n.uuid, 1);
        int expected = sent;
        return WaitFor([&] {
                   return host->Status().reporters[0].notes == expected && a->Status().pending == 0;
               }) &&
               a->Status().reconnects == 0;
    }

    int64_t NotesOfB() { return host->Status().reporters[1].notes; }
};
} // namespace

TEST_CASE("a tampered frame is rejected and the connection dropped", "[live][security]") {
    LiveHearing live;
    RawPeer peer(live.port);
    REQUIRE(peer.Join(hd::test::kTestCode, 'B'));
    Bytes sealed = peer.Seal(ForgedNote(1, "11111111-1111-4111-8111-111111111111", "vervalst"));
    sealed[sealed.size() / 2] ^= 0x01;
    peer.SendFrame(sealed);
    CHECK(peer.ClosedByHost());
    CHECK(WaitFor([&] { return live.host->Status().dropped_connections == 1; }));
    CHECK(live.NotesOfB() == 0);
    CHECK(live.ReporterAStillWorks());
}

TEST_CASE("a replayed frame is rejected, within a connection and on a new one", "[live][security]") {
    LiveHearing live;
    Bytes frame;
    {
        RawPeer peer(live.port);
        REQUIRE(peer.Join(hd::test::kTestCode, 'B'));
        frame = peer.Seal(ForgedNote(1, "22222222-2222-4222-8222-222222222222", "een keer"));
        peer.SendFrame(frame);
        auto ack = peer.ReadMessage();
        REQUIRE(ack);
        REQUIRE(std::holds_alternative<LiveAck>(*ack));
        CHECK(std::get<LiveAck>(*ack).upto == 1);
        peer.SendFrame(frame); // byte-identical replay
        CHECK(peer.ClosedByHost());
    }
    {
        // Captured on one connection, replayed on another: the session keys differ.
        RawPeer peer(live.port);
        REQUIRE(peer.Join(hd::test::kTestCode, 'B'));
        peer.SendFrame(frame);
        CHECK(peer.ClosedByHost());
    }
    CHECK(WaitFor([&] { return live.host->Status().dropped_connections == 2; }));
    CHECK(live.NotesOfB() == 1);
    CHECK(live.host->Status().versions_received == 1);
    CHECK(live.ReporterAStillWorks());
}

TEST_CASE("an oversized frame is refused before it is read", "[live][security]") {
    LiveHearing live;
    {
        RawPeer before_join(live.port);
        Bytes header = {0x7F, 0xFF, 0xFF, 0xFF}; // announces ~2 GiB
        before_join.SendBytes(header);
        CHECK(before_join.ClosedByHost());
    }
    {
        RawPeer joined(live.port);
        REQUIRE(joined.Join(hd::test::kTestCode, 'B'));
        uint32_t len = static_cast<uint32_t>(kLiveMaxFrameBytes + 1);
        Bytes header = {uint8_t(len >> 24), uint8_t(len >> 16), uint8_t(len >> 8), uint8_t(len)};
        joined.SendBytes(header);
        CHECK(joined.ClosedByHost());
    }
    CHECK(WaitFor([&] { return live.host->Status().dropped_connections == 1; }));
    CHECK(live.host->Status().failed_joins == 1);
    CHECK(live.ReporterAStillWorks());
}

TEST_CASE("garbage instead of a handshake is refused and counted", "[live][security]") {
    LiveHearing live;
    RawPeer peer(live.port);
    Bytes junk = {'G', 'E', 'T', ' ', '/', ' ', 'H', 'T', 'T', 'P'};
    peer.SendFrame(junk);
    CHECK(peer.ClosedByHost());
    CHECK(WaitFor([&] { return live.host->Status().failed_joins == 1; }));
    CHECK(live.ReporterAStillWorks());
}

TEST_CASE("a flood of connections is cut off without affecting the live hearing", "[live][security]") {
    LiveHearing live([](LiveHostOptions o) {
        o.handshake_timeout_ms = 300;
        o.max_handshakes_per_ip = 4;
        o.max_failed_joins_per_ip = 100; // isolate the concurrent-handshake limit in this test
        return o;
    });
    std::vector<std::unique_ptr<RawPeer>> flood;
    for (int i = 0; i < 60; ++i)
        flood.push_back(std::make_unique<RawPeer>(live.port));
    CHECK(live.ReporterAStillWorks());
    CHECK(WaitFor([&] { return live.host->Status().refused_connections >= 56; }));
    // The few admitted ones are dropped when their handshake deadline passes.
    int closed = 0;
    for (auto& p : flood)
        closed += p->ClosedByHost(1500) ? 1 : 0;
    CHECK(closed == 60);
    CHECK(live.ReporterAStillWorks());
    // Afterwards a real reporter gets in.
    LiveClient b(live.fx.ClientOptions('B', live.port));
    b.Start();
    CHECK(WaitFor([&] { return b.Status().state == LiveLinkState::Connected; }));
}

TEST_CASE("a joined reporter cannot overwrite the other reporter's notes", "[live][security]") {
    LiveHearing live;
    REQUIRE(live.ReporterAStillWorks());
    auto notes = live.store_a->ListNotes(live.fx.hearing_id, 'A');
    REQUIRE(notes.size() == 1);
    RawPeer peer(live.port);
    REQUIRE(peer.Join(hd::test::kTestCode, 'B'));
    LiveNoteVersion v = ForgedNote(1, notes[0].uuid, "overschreven door B");
    v.version = 5;
    peer.SendFrame(peer.Seal(v));
    auto ack = peer.ReadMessage();
    REQUIRE(ack);
    CHECK(std::holds_alternative<LiveAck>(*ack));
    CHECK(live.host->Status().rejected_versions == 1);
    live.host->Stop();
    auto host_store = PlanStore::Open(live.fx.host_plan);
    auto kept = host_store->GetNote(notes[0].uuid);
    REQUIRE(kept);
    CHECK(kept->text == notes[0].text);
    CHECK(kept->version == 1);
}
