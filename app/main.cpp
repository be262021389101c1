// hearingdesk: the GUI. Thin: parse arguments, open the plan, hand over to the frame loop.
//   hearingdesk [PLAN.hdesk] [--demo] [--screen NAME] [--screenshot FILE.png] [--frames N]
//               [--size WxH] [--lang nl|en] [--reporter A|B] [--hearing ID] [--fullscreen]
//               [--audience] [--audience-window] [--audience-screenshot FILE.png]
//               [--figures] [--cycle-tab N] [--import FILE]
//   --audience: the projection starts in the audience view; --audience-window: its own window even
//   without a second monitor. --figures: the projection shows the domain's figures (F);
//   --cycle-tab N: the Plan cycle screen opens on its N-th tab (0-based).
#include <cstdio>
#include <cstring>
#include <string>

#include "app/app_state.h"
#include "app/demo_location.h"
#include "app/platform.h"
#include "app/screens/lifecycle_parts.h"
#include "app/screens/live_panel.h"
#include "app/ui_frame.h"
#include "core/workspace/workspace.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/base/settings.h"

namespace {
void Usage() {
    std::fprintf(stderr, "usage: hearingdesk [PLAN.hdesk] [--demo] [--screen NAME] [--screenshot FILE.png] [--frames N]\n"
                         "                   [--size WxH] [--lang nl|en] [--reporter A|B] [--hearing ID] [--fullscreen]\n"
                         "                   [--audience] [--audience-window] [--audience-screenshot FILE.png]\n"
                         "                   [--figures] [--cycle-tab N] [--import FILE]\n"
                         "                   [--tab KEY]   (plan cycle tab: inputs diagnosis decisions swot ...)\n");
}
} // namespace

int main(int argc, char** argv) {
    hd::GlobalTranslator().LoadDirectory(hd::FindAssetsDir(argv[0]) + "/lang");
    hd::AppState state;
    hd::Workspace ws;
    std::string problem, kept_as;
    state.settings = hd::LoadSettings(hd::DefaultSettingsPath(), &problem, &kept_as);
    hd::ApplySettings(state);
    if (!problem.empty())
        state.error_message = kept_as.empty() ? hd::GlobalTranslator().Format("err.settings_invalid", {problem})
                                              : hd::GlobalTranslator().Format("err.settings_set_aside", {problem, kept_as});

    hd::PlatformOptions options;
    std::string plan_path, screen_key, cycle_tab;
    bool demo = false;
    int64_t hearing = 0;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                Usage();
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--demo") demo = true;
        else if (a == "--screen") screen_key = next();
        else if (a == "--screenshot") options.screenshot_path = next();
        else if (a == "--frames") options.frames = std::max(1, std::atoi(next().c_str()));
        else if (a == "--size") std::sscanf(next().c_str(), "%dx%d", &options.width, &options.height);
        else if (a == "--lang") hd::GlobalTranslator().SetLanguage(next() == "en" ? hd::Language::English : hd::Language::Dutch);
        else if (a == "--reporter") state.reporter = next() == "B" ? 'B' : 'A';
        else if (a == "--hearing") hearing = std::atoll(next().c_str());
        else if (a == "--fullscreen") state.fullscreen = true;
        else if (a == "--plan-tab") state.core_review.tab = 1; // Core group screen opens on the plan overview
        else if (a == "--audience-window") options.force_audience_window = true;
        else if (a == "--audience-screenshot") options.audience_screenshot_path = next();
        else if (a == "--audience") state.projection.audience = true;
        else if (a == "--figures") state.projection.show_figures = true;
        else if (a == "--cycle-tab") state.lifecycle.open_tab = std::atoi(next().c_str());
        else if (a == "--import") { // the review screen's import dialog with FILE previewed
            state.review.import.path = next();
            state.review.import.request_open = state.review.import.preview_on_open = true;
            state.screen = hd::Screen::Review;
        }
        else if (a == "--tab") cycle_tab = next();
        else if (a == "--help" || a == "-h") { Usage(); return 0; }
        else if (!a.empty() && a[0] == '-') { Usage(); return 2; }
        else plan_path = a;
    }
    if (demo && plan_path.empty()) {
        try {
            plan_path = hd::EnsureDemoPlan();
        } catch (const hd::UserError& e) {
            std::fprintf(stderr, "hearingdesk: %s\n", hd::GlobalTranslator().Message(e).c_str());
            return 1;
        }
    }
    if (!plan_path.empty()) {
        if (!hd::OpenPlanAction(state, ws, plan_path) && !options.screenshot_path.empty()) {
            std::fprintf(stderr, "hearingdesk: %s\n", state.error_message.c_str());
            return 1;
        }
    }
    if (hearing) {
        state.hearing_id = hearing;
        if (const hd::Hearing* h = ws.FindHearing(hearing)) state.theme_id = h->theme_id;
    }
    if (!screen_key.empty() && !hd::ScreenFromKey(screen_key, state.screen)) {
        std::fprintf(stderr, "hearingdesk: unknown screen '%s'\n", screen_key.c_str());
        return 2;
    }
    if (!cycle_tab.empty() && (state.lifecycle.open_tab = hd::lifecycle::TabIndex(cycle_tab)) < 0) {
        std::fprintf(stderr, "hearingdesk: unknown plan cycle tab '%s'\n", cycle_tab.c_str());
        return 2;
    }
    int rc = hd::RunWindow(state, ws, options);
    hd::StopLive(state); // joins the live link's network threads, if any
    return rc;
}
