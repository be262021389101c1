// The demo plan after its hearings: merged and reviewed minutes, core group, clusters and
// objectives, forum commentary (core/demo/demo_process.cpp). Deterministic apart from UUIDs.
#pragma once

namespace hd {
class PlanStore;
class TextAnalyzer;

// Runs on a plan that WriteDemoPlan just filled.
void WriteDemoProcess(PlanStore& store, const TextAnalyzer& analyzer);

} // namespace hd
