// Lets headless UI tests find where a widget was drawn, without a test engine: a screen calls
// ProbeItem("name") right after a widget; when a test has installed a probe, the item's rectangle
// is recorded under that name. Without a probe it costs one pointer check.
#pragma once
#include <map>
#include <string>

namespace hd {
struct ProbeRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float CenterX() const { return (x0 + x1) * 0.5f; }
    float CenterY() const { return (y0 + y1) * 0.5f; }
};
using UiProbe = std::map<std::string, ProbeRect>;

void SetUiProbe(UiProbe* probe); // nullptr to remove
void ProbeItem(const std::string& name);
} // namespace hd
