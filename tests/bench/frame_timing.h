// CPU time per frame of one screen on the UI thread, headless: shared by the UI frame benchmarks.
#pragma once
#include <vector>

#include "app/app_state.h"
#include "core/workspace/workspace.h"
#include "tests/bench/bench_support.h"
#include "tests/ui/ui_harness.h"

namespace hd::bench {

struct FrameStats {
    double median, p99;
};

inline FrameStats MeasureFrames(AppState& state, Workspace& ws, Screen screen, int frames) {
    state.screen = screen;
    test::HeadlessUi ui(state, ws);
    ui.Frame(10); // warm caches (the workspace reads the notes once)
    std::vector<double> ms;
    for (int i = 0; i < frames; ++i) {
        double t0 = ThreadCpuMs();
        ui.Frame();
        ms.push_back(ThreadCpuMs() - t0);
    }
    return {Percentile(ms, 0.5), Percentile(ms, 0.99)};
}

} // namespace hd::bench
