// The demo plan's actions and its first yearly follow-up (core/demo/demo_actions.cpp).
#pragma once
#include <string>

namespace hd {
class PlanStore;

// Actions under the accepted tactical objectives of the domains heard in 2025 (owner, partners,
// years, budget, indicator and target, quick wins). Runs after the objectives are accepted and
// before the adoption, so the adopted version holds them.
void WriteDemoActions(PlanStore& store, const std::string& by);

// The follow-up of 2026: each action that ran in 2026 gets its status (also on the action) and the
// core group's note, each accepted objective running or planned. Runs after the adoption, before the
// first revision is recorded, so the revision lists the actions' new status.
void WriteDemoFollowUp(PlanStore& store, const std::string& by);

} // namespace hd
