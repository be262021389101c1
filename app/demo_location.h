#pragma once
#include <string>

namespace hd {
// Path of the demo plan ($HD_DEMO_PLAN or ~/.local/share/hearingdesk/demo.hdesk); created on first use.
std::string EnsureDemoPlan();
} // namespace hd
