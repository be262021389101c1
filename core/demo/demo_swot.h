// The demo plan's SWOT per domain (core/demo/demo_swot.cpp).
#pragma once

namespace hd {
class PlanStore;

// Strengths, weaknesses, opportunities and threats of the heard domains, citing the demo's
// indicators, priorities, documents and merged minutes. Runs after the inputs, minutes and
// diagnosis exist and before the adoption.
void WriteDemoSwot(PlanStore& store);

} // namespace hd
