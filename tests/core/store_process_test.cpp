// Tests that need other processes: a reporter killed mid-entry, two writers on one plan,
// locked / read-only / corrupt files, and migration from a version-1 plan.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "core/store/db.h"
#include "core/base/errors.h"
#include "core/store/migrations.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {

struct PlanWithHearing {
    std::string path;
    int64_t hearing_id = 0;
};

PlanWithHearing MakePlan(const std::string& path) {
    Plan plan;
    plan.name = "Crashplan";
    auto store = PlanStore::Create(path, plan);
    Theme t;
    t.title = "Illegale drugs";
    Hearing h;
    h.theme_id = store->AddTheme(t);
    return {path, store->AddHearing(h)};
}

// Runs `hearingctl capture` with notes on its stdin; returns pid, stdin fd and stdout fd.
struct Child {
    pid_t pid = -1;
    int in = -1, out = -1;
};

Child SpawnCapture(const PlanWithHearing& p, const char* reporter) {
    // Writing to a killed child's stdin must fail with EPIPE, not kill the test process.
    signal(SIGPIPE, SIG_IGN);
    int to_child[2], from_child[2];
    REQUIRE(pipe(to_child) == 0);
    REQUIRE(pipe(from_child) == 0);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        dup2(to_child[0], 0);
        dup2(from_child[1], 1);
        close(to_child[1]);
        close(from_child[0]);
        std::string hearing = std::to_string(p.hearing_id);
        execl(HD_HEARINGCTL, "hearingctl", "capture", p.path.c_str(), "--hearing", hearing.c_str(), "--reporter",
              reporter, static_cast<char*>(nullptr));
        _exit(127);
    }
    close(to_child[0]);
    close(from_child[1]);
    return {pid, to_child[1], from_child[0]};
}

// Blocks until the child has acknowledged its first note, and returns what it printed so far. Killing
// only after that keeps the test meaningful on a loaded machine, where the child may not even have
// opened the plan within a fixed delay.
std::string ReadUntilFirstAcknowledgement(int fd) {
    std::string seen;
    char buf[256];
    ssize_t n;
    while (seen.find('\n') == std::string::npos && (n = read(fd, buf, sizeof buf)) > 0)
        seen.append(buf, static_cast<size_t>(n));
    return seen;
}

std::set<std::string> ReadAcknowledged(int fd, std::string all = {}) {
    char buf[4096];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0) all.append(buf, static_cast<size_t>(n));
    std::set<std::string> acked;
    std::istringstream in(all);
    std::string word, uuid;
    while (in >> word >> uuid)
        if (word == "saved") acked.insert(uuid);
    return acked;
}

} // namespace

TEST_CASE("a reporter killed with SIGKILL during rapid entry loses no acknowledged note", "[store][crash]") {
    test::TempDir dir;
    std::mt19937 rng(12345);
    for (int run = 0; run < 5; ++run) {
        auto plan = MakePlan(dir.File("crash" + std::to_string(run) + ".hdesk"));
        Child c = SpawnCapture(plan, "A");
        // Feed notes in a background thread as fast as the pipe takes them.
        std::thread feeder([fd = c.in] {
            for (int i = 0; i < 5000; ++i) {
                std::string line = "Notitie " + std::to_string(i) + " over overlast aan het station, één keer\n";
                if (write(fd, line.data(), line.size()) < 0) break;
            }
        });
        std::string first = ReadUntilFirstAcknowledgement(c.out);
        std::this_thread::sleep_for(std::chrono::milliseconds(50 + rng() % 200));
        kill(c.pid, SIGKILL);
        waitpid(c.pid, nullptr, 0);
        close(c.in);
        feeder.join();
        std::set<std::string> acked = ReadAcknowledged(c.out, first);
        close(c.out);
        auto store = PlanStore::Open(plan.path);
        CHECK(store->IntegrityCheck() == "ok");
        std::set<std::string> stored;
        for (const Note& n : store->ListNotes(plan.hearing_id)) stored.insert(n.uuid);
        INFO("run " << run << ": acknowledged " << acked.size() << ", stored " << stored.size());
        CHECK(!acked.empty());
        for (const std::string& uuid : acked) CHECK(stored.count(uuid) == 1);
        // Sequence numbers stay gap-free: each commit was all or nothing.
        auto notes = store->ListNotes(plan.hearing_id, 'A');
        for (size_t i = 0; i < notes.size(); ++i) CHECK(notes[i].seq == static_cast<int64_t>(i + 1));
    }
}

TEST_CASE("two processes writing the same plan lose nothing", "[store][concurrency]") {
    test::TempDir dir;
    auto plan = MakePlan(dir.File("shared.hdesk"));
    Child a = SpawnCapture(plan, "A");
    Child b = SpawnCapture(plan, "B");
    std::string lines_a, lines_b;
    for (int i = 0; i < 300; ++i) {
        lines_a += "A zegt " + std::to_string(i) + "\n";
        lines_b += "B zegt " + std::to_string(i) + "\n";
    }
    std::thread ta([&] { CHECK(write(a.in, lines_a.data(), lines_a.size()) == static_cast<ssize_t>(lines_a.size())); close(a.in); });
    std::thread tb([&] { CHECK(write(b.in, lines_b.data(), lines_b.size()) == static_cast<ssize_t>(lines_b.size())); close(b.in); });
    ta.join();
    tb.join();
    auto acked_a = ReadAcknowledged(a.out);
    auto acked_b = ReadAcknowledged(b.out);
    int status_a = 0, status_b = 0;
    waitpid(a.pid, &status_a, 0);
    waitpid(b.pid, &status_b, 0);
    close(a.out);
    close(b.out);
    CHECK(WEXITSTATUS(status_a) == 0);
    CHECK(WEXITSTATUS(status_b) == 0);
    CHECK(acked_a.size() == 300);
    CHECK(acked_b.size() == 300);
    auto store = PlanStore::Open(plan.path);
    CHECK(store->CountNotes(plan.hearing_id, 'A') == 300);
    CHECK(store->CountNotes(plan.hearing_id, 'B') == 300);
    CHECK(store->IntegrityCheck() == "ok");
}

TEST_CASE("a plan locked by another writer gives a clear message and changes nothing", "[store][lock]") {
    test::TempDir dir;
    auto plan = MakePlan(dir.File("locked.hdesk"));
    auto store = PlanStore::Open(plan.path);
    Database holder(plan.path, Database::Mode::ReadWrite);
    holder.SetLockWaitMs(0);
    holder.Exec("BEGIN EXCLUSIVE");
    // Our store waits for the lock (kDefaultLockWaitMs), then reports; shorten it for the test.
    store->Db().SetLockWaitMs(200);
    Note n;
    n.hearing_id = plan.hearing_id;
    n.text = "mag niet verloren gaan";
    try {
        store->AddNote(n);
        FAIL("expected the lock to be reported");
    } catch (const StoreError& e) {
        CHECK(e.Key() == "err.db_busy");
    }
    holder.Exec("ROLLBACK");
    CHECK(store->CountNotes(plan.hearing_id) == 0);
    store->AddNote(n); // works again once the other program lets go
    CHECK(store->CountNotes(plan.hearing_id) == 1);
}

TEST_CASE("a read-only plan file gives a clear message and stays unchanged", "[store][readonly]") {
    // Opened read-only by request: file permissions would not stop root, who runs CI.
    test::TempDir dir;
    auto plan = MakePlan(dir.File("ro.hdesk"));
    {
        auto s = PlanStore::Open(plan.path);
        Note n;
        n.hearing_id = plan.hearing_id;
        n.text = "bestaande notitie";
        s->AddNote(n);
    }
    OpenOptions ro;
    ro.read_only = true;
    auto store = PlanStore::Open(plan.path, ro);
    Note n;
    n.hearing_id = plan.hearing_id;
    n.text = "nieuw";
    try {
        store->AddNote(n);
        FAIL("expected read-only refusal");
    } catch (const StoreError& e) {
        CHECK(e.Key() == "err.db_readonly");
    }
    CHECK(store->CountNotes(plan.hearing_id) == 1);
}

TEST_CASE("a damaged plan file is refused and left byte-identical", "[store][corrupt]") {
    test::TempDir dir;
    auto plan = MakePlan(dir.File("damaged.hdesk"));
    {
        auto s = PlanStore::Open(plan.path);
        for (int i = 0; i < 200; ++i) {
            Note n;
            n.hearing_id = plan.hearing_id;
            n.text = "notitie " + std::to_string(i) + std::string(200, 'x');
            s->AddNote(n);
        }
        s->Db().Exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    // Overwrite a page in the middle of the file with garbage.
    {
        std::fstream f(plan.path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096 * 3);
        std::string junk(4096, '\x7f');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    auto read_all = [&] {
        std::ifstream in(plan.path, std::ios::binary);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    };
    std::string before = read_all();
    try {
        PlanStore::Open(plan.path);
        FAIL("expected the damage to be reported");
    } catch (const StoreError& e) {
        CHECK(e.Key() == "err.db_corrupt");
    }
    CHECK(read_all() == before);
}

namespace {
void WriteVersion1Plan(const std::string& path) {
    // The fixture is the SQL text of a plan written by schema version 1.
    std::ifstream in(std::string(HD_TESTS_DIR) + "/fixtures/plan_v1.sql");
    REQUIRE(in);
    std::string sql((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Database db(path, Database::Mode::ReadWriteCreate);
    db.Exec(sql.c_str());
    REQUIRE(db.UserVersion() == 1);
}
} // namespace

TEST_CASE("a damaged backup file left beside an old plan does not block its migration", "[store][migration]") {
    test::TempDir dir;
    std::string path = dir.File("v1.hdesk");
    WriteVersion1Plan(path);
    { std::ofstream(path + ".v1.bak") << "not a database: half a backup from a killed run"; }
    auto store = PlanStore::Open(path); // refused before: the backup went into the damaged file
    CHECK(store->Db().UserVersion() == LatestSchemaVersion());
    REQUIRE(store->LastBackupPath() == path + ".v1.bak");
    Database backup(store->LastBackupPath(), Database::Mode::ReadOnly);
    CHECK(backup.UserVersion() == 1);
    Statement plans(backup, "SELECT name FROM plan");
    REQUIRE(plans.Step());
    CHECK(plans.Text(0) == "Veiligheidsplan Halle 2008–2013");
    CHECK_FALSE(std::filesystem::exists(path + ".v1.bak.partial"));
}

TEST_CASE("a version 1 plan migrates, keeps its data and leaves a backup", "[store][migration]") {
    test::TempDir dir;
    std::string path = dir.File("v1.hdesk");
    {
        // The fixture is the SQL text of a plan written by schema version 1.
        std::ifstream in(std::string(HD_TESTS_DIR) + "/fixtures/plan_v1.sql");
        REQUIRE(in);
        std::string sql((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        Database db(path, Database::Mode::ReadWriteCreate);
        db.Exec(sql.c_str());
        REQUIRE(db.UserVersion() == 1);
    }
    auto store = PlanStore::Open(path);
    CHECK(store->Db().UserVersion() == LatestSchemaVersion());
    CHECK_FALSE(store->LastBackupPath().empty());
    {
        Database backup(store->LastBackupPath(), Database::Mode::ReadOnly);
        CHECK(backup.UserVersion() == 1);
    }
    CHECK(store->GetPlan().name == "Veiligheidsplan Halle 2008–2013");
    auto themes = store->ListThemes();
    REQUIRE(themes.size() == 1);
    CHECK(themes[0].title == "Jeugd");
    auto hearings = store->ListHearings();
    REQUIRE(hearings.size() == 1);
    CHECK(hearings[0].clock_accumulated_ms == 0); // column added by migration 2
    auto notes = store->ListNotes(hearings[0].id);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].text == "Jongeren hebben geen plek; de jeugdraad wordt niet gehoord");
    CHECK(notes[1].text == "Een ontmoetingsruimte in de Oudstrijdersstraat, met straathoekwerk erbĳ");
    // Drafts work after migration 2.
    store->SaveDraft(hearings[0].id, 'A', {"concept", 0, NoteKind::Other, 1});
    CHECK(store->LoadDraft(hearings[0].id, 'A')->text == "concept");
}
