// Projection with the grouped view (issue 4, live use): CPU time per frame of the projection screen
// for a hearing of 10,000 notes (5,000 contributions), headless, while notes come in. Baselines from
// the same run: the same screen before the theme was clustered (the panel shows only its hint).
//   cmake --build build --target bench_projection_clusters_ui && ./build/bench_projection_clusters_ui
#include <ctime>
#include <filesystem>

#include "app/ui_frame.h"
#include "core/cluster/cluster_store.h"
#include "core/base/i18n.h"
#include "core/text/text_analysis.h"
#include "tests/bench/bench_support.h"
#include "tests/ui/ui_harness.h"

using namespace hd;
using namespace hd::bench;

namespace {
struct FrameStats {
    double median, p99;
};

// `new_note`: a reporter's note is stored before each frame (not timed) and the workspace invalidated,
// as the live link does; the frame then re-reads and counts it.
FrameStats Measure(test::HeadlessUi& ui, Workspace& ws, int64_t hearing_id, int frames, bool new_note) {
    ui.Frame(5);
    std::vector<double> ms;
    for (int i = 0; i < frames; ++i) {
        if (new_note) {
            Note n;
            n.hearing_id = hearing_id;
            n.reporter = 'A';
            n.text = "Nieuwe notitie over overlast door jongeren en drugs in de buurt " + std::to_string(i);
            n.offset_ms = 20000000 + i;
            ws.Store().AddNote(n);
            ws.Changed();
        }
        double t0 = CpuMs();
        ui.Frame();
        ms.push_back(CpuMs() - t0);
    }
    return {Percentile(ms, 0.5), Percentile(ms, 0.99)};
}

void Print(const char* what, FrameStats f) { std::printf("  %-44s median %7.3f ms, p99 %7.3f ms\n", what, f.median, f.p99); }
} // namespace

int main() {
    GlobalTranslator().LoadDirectory(FindAssetsDir() + "/lang");
    std::string path = (std::filesystem::temp_directory_path() / "hd-bench-projection-clusters.hdesk").string();
    LargePlan plan = BuildLargePlan(path, 1, 5000);
    Workspace ws;
    ws.Open(path);
    AppState state;
    state.screen = Screen::Projection;
    state.hearing_id = plan.hearing_ids[0];
    int64_t theme_id = ws.FindHearing(state.hearing_id)->theme_id;
    test::HeadlessUi ui(state, ws);

    std::printf("Projection screen, hearing with 10,000 notes (5,000 contributions), headless   [target <= 4 ms steady]\n");
    FrameStats base_steady = Measure(ui, ws, state.hearing_id, 200, false);
    FrameStats base_note = Measure(ui, ws, state.hearing_id, 40, true);

    TextAnalyzer analyzer(FindAssetsDir());
    ClusterStore clusters(ws.Store(), analyzer);
    ReclusterOptions options;
    options.k = 20;
    double t0 = NowMs();
    clusters.Recluster(theme_id, options);
    double cluster_ms = NowMs() - t0;
    ws.Changed();
    t0 = CpuMs();
    ui.Frame();
    double first_ms = CpuMs() - t0;
    FrameStats steady = Measure(ui, ws, state.hearing_id, 200, false);
    FrameStats note = Measure(ui, ws, state.hearing_id, 40, true);

    std::printf("  (clustering the theme, off the UI: %.0f ms, k = 20; first frame after it builds the live model: %.1f ms)\n",
                cluster_ms, first_ms);
    Print("grouped view, steady", steady);
    Print("grouped view, a new note every frame", note);
    Print("baseline: not clustered, steady", base_steady);
    Print("baseline: not clustered, a new note every frame", base_note);
    const LiveGroups& live = ws.Groups(state.hearing_id);
    std::printf("  groups shown: %zu, largest %d\n", live.groups.size(),
                live.groups.empty() ? 0 : live.groups[0].contributions);
    return 0;
}
