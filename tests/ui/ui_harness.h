// Headless ImGui for UI tests: a context with no renderer (as in ImGui's example_null), fonts built
// into an atlas nobody uploads, and input driven by hand through ImGuiIO.
#pragma once
#include <string>

#include "app/app_state.h"
#include "app/ui_probe.h"
#include "core/workspace/workspace.h"

namespace hd::test {

class HeadlessUi {
public:
    HeadlessUi(AppState& state, Workspace& ws, float width = 1600, float height = 900);
    ~HeadlessUi();
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;

    void Frame(int count = 1);                       // advances state.now_ms by 16 ms per frame
    void Type(const std::string& utf8);              // characters into the focused widget
    void Press(int glfw_key, bool shift = false, bool ctrl = false, bool alt = false);
    void MoveMouse(float x, float y);
    void Click(float x, float y, int button = 0);    // about 4 frames, as a real click (1: right button)
    bool ClickProbe(const std::string& name);        // clicks the centre of a probed item
    void Drag(float x0, float y0, float x1, float y1);
    bool DragProbe(const std::string& from, const std::string& to);
    const UiProbe& Probe() const { return m_probe; }
    void ClearProbe() { m_probe.clear(); } // probes persist across frames; clear to see what the next frame draws

private:
    AppState& m_state;
    Workspace& m_ws;
    UiProbe m_probe;
};

} // namespace hd::test
