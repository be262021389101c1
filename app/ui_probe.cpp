#include "app/ui_probe.h"

#include <imgui.h>

namespace hd {
namespace {
UiProbe* g_probe = nullptr; // installed only by tests
}

void SetUiProbe(UiProbe* probe) { g_probe = probe; }

void ProbeItem(const std::string& name) {
    if (!g_probe) return;
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    (*g_probe)[name] = ProbeRect{a.x, a.y, b.x, b.y};
}
} // namespace hd
