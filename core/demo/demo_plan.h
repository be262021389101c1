// The demo plan: a fictional Flemish city's integral safety plan, written in Dutch, with five
// hearing themes, mixed-discipline participants and notes from two reporters per hearing.
// Used by `hearingctl demo`, `hearingdesk --demo`, screenshots and tests that need realistic data.
#pragma once
#include <memory>
#include <string>

#include "core/store/store.h"

namespace hd {

// Fills a plan that was just created with PlanStore::Create (no themes, participants or hearings
// yet). Throws UserError when the plan already has content, so a real plan is never mixed with
// demo data. The content is always the same; only UUIDs differ between runs.
void WriteDemoPlan(PlanStore& store);

// The demo's edition: raised whenever what the demo contains changes (actions, SWOT, a follow-up
// year…), also when the schema does not. `hearingdesk --demo` makes its demo again when the one on
// disk is of an older edition, so nobody keeps looking at an old demo after an update.
// 2: actions, the 2026 follow-up, SWOT, priority rounds and phase dates (2026-12-03).
inline constexpr int kDemoEdition = 2;

class TextAnalyzer;

struct DemoOptions {
    // Set: the plan is carried on through the phases after the hearings (WriteDemoProcess: merged and
    // reviewed minutes, core group, objectives, forum). The demo a user opens has it; tests that
    // need only the hearings leave it out.
    const TextAnalyzer* whole_process = nullptr;
};

// Creates the demo plan at `path` and fills it. Refuses to overwrite an existing file (StoreError);
// when filling fails, the half-written file is removed.
std::unique_ptr<PlanStore> CreateDemoPlan(const std::string& path, const DemoOptions& options = {});

} // namespace hd
