// The real window: GLFW + OpenGL3 backends (inside Debian's libimgui.a), frame loop, screenshots.
#pragma once
#include <string>

namespace hd {
struct AppState;
class Workspace;

struct PlatformOptions {
    int width = 1600;
    int height = 900;
    std::string screenshot_path; // when set: render `frames` frames, save a PNG, exit
    int frames = 6;
    bool visible = true;
    // The audience view's own window: opened on a second monitor while the projection is shown.
    // `force_audience_window` opens it even on one monitor (as a window), e.g. to try it under xvfb;
    // `audience_screenshot_path` saves that window too in screenshot mode.
    bool force_audience_window = false;
    std::string audience_screenshot_path;
};

// Runs until the user quits (or the screenshot is written). Returns the process exit code.
int RunWindow(AppState& state, Workspace& ws, const PlatformOptions& options);
} // namespace hd
