// The demo plan's inputs, diagnosis, decisions and adopted version (core/demo/demo_lifecycle.cpp).
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace hd {
class PlanStore;

// The id of the plan's domain titled `title` (the demo's tables name domains by title).
std::optional<int64_t> DemoThemeId(PlanStore& store, std::string_view title);

// Related plans with their priorities, referenced documents and indicators per domain and year.
void WriteDemoInputs(PlanStore& store);
// Links accepted objectives to the priorities they serve, records the college, committee and council
// decisions, adopts the plan on the council's and records the first revision. Runs last, after
// everything the adopted version should hold.
void WriteDemoAdoption(PlanStore& store);

} // namespace hd
