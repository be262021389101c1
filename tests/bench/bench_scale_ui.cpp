// Scale benchmark (issue 6): a plan of 20 hearings x 2 reporters x 2,500 notes (100,000 notes).
//   open          PlanStore::Open + themes, hearings, note count          target <= 150 ms
//   frames        CPU per frame of every screen, headless                 target <= 4 ms
//   merge         the largest hearing, 2,500 + 2,500 notes                target <= 100 ms
//   clustering    a theme of 5,000 notes                                  target <= 1 s
//   memory        peak resident (VmHWM) of this process, all of the above target <= 200 MB
// Each figure is printed with its target and a baseline measured in the same run.
//   cmake --build build --target bench_scale_ui && ./build/bench_scale_ui
#include <sqlite3.h>

#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "app/ui_frame.h"
#include "core/cluster/cluster_store.h"
#include "core/cluster/clustering.h"
#include "core/base/i18n.h"
#include "core/merge/merge.h"
#include "core/merge/merge_store.h"
#include "core/text/text_analysis.h"
#include "tests/bench/bench_support.h"
#include "tests/bench/frame_timing.h"
#include "tests/ui/ui_harness.h"

using namespace hd;
using namespace hd::bench;

namespace {
// Peak resident set size of this process so far, in MB (Linux /proc/self/status VmHWM).
double PeakRssMb() {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

double Median(std::vector<double> v) { return Percentile(std::move(v), 0.5); }

// Wall-clock and CPU time (this process) of one run, medians over `runs`. CPU time is the figure that
// does not depend on what else the machine is doing; wall time includes waiting for the disk.
struct Timing {
    double wall = 0, cpu = 0;
};

template <class F> Timing MedianMs(int runs, F&& f) {
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        double w0 = NowMs(), c0 = CpuMs();
        f();
        cpu.push_back(CpuMs() - c0);
        wall.push_back(NowMs() - w0);
    }
    return {Median(wall), Median(cpu)};
}

void BenchOpen(const std::string& path) {
    auto open_and_list = [&](const OpenOptions& o) {
        auto store = PlanStore::Open(path, o);
        store->ListThemes();
        store->ListHearings();
        if (store->CountNotes() != 100000) std::printf("unexpected plan shape\n");
    };
    OpenOptions full, quick, none;
    quick.quick_integrity = true;
    none.check_integrity = false;
    Timing t_full = MedianMs(7, [&] { open_and_list(full); });
    Timing t_quick_open = MedianMs(7, [&] { open_and_list(quick); });
    Timing t_none = MedianMs(7, [&] { open_and_list(none); });
    Timing t_background = MedianMs(3, [&] {
        if (CheckPlanIntegrity(path) != "ok") std::printf("integrity problem\n");
    });
    auto pragma_ms = [&](const char* sql) {
        return MedianMs(7, [&] {
            Database db(path, Database::Mode::ReadOnly);
            Statement st(db, sql);
            st.Step();
        });
    };
    Timing t_integrity = pragma_ms("PRAGMA integrity_check");
    Timing t_quick = pragma_ms("PRAGMA quick_check");
    Timing t_base = MedianMs(7, [&] {
        sqlite3* db = nullptr;
        sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_exec(db, "SELECT count(*) FROM note", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    });
    std::printf("open, 100,000 notes (Open + themes + hearings + count), median of 7:   wall / CPU\n");
    std::printf("  with integrity_check (default)   %7.1f / %7.1f ms   [target <= 150 ms]\n", t_full.wall, t_full.cpu);
    std::printf("  with quick_check (quick_integrity) %5.1f / %7.1f ms   [target <= 150 ms]\n", t_quick_open.wall, t_quick_open.cpu);
    std::printf("    + CheckPlanIntegrity, on a background thread after open: %.1f / %.1f ms\n", t_background.wall,
                t_background.cpu);
    std::printf("  without an integrity check       %7.1f / %7.1f ms\n", t_none.wall, t_none.cpu);
    std::printf("    PRAGMA integrity_check alone   %7.1f / %7.1f ms\n", t_integrity.wall, t_integrity.cpu);
    std::printf("    PRAGMA quick_check alone       %7.1f / %7.1f ms\n", t_quick.wall, t_quick.cpu);
    std::printf("  baseline, bare sqlite3 open + count(*): %.1f / %.1f ms\n", t_base.wall, t_base.cpu);
}

void BenchMerge(const std::string& path, int64_t hearing_id, const TextAnalyzer& analyzer) {
    auto store = PlanStore::Open(path);
    std::vector<MergeNote> a = StoredMergeNotes(*store, hearing_id, 'A');
    std::vector<MergeNote> b = StoredMergeNotes(*store, hearing_id, 'B');
    Timing t_merge = MedianMs(5, [&] { MergeTranscripts(a, b, analyzer); });
    Timing t_base = MedianMs(5, [&] {
        for (const auto* side : {&a, &b})
            for (const MergeNote& n : *side) analyzer.ContentStems(n.text);
    });
    MergeStore merges(*store);
    double t0 = NowMs();
    MergeRunResult r = merges.RunMerge(hearing_id, analyzer, {}, "bench");
    double t_run = NowMs() - t0;
    std::printf("merge of the largest hearing (%zu + %zu notes), median of 5:   wall / CPU\n", a.size(), b.size());
    std::printf("  MergeTranscripts                 %7.1f / %7.1f ms   [target <= 100 ms]\n", t_merge.wall, t_merge.cpu);
    std::printf("  MergeStore::RunMerge (read, merge, store %zu entries) %.1f ms wall, once\n", r.entries, t_run);
    std::printf("  baseline, stemming every note once: %.1f / %.1f ms\n", t_base.wall, t_base.cpu);
}

void BenchClustering(const std::string& path, int64_t hearing_id, int64_t theme_id, const TextAnalyzer& analyzer) {
    auto store = PlanStore::Open(path);
    std::vector<std::string> texts;
    for (const Note& n : store->ListNotes(hearing_id)) texts.push_back(n.text);
    Timing t_cluster = MedianMs(3, [&] { ClusterTexts(analyzer, texts); });
    Timing t_base = MedianMs(3, [&] {
        TfidfVectorizer v(analyzer);
        v.FitTransform(texts);
    });
    // What the board does: cluster the theme's contributions (after the merge above) and store them.
    double t0 = NowMs();
    ReclusterReport rep = ClusterStore(*store, analyzer).Recluster(theme_id);
    double t_store = NowMs() - t0;
    std::printf("clustering a theme of %zu notes, median of 3:   wall / CPU (all threads)\n", texts.size());
    std::printf("  ClusterTexts                     %7.1f / %7.1f ms   [target <= 1000 ms]\n", t_cluster.wall, t_cluster.cpu);
    std::printf("  ClusterStore::Recluster (merged contributions, stored: %zu placed) %.1f ms wall, once\n", rep.placed, t_store);
    std::printf("  baseline, TF-IDF vectors only: %.1f / %.1f ms\n", t_base.wall, t_base.cpu);
}


void BenchFrames(const std::string& path, int64_t hearing_id) {
    Workspace ws;
    ws.Open(path);
    AppState state;
    state.hearing_id = hearing_id;
    state.theme_id = ws.FindHearing(hearing_id)->theme_id;
    std::printf("CPU per frame, every screen on the 100,000-note plan, largest hearing selected (headless):\n");
    std::printf("  %-12s %8s %8s   [target <= 4 ms]\n", "screen", "median", "p99");
    FrameStats base{};
    for (int s = 0; s < static_cast<int>(Screen::Count); ++s) {
        FrameStats f = MeasureFrames(state, ws, static_cast<Screen>(s), 200);
        if (static_cast<Screen>(s) == Screen::Home) base = f;
        std::printf("  %-12s %6.3f ms %6.3f ms\n", ScreenKey(static_cast<Screen>(s)), f.median, f.p99);
    }
    std::printf("  baseline (home screen, menu only): median %.3f ms\n", base.median);
}
} // namespace

int main() {
    double rss_start = PeakRssMb();
    GlobalTranslator().LoadDirectory(FindAssetsDir() + "/lang");
    std::string path = (std::filesystem::temp_directory_path() / "hd-bench-scale.hdesk").string();
    double t0 = NowMs();
    LargePlan plan = BuildLargePlan(path, 20, 2500);
    std::printf("built 20 hearings x 2 reporters x 2,500 notes in %.0f ms (%.1f MB file)\n\n", NowMs() - t0,
                static_cast<double>(std::filesystem::file_size(path)) / 1e6);
    TextAnalyzer analyzer(FindAssetsDir());
    int64_t largest = plan.hearing_ids.back(); // all hearings are equal; take the last
    int64_t theme_id = 0;
    {
        auto store = PlanStore::Open(path);
        theme_id = store->GetHearing(largest)->theme_id;
    }
    BenchOpen(path);
    std::printf("  peak resident so far: %.1f MB\n\n", PeakRssMb());
    BenchMerge(path, largest, analyzer);
    std::printf("  peak resident so far: %.1f MB\n\n", PeakRssMb());
    BenchClustering(path, largest, theme_id, analyzer);
    std::printf("  peak resident so far: %.1f MB\n\n", PeakRssMb());
    BenchFrames(path, largest);
    std::printf("\npeak resident memory (VmHWM), whole run: %.1f MB   [target <= 200 MB]\n", PeakRssMb());
    std::printf("  baseline, this process at start: %.1f MB\n", rss_start);
    std::filesystem::remove(path);
    return 0;
}
