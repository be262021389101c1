// Live link across processes: `hearingctl live host` and two `hearingctl live report` on 127.0.0.1,
// with the host and a reporter killed (SIGKILL) and restarted. Every wait is bounded.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <map>
#include <set>

#include "core/store/db.h"
#include "core/store/store.h"
#include "tests/support/child_process.h"
#include "tests/support/live_fixture.h"
#include "tests/support/subprocess.h"

using namespace hd;
using hd::test::LiveFixture;
using hd::test::Subprocess;

namespace {
std::unique_ptr<Subprocess> StartHost(const LiveFixture& fx, const std::string& port, bool with_code) {
    std::vector<std::string> args = {
        HD_HEARINGCTL, "live", "host",  fx.host_plan, "--hearing", std::to_string(fx.hearing_id),
        "--port",      port,   "--kdf", "fast"};
    if (with_code) {
        args.push_back("--code");
        args.push_back(hd::test::kTestCode);
    }
    return std::make_unique<Subprocess>(args);
}

std::unique_ptr<Subprocess> StartReporter(const LiveFixture& fx, char reporter, const std::string& port) {
    return std::make_unique<Subprocess>(std::vector<std::string>{
        HD_HEARINGCTL, "live", "report", reporter == 'A' ? fx.plan_a : fx.plan_b, "--hearing",
        std::to_string(fx.hearing_id), "--reporter", std::string(1, reporter), "--connect",
        "127.0.0.1:" + port, "--code", hd::test::kTestCode, "--kdf", "fast", "--linger", "8000"});
}

// uuids on lines "<word> <uuid>" of a reporter's output.
std::vector<std::string> Uuids(const Subprocess& p, const std::string& word) {
    std::vector<std::string> out;
    for (const std::string& line : p.Lines())
        if (line.rfind(word + " ", 0) == 0) out.push_back(line.substr(word.size() + 1, 36));
    return out;
}

std::map<char, int64_t> HostCounts(const LiveFixture& fx) {
    auto store = PlanStore::Open(fx.host_plan);
    return {{'A', store->CountNotes(fx.hearing_id, 'A')}, {'B', store->CountNotes(fx.hearing_id, 'B')}};
}
} // namespace

TEST_CASE("hearingctl live: reporters and host in separate processes, host and reporter killed",
          "[live][cli]") {
    LiveFixture fx;
    auto host = StartHost(fx, "0", true);
    auto listening = host->ReadUntil("listening ", 10000);
    REQUIRE(listening);
    std::string port = listening->substr(listening->rfind(' ') + 1);
    REQUIRE(host->ReadUntil("code K7QM-2XRD", 2000));

    // 1. Both reporters type 15 notes each; everything is saved locally, then acknowledged.
    auto a = StartReporter(fx, 'A', port);
    auto b = StartReporter(fx, 'B', port);
    for (int i = 1; i <= 15; ++i) {
        a->WriteLine("A: bewoners klagen over overlast " + std::to_string(i));
        b->WriteLine("B: één café als knooppunt " + std::to_string(i));
    }
    a->CloseStdin();
    b->CloseStdin();
    CHECK(a->Wait(10000) == 0);
    CHECK(b->Wait(10000) == 0);
    a->ReadAll(1000);
    b->ReadAll(1000);
    auto saved_a = Uuids(*a, "saved"), acked_a = Uuids(*a, "acked");
    CHECK(saved_a.size() == 15);
    CHECK(std::set<std::string>(saved_a.begin(), saved_a.end()) ==
          std::set<std::string>(acked_a.begin(), acked_a.end()));
    CHECK(Uuids(*b, "acked").size() == 15);

    // 2. The facilitator's app is killed: everything acknowledged is in its plan.
    host->Kill(SIGKILL);
    host->Wait(5000);
    auto counts = HostCounts(fx);
    CHECK(counts['A'] == 15);
    CHECK(counts['B'] == 15);

    // 3. Reporter B keeps typing while the host is down, then its app is killed too.
    b = StartReporter(fx, 'B', port);
    for (int i = 16; i <= 25; ++i)
        b->WriteLine("B: offline genoteerd " + std::to_string(i));
    for (int i = 0; i < 10; ++i)
        REQUIRE(b->ReadUntil("saved ", 5000));
    auto offline = Uuids(*b, "saved");
    b->Kill(SIGKILL);
    b->Wait(5000);

    // 4. Host restarts on the same port with its stored code; B restarts and sends only the 10.
    host = StartHost(fx, port, false);
    REQUIRE(host->ReadUntil("listening ", 10000));
    REQUIRE(host->ReadUntil("code K7QM-2XRD", 2000));
    b = StartReporter(fx, 'B', port);
    b->CloseStdin();
    CHECK(b->Wait(10000) == 0);
    b->ReadAll(1000);
    auto resent = Uuids(*b, "acked");
    CHECK(std::set<std::string>(resent.begin(), resent.end()) ==
          std::set<std::string>(offline.begin(), offline.end()));
    CHECK(resent.size() == 10);
    host->WriteLine("status");
    auto status_b = host->ReadUntil("reporter B", 5000);
    REQUIRE(status_b);
    CHECK(status_b->find("notes 25 last_seq 25") != std::string::npos);
    host->CloseStdin();
    CHECK(host->Wait(5000) == 0);
    // The restarted host stored exactly the 10 resent notes, nothing twice.
    int stored_lines = 0;
    for (const std::string& line : host->Lines())
        stored_lines += line.rfind("stored ", 0) == 0 ? 1 : 0;
    CHECK(stored_lines == 10);

    auto store = PlanStore::Open(fx.host_plan);
    Statement st(store->Db(), "SELECT seq FROM note WHERE hearing_id = ? AND reporter = 'B' ORDER BY rowid");
    st.Bind(1, fx.hearing_id);
    int64_t expected = 1;
    while (st.Step())
        CHECK(st.Int(0) == expected++);
    CHECK(expected == 26);
    CHECK(store->CountNotes(fx.hearing_id, 'A') == 15);
}

TEST_CASE("hearingctl live report: a wrong code exits with a clear refusal", "[live][cli]") {
    LiveFixture fx;
    auto host = StartHost(fx, "0", true);
    auto listening = host->ReadUntil("listening ", 10000);
    REQUIRE(listening);
    std::string port = listening->substr(listening->rfind(' ') + 1);
    Subprocess wrong({HD_HEARINGCTL, "live", "report", fx.plan_a, "--hearing", std::to_string(fx.hearing_id),
                      "--reporter", "A", "--connect", "127.0.0.1:" + port, "--code", "ZZZZ-9999", "--kdf",
                      "fast"});
    wrong.WriteLine("blijft lokaal");
    wrong.CloseStdin();
    CHECK(wrong.Wait(10000) == 1);
    wrong.ReadAll(1000);
    CHECK(Uuids(wrong, "saved").size() == 1); // saved locally all the same
    CHECK(Uuids(wrong, "acked").empty());
    host->CloseStdin();
    CHECK(host->Wait(5000) == 0);
    CHECK(HostCounts(fx)['A'] == 0);
}

TEST_CASE("hearingctl live report: an address locked out by wrong codes is told why and how long", "[live][cli][issue16]") {
    LiveFixture fx;
    auto host = StartHost(fx, "0", true);
    auto listening = host->ReadUntil("listening ", 10000);
    REQUIRE(listening);
    std::string port = listening->substr(listening->rfind(' ') + 1);
    std::string common = " --hearing " + std::to_string(fx.hearing_id) + " --connect 127.0.0.1:" + port + " --kdf fast";
    for (int i = 0; i < 5; ++i) { // the host's limit: 5 wrong codes a minute from one address
        hd::test::ShellRun wrong =
            hd::test::RunHearingctlShell("live report " + fx.plan_a + common + " --reporter A --code ZZZZ-9999", "printf '' |");
        REQUIRE(WEXITSTATUS(wrong.status) == 1);
    }
    // The honest reporter on the same address: refused, and told so with the wait, not just "not acknowledged".
    hd::test::ShellRun honest = hd::test::RunHearingctlShell(
        "live report " + fx.plan_b + common + " --reporter B --code " + hd::test::kTestCode + " --linger 1500",
        "printf 'eerlijk verslag\\n' |");
    CHECK(WEXITSTATUS(honest.status) == 3);
    INFO(honest.out);
    size_t at = honest.out.find("Too many wrong join codes from this network address; wait ");
    REQUIRE(at != std::string::npos);
    int seconds = std::atoi(honest.out.c_str() + at + 58);
    CHECK(seconds > 50);
    CHECK(seconds <= 60);
    host->CloseStdin();
    CHECK(host->Wait(5000) == 0);
}

TEST_CASE("hearingctl live report: CR-only lines are separate notes and a bad line costs no later note",
          "[live][cli][hardening]") {
    LiveFixture fx;
    // Nobody listens on this port: every note stays local, which is all this test is about.
    hd::test::ChildOptions opts;
    opts.stdin_data = "eerste\rtweede \xff kapot\rderde, één\r\nvierde";
    auto r = hd::test::RunHearingctl({"live", "report", fx.plan_a, "--hearing", std::to_string(fx.hearing_id),
                                      "--reporter", "A", "--connect", "127.0.0.1:1", "--code",
                                      hd::test::kTestCode, "--kdf", "fast", "--linger", "200"},
                                     opts);
    INFO(r.err);
    CHECK(r.exit_code == 3); // notes only local, and line 2 not stored
    CHECK(r.err.find("line 2 was not stored: The note text is not valid UTF-8") != std::string::npos);
    CHECK(r.err.find("1 line was not stored") != std::string::npos);
    auto store = PlanStore::Open(fx.plan_a);
    std::vector<std::string> texts;
    for (const Note& n : store->ListNotes(fx.hearing_id, 'A', false))
        texts.push_back(n.text);
    CHECK(texts == std::vector<std::string>{"eerste", "derde, één", "vierde"});
}
