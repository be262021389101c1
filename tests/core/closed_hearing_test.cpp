// Approved minutes close their hearing for every way a note can arrive: hearingctl capture and
// import (with a message in the user's language) and the live link (the reporter is told why, the
// host acknowledges nothing, the note stays in the reporter's own plan).
#include <catch2/catch.hpp>

#include <fstream>

#include "core/live/live_client.h"
#include "core/live/live_host.h"
#include "core/live/live_outbox.h"
#include "core/review/review_store.h"
#include "core/store/store.h"
#include "tests/support/child_process.h"
#include "tests/support/live_fixture.h"
#include "tests/support/temp_dir.h"

using namespace hd;
using hd::test::CommitNote;
using hd::test::LiveFixture;
using hd::test::WaitFor;

namespace {
struct ClosedPlan {
    test::TempDir dir;
    std::string path = dir.File("closed.hdesk");
    int64_t hearing_id = 0;
    ClosedPlan() {
        Plan plan;
        plan.name = "Veiligheidsplan Tienen";
        auto store = PlanStore::Create(path, plan);
        Theme t;
        t.title = "Woninginbraken";
        Hearing h;
        h.theme_id = store->AddTheme(t);
        hearing_id = store->AddHearing(h);
        Note n;
        n.hearing_id = hearing_id;
        n.text = "Een notitie van voor de goedkeuring";
        store->AddNote(n, "A");
        ReviewStore(*store).Approve(hearing_id, "Mieke De Vos", 1000);
    }
    int64_t Count() { return PlanStore::Open(path)->CountNotes(hearing_id); }
};
} // namespace

TEST_CASE("capture into a hearing with approved minutes is refused before anything is read", "[approval][cli]") {
    ClosedPlan p;
    test::ChildOptions opts;
    opts.stdin_data = "nog een notitie\n";
    auto r = test::RunHearingctl({"capture", p.path, "--hearing", std::to_string(p.hearing_id), "--reporter", "B"}, opts);
    CHECK(r.exit_code != 0);
    CHECK(r.out.find("saved") == std::string::npos);
    CHECK(r.err.find("approved") != std::string::npos);
    CHECK(p.Count() == 1);
    opts.env = {"HD_LANG=nl"};
    r = test::RunHearingctl({"capture", p.path, "--hearing", std::to_string(p.hearing_id), "--reporter", "B"}, opts);
    CHECK(r.exit_code != 0);
    CHECK(r.err.find("goedgekeurd") != std::string::npos);
    CHECK(p.Count() == 1);
}

TEST_CASE("importing a transcript into a hearing with approved minutes is refused", "[approval][cli]") {
    ClosedPlan p;
    std::string txt = p.dir.File("b.txt");
    std::ofstream(txt) << "[00:01:00] Jan: Een late notitie\n";
    auto r = test::RunHearingctl({"import", p.path, "--hearing", std::to_string(p.hearing_id), "--reporter", "B", txt});
    CHECK(r.exit_code != 0);
    CHECK(r.err.find("approved") != std::string::npos);
    CHECK(p.Count() == 1);
}

TEST_CASE("the live host refuses notes for a closed hearing, the reporter keeps them and learns why",
          "[approval][live]") {
    LiveFixture fx;
    LiveHost host(fx.HostOptions());
    host.Start();
    REQUIRE(host.WaitUntilRunning(5000));
    uint16_t port = host.Status().port;
    LiveClient a(fx.ClientOptions('A', port));
    a.Start();
    REQUIRE(WaitFor([&] { return a.Status().state == LiveLinkState::Connected; }));
    auto store_a = PlanStore::Open(fx.plan_a);
    Note first = CommitNote(*store_a, fx.hearing_id, 'A', "Voor de goedkeuring");
    a.NotifyCommitted(first.uuid, first.version);
    REQUIRE(WaitFor([&] { return a.IsDelivered(first.uuid, first.version); }));
    // The core group approves the facilitator's minutes while the reporter is connected.
    {
        auto host_store = PlanStore::Open(fx.host_plan);
        ReviewStore(*host_store).Approve(fx.hearing_id, "Mieke De Vos", 2000, "Enkel A nam notities.");
    }
    Note late = CommitNote(*store_a, fx.hearing_id, 'A', "Na de goedkeuring getypt");
    a.NotifyCommitted(late.uuid, late.version);
    REQUIRE(WaitFor([&] { return a.Status().state == LiveLinkState::Refused; }));
    LiveClientStatus s = a.Status();
    CHECK(s.refusal == LiveRefusal::HearingClosed);
    CHECK(s.error_key == "live.refused_closed");
    CHECK(s.pending == 1);
    CHECK_FALSE(a.IsDelivered(late.uuid, late.version));
    CHECK(a.IsDelivered(first.uuid, first.version));
    a.Stop();
    // Nothing acknowledged is lost and nothing refused was stored by the host.
    CHECK(store_a->GetNote(late.uuid)->text == "Na de goedkeuring getypt");
    CHECK(LiveOutbox(*store_a, fx.hearing_id, 'A').PendingCount() == 1);
    auto host_store = PlanStore::Open(fx.host_plan);
    CHECK(host_store->GetNote(first.uuid));
    CHECK_FALSE(host_store->GetNote(late.uuid));
    // A reporter joining a closed hearing is refused at once, with the same reason.
    LiveClient again(fx.ClientOptions('A', port));
    again.Start();
    REQUIRE(WaitFor([&] { return again.Status().state == LiveLinkState::Refused; }));
    CHECK(again.Status().refusal == LiveRefusal::HearingClosed);
    again.Stop();
    host.Stop();
}
