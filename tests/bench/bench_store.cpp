// Store benchmark (issue 2): note commit latency (WAL, synchronous=FULL) and open time of a plan
// with 100,000 notes. Baselines from the same run: bare sqlite3 with a rollback journal for commits,
// and a bare sqlite3 open + count for opening (what any SQLite app pays at least).
//   cmake --build build --target bench_store && ./build/bench_store
#include <sqlite3.h>

#include <cstdio>
#include <filesystem>

#include "tests/bench/bench_support.h"

using namespace hd;
using namespace hd::bench;

namespace {
std::string TempPath(const char* name) { return (std::filesystem::temp_directory_path() / name).string(); }

void BenchCommit(int count) {
    std::string path = TempPath("hd-bench-commit.hdesk");
    std::filesystem::remove(path);
    Plan plan;
    plan.name = "Commit";
    auto store = PlanStore::Create(path, plan);
    Theme t;
    t.title = "Jeugd";
    Hearing h;
    h.theme_id = store->AddTheme(t);
    int64_t hid = store->AddHearing(h);
    std::vector<double> ms;
    for (int i = 0; i < count; ++i) {
        Note n;
        n.hearing_id = hid;
        n.text = "Een bijdrage over overlast aan het station, nummer " + std::to_string(i) + ", één café";
        double t0 = NowMs();
        store->AddNote(n);
        ms.push_back(NowMs() - t0);
    }
    // Baseline: one INSERT per transaction with SQLite's default rollback journal, synchronous FULL.
    std::string base = TempPath("hd-bench-commit-baseline.db");
    std::filesystem::remove(base);
    sqlite3* db = nullptr;
    sqlite3_open(base.c_str(), &db);
    sqlite3_exec(db, "PRAGMA synchronous=FULL; CREATE TABLE note(uuid TEXT PRIMARY KEY, text TEXT)", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO note VALUES(?, ?)", -1, &st, nullptr);
    std::vector<double> base_ms;
    for (int i = 0; i < count; ++i) {
        std::string id = NewUuid(), text = "baseline " + std::to_string(i);
        double t0 = NowMs();
        sqlite3_bind_text(st, 1, id.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, text.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_step(st);
        sqlite3_reset(st);
        base_ms.push_back(NowMs() - t0);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    std::printf("note commit (%d notes): median %.3f ms, p99 %.3f ms   [target median <= 2 ms]\n", count,
                Percentile(ms, 0.5), Percentile(ms, 0.99));
    std::printf("  baseline, bare sqlite3 rollback journal: median %.3f ms, p99 %.3f ms\n", Percentile(base_ms, 0.5),
                Percentile(base_ms, 0.99));
}

void BenchOpen() {
    std::string path = TempPath("hd-bench-open.hdesk");
    double t0 = NowMs();
    BuildLargePlan(path, 20, 2500);
    std::printf("built a plan with 100,000 notes in %.0f ms (%.1f MB)\n", NowMs() - t0,
                static_cast<double>(std::filesystem::file_size(path)) / 1e6);
    std::vector<double> ms, ms_quick, base;
    for (int i = 0; i < 5; ++i) {
        double a = NowMs();
        auto store = PlanStore::Open(path);
        auto themes = store->ListThemes();
        auto hearings = store->ListHearings();
        auto count = store->CountNotes();
        ms.push_back(NowMs() - a);
        if (count != 100000 || themes.size() != 20 || hearings.size() != 20) std::printf("unexpected plan shape\n");
    }
    for (int i = 0; i < 5; ++i) {
        double a = NowMs();
        sqlite3* db = nullptr;
        sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_exec(db, "SELECT count(*) FROM note", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        base.push_back(NowMs() - a);
    }
    std::printf("open plan with 100,000 notes (integrity_check, themes, hearings, count): median %.1f ms, max %.1f ms"
                "   [target <= 150 ms]\n",
                Percentile(ms, 0.5), Percentile(ms, 1.0));
    std::printf("  baseline, bare sqlite3 open + count(*): median %.1f ms\n", Percentile(base, 0.5));
}
} // namespace

int main() {
    BenchCommit(500);
    BenchOpen();
    return 0;
}
