// UI frame benchmark (issue 2): CPU time per frame of the reporter and projection screens with a
// hearing of 10,000 notes, headless (no GPU: this is the app's own cost). Baseline from the same
// run: an ImGui frame that draws only the menu bar and an empty window.
//   cmake --build build --target bench_frame_ui && ./build/bench_frame_ui
#include <ctime>
#include <filesystem>

#include "app/ui_frame.h"
#include "core/base/i18n.h"
#include "tests/bench/bench_support.h"
#include "tests/bench/frame_timing.h"
#include "tests/ui/ui_harness.h"

using namespace hd;
using namespace hd::bench;

namespace {
} // namespace

int main() {
    GlobalTranslator().LoadDirectory(FindAssetsDir() + "/lang");
    std::string path = (std::filesystem::temp_directory_path() / "hd-bench-frame.hdesk").string();
    LargePlan plan = BuildLargePlan(path, 1, 5000); // 1 hearing x 2 reporters x 5,000 = 10,000 notes
    Workspace ws;
    ws.Open(path);
    AppState state;
    state.hearing_id = plan.hearing_ids[0];
    state.theme_id = ws.FindHearing(state.hearing_id)->theme_id;
    FrameStats base = MeasureFrames(state, ws, Screen::Home, 300);
    std::printf("CPU per frame, hearing with 10,000 notes (headless)   [target <= 4 ms]\n");
    for (Screen s : {Screen::Reporter, Screen::Projection, Screen::Review, Screen::Board}) {
        FrameStats f = MeasureFrames(state, ws, s, 300);
        std::printf("  %-12s median %.3f ms, p99 %.3f ms\n", ScreenKey(s), f.median, f.p99);
    }
    std::printf("  baseline (home screen, menu only): median %.3f ms, p99 %.3f ms\n", base.median, base.p99);
    return 0;
}
