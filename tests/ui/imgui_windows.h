// Reading ImGui's own window records in headless UI tests: which child windows a screen drew and
// how tall their laid-out content is (what clipping must keep exactly as drawing everything did).
#pragma once
#include <imgui_internal.h>

#include <cstring>
#include <string>
#include <vector>

namespace hd::test {

// The child windows with ImGui id `id`, in the order they were first drawn: ImGui names a child
// "<parent>/<id>_<hash>".
inline std::vector<ImGuiWindow*> ChildWindows(const char* id) {
    std::string part = std::string("/") + id + "_";
    std::vector<ImGuiWindow*> found;
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (std::strstr(w->Name, part.c_str())) found.push_back(w);
    return found;
}

// Height of what the window's last frame laid out: what its scroll range is made of.
inline float ContentHeight(const ImGuiWindow* w) { return w->DC.CursorMaxPos.y - w->DC.CursorStartPos.y; }

} // namespace hd::test
