// The demo plan's SWOT per domain (core/demo/demo_swot.cpp).
#pragma once

namespace hd {
class PlanStore;

// Strengths, weaknesses, opportunities and threats of the heard domains, citing the demo's
// indicators, priorities, documents and merged minutes. Runs after the inputs, minutes and
// diagnosis exist and before the adoption. Then the core group's priority rounds (dot voting on the
// domains, ranking of the first domain's objectives) with every member's ballot.
void WriteDemoSwot(PlanStore& store);

} // namespace hd
