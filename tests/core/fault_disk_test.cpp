// Write faults and shared plans (issue 6): a full disk (RLIMIT_FSIZE in the child, as `ulimit -f` does)
// during capture, import and export; a second process holding the plan's lock; plans of every older
// schema version; a plan of a newer version left untouched.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/store/db.h"
#include "core/base/errors.h"
#include "core/store/migrations.h"
#include "core/store/store.h"
#include "core/transcript/transcript.h"
#include "core/base/uuid.h"
#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {

struct SmallPlan {
    std::string path;
    int64_t hearing_id = 0;
};

SmallPlan MakePlan(const std::string& path) {
    Plan plan;
    plan.name = "Veiligheidsplan Aarschot";
    auto store = PlanStore::Create(path, plan);
    Theme t;
    t.title = "Verkeersveiligheid";
    Hearing h;
    h.theme_id = store->AddTheme(t);
    SmallPlan out{path, store->AddHearing(h)};
    store->Db().Exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return out;
}

std::string ReadAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

bool IsWriteFailureMessage(const std::string& err) {
    return err.find("Could not write") != std::string::npos || err.find("disk is full") != std::string::npos;
}

} // namespace

TEST_CASE("a full disk during capture gives a clear message and keeps every acknowledged note", "[fault][disk]") {
    test::TempDir dir;
    SmallPlan plan = MakePlan(dir.File("full.hdesk"));
    std::string lines;
    for (int i = 0; i < 2000; ++i) lines += "Notitie " + std::to_string(i) + " over snelheid in de schoolstraat, één keer\n";
    test::ChildOptions opts;
    opts.stdin_data = lines;
    // Room for the plan as it is plus some 150 KB of write-ahead log: a few dozen notes.
    opts.file_size_limit = std::filesystem::file_size(plan.path) + 150 * 1024;
    auto r = test::RunHearingctl({"capture", plan.path, "--hearing", std::to_string(plan.hearing_id), "--reporter", "B"}, opts);
    INFO(r.err.substr(0, 2000));
    CHECK(r.exit_code == 3); // every line it could not store is named; it reads on to the end
    CHECK(r.signal == 0);
    CHECK(IsWriteFailureMessage(r.err));
    CHECK(r.err.find("was not stored") != std::string::npos);
    auto acked = test::Acknowledged(r.out);
    CHECK(acked.size() > 5);
    CHECK(acked.size() < 2000);
    auto store = PlanStore::Open(plan.path);
    CHECK(store->IntegrityCheck() == "ok");
    auto notes = store->ListNotes(plan.hearing_id, 'B');
    std::set<std::string> stored;
    for (const Note& n : notes) stored.insert(n.uuid);
    CHECK(stored == acked); // the failed note was rolled back, every acknowledged one is there
    // With room again, capture carries on where it stopped.
    test::ChildOptions more;
    more.stdin_data = "na de volle schijf\n";
    auto r2 = test::RunHearingctl({"capture", plan.path, "--hearing", std::to_string(plan.hearing_id), "--reporter", "B"}, more);
    CHECK(r2.exit_code == 0);
    CHECK(store->CountNotes(plan.hearing_id, 'B') == static_cast<int64_t>(acked.size() + 1));
}

TEST_CASE("a full disk during import stores nothing and says so", "[fault][disk]") {
    test::TempDir dir;
    SmallPlan plan = MakePlan(dir.File("import.hdesk"));
    Transcript t;
    t.reporter = "A";
    t.plan_uuid = NewUuid();
    t.hearing_uuid = NewUuid();
    for (int i = 0; i < 3000; ++i) {
        TranscriptNote n;
        n.uuid = "10000000-0000-4000-8000-" + std::to_string(100000000000 + i);
        n.seq = i + 1;
        n.text = "Bijdrage " + std::to_string(i) + " over parkeren op het voetpad aan de school, coördinatie nodig";
        t.notes.push_back(std::move(n));
    }
    std::string json = dir.File("a.json");
    std::ofstream(json) << WriteTranscriptJson(t);
    test::ChildOptions opts;
    opts.file_size_limit = std::filesystem::file_size(plan.path) + 200 * 1024;
    auto r = test::RunHearingctl({"import", plan.path, "--hearing", std::to_string(plan.hearing_id), "--attach-anyway", json}, opts);
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK(IsWriteFailureMessage(r.err));
    auto store = PlanStore::Open(plan.path);
    CHECK(store->IntegrityCheck() == "ok");
    CHECK(store->CountNotes(plan.hearing_id) == 0);
}

TEST_CASE("a full disk during export leaves no partial file under the final name", "[fault][disk][export]") {
    test::TempDir dir;
    SmallPlan plan = MakePlan(dir.File("export.hdesk"));
    {
        auto store = PlanStore::Open(plan.path);
        for (int i = 0; i < 300; ++i) {
            Note n;
            n.hearing_id = plan.hearing_id;
            n.text = "Verslagregel " + std::to_string(i) + std::string(200, 'x');
            store->AddNote(n);
        }
        store->Db().Exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    std::string out = dir.File("verslag.html");
    std::ofstream(out) << "vorige versie";
    test::ChildOptions opts;
    opts.file_size_limit = 20 * 1024; // the plan opens (no write needed) but the export cannot be written
    auto r = test::RunHearingctl({"export", plan.path, "--what", "minutes", "--hearing", std::to_string(plan.hearing_id),
                                  "--format", "html", "-o", out},
                                 opts);
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("Could not write") != std::string::npos);
    CHECK(ReadAll(out) == "vorige versie");
    for (const auto& e : std::filesystem::directory_iterator(dir.Path()))
        CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("a writer waits for another process's lock, then saves without loss", "[fault][concurrency]") {
    test::TempDir dir;
    SmallPlan plan = MakePlan(dir.File("shared.hdesk"));
    // Another process (a second window) holds the write lock for 1.5 s, within the 5 s busy timeout.
    test::ChildOptions hold;
    std::string holder_script = "import sqlite3, time\n"
                                "c = sqlite3.connect(r'''" + plan.path + "''', isolation_level=None)\n"
                                "c.execute('BEGIN EXCLUSIVE')\n"
                                "print('locked', flush=True)\n"
                                "time.sleep(1.5)\n"
                                "c.execute('ROLLBACK')\n";
    std::string script_path = dir.File("hold.py");
    std::ofstream(script_path) << holder_script;
    std::thread holder([&] { test::RunChild("/usr/bin/python3", {script_path}, hold); });
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    test::ChildOptions opts;
    opts.stdin_data = "tijdens het slot\nna het slot\n";
    auto start = std::chrono::steady_clock::now();
    auto r = test::RunHearingctl({"capture", plan.path, "--hearing", std::to_string(plan.hearing_id), "--reporter", "A"}, opts);
    auto waited = std::chrono::steady_clock::now() - start;
    holder.join();
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(test::Acknowledged(r.out).size() == 2);
    CHECK(waited > std::chrono::milliseconds(500)); // it really waited for the lock
    auto store = PlanStore::Open(plan.path);
    CHECK(store->CountNotes(plan.hearing_id, 'A') == 2);
    CHECK(store->IntegrityCheck() == "ok");
}

TEST_CASE("a lock held past the busy timeout gives err.db_busy in both languages", "[fault][concurrency]") {
    test::TempDir dir;
    SmallPlan plan = MakePlan(dir.File("busy.hdesk"));
    auto a = PlanStore::Open(plan.path);
    auto b = PlanStore::Open(plan.path);
    b->Db().SetLockWaitMs(100);
    Transaction holding(a->Db());
    Note n;
    n.hearing_id = plan.hearing_id;
    n.text = "wacht";
    try {
        b->AddNote(n);
        FAIL("expected err.db_busy");
    } catch (const StoreError& e) {
        CHECK(e.Key() == "err.db_busy");
        CHECK(std::string(e.what()).find("in use by another program") != std::string::npos);
    }
    holding.Commit();
    CHECK(b->AddNote(n).seq == 1);
}

TEST_CASE("plans of every older schema version open, migrate and keep their data", "[fault][migration]") {
    test::TempDir dir;
    for (int version = 1; version < LatestSchemaVersion(); ++version) {
        bool known = false;
        for (const Migration& m : AllMigrations()) known = known || m.version == version;
        if (!known) continue;
        INFO("schema version " << version);
        std::string path = dir.File("v" + std::to_string(version) + ".hdesk");
        {
            Database db(path, Database::Mode::ReadWriteCreate);
            Migrate(db, version);
            REQUIRE(db.UserVersion() == version);
            db.Exec("INSERT INTO plan(id, uuid, name, city, period_start, period_end) "
                    "VALUES(1, 'p-1', 'Oud plan ë', 'Diest', 2020, 2025);"
                    "INSERT INTO theme(id, position, title, problem_statement, context) VALUES(1, 0, 'Jeugd', '', '');"
                    "INSERT INTO hearing(id, uuid, theme_id, date, location, moderator, status, reporter_a, reporter_b) "
                    "VALUES(1, 'h-1', 1, '2019-05-01', 'Stadhuis', 'An', 'closed', 'A', 'B');"
                    "INSERT INTO note(uuid, hearing_id, reporter, seq, offset_ms, wall_time_ms, speaker_id, text, kind, chain, "
                    "deleted, version) VALUES('n-1', 1, 'A', 1, 1000, 1556700000000, NULL, 'Geen plek voor jongeren — ĳs', "
                    "'problem', '', 0, 1);");
        }
        auto store = PlanStore::Open(path);
        CHECK(store->Db().UserVersion() == LatestSchemaVersion());
        REQUIRE_FALSE(store->LastBackupPath().empty());
        {
            Database backup(store->LastBackupPath(), Database::Mode::ReadOnly);
            CHECK(backup.UserVersion() == version);
        }
        CHECK(store->GetPlan().name == "Oud plan ë");
        auto notes = store->ListNotes(1);
        REQUIRE(notes.size() == 1);
        CHECK(notes[0].text == "Geen plek voor jongeren — ĳs");
        CHECK(store->IntegrityCheck() == "ok");
        Note n;
        n.hearing_id = 1;
        n.text = "na de migratie";
        CHECK(store->AddNote(n).seq == 2);
    }
}

TEST_CASE("a plan of a newer version is refused byte-identical, without a backup, also read-only", "[fault][migration]") {
    test::TempDir dir;
    SmallPlan plan = MakePlan(dir.File("future.hdesk"));
    {
        Database db(plan.path, Database::Mode::ReadWrite);
        std::string sql = "PRAGMA user_version = " + std::to_string(LatestSchemaVersion() + 3);
        db.Exec(sql.c_str());
        db.Exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    std::string before = ReadAll(plan.path);
    for (bool read_only : {false, true}) {
        OpenOptions options;
        options.read_only = read_only;
        try {
            PlanStore::Open(plan.path, options);
            FAIL("expected err.newer_version");
        } catch (const StoreError& e) {
            CHECK(e.Key() == "err.newer_version");
        }
    }
    CHECK(ReadAll(plan.path) == before);
    for (const auto& e : std::filesystem::directory_iterator(dir.Path()))
        CHECK(e.path().extension() != ".bak");
}
