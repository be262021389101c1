// Shared pieces of the Core group screen (core_review*.cpp, one file per part, as the view of a
// feature is split in Tracy): colours, small helpers and the parts' entry points.
#pragma once
#include <imgui.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "app/app_state.h"
#include "core/workspace/workspace.h"

namespace hd::core_review {
// What one frame draws, taken from the workspace at its start (Workspace::CoreReview, CoreGroup,
// PlanDraft): an action later in the frame that makes the workspace drop a view cannot free what the
// rest of the frame still draws. Never null.
struct Shown {
    int64_t hearing_id = 0;
    uint64_t hearing_revision = 0; // Workspace::HearingRevision when taken: the minutes' row heights are kept while it stays
    std::shared_ptr<const CoreReviewView> hearing;
    std::shared_ptr<const CoreGroupView> group;
    std::shared_ptr<const PlanDocument> plan; // read only for the plan tab; empty on the others
    // Comments on a kind of target: the hearing's entries ("entry") or the objectives ("objective").
    const std::vector<ReviewComment>& Comments(const std::string& kind) const;
};

inline const ImVec4 kGreen(0.40f, 0.82f, 0.45f, 1.0f);
inline const ImVec4 kAmber(1.00f, 0.72f, 0.30f, 1.0f);
inline const ImVec4 kMuted(0.62f, 0.64f, 0.70f, 1.0f);
constexpr ImU32 kGapBg = IM_COL32(150, 45, 45, 255);

// [SECTION] Helpers (core_review.cpp)
std::string FormatWhen(int64_t ms);
ImVec4 StateColor(ReviewState s);
const std::string& StateLabel(ReviewState s);
int OpenComments(const Shown& shown, const std::string& kind, const std::string& ref);
void SelectTarget(CoreReviewUiState& ui, const std::string& kind, const std::string& ref, std::string label,
                  int64_t theme_id);
std::string ProvenanceLabel(MergeStatus p);

// [SECTION] Parts, one file each
void DrawExportBar(AppState& state, Workspace& ws, int64_t hearing_id);                // core_review_export.cpp
void DrawHearingList(AppState& state, Workspace& ws, const Shown& shown);              // core_review_minutes.cpp
void DrawMinutes(CoreReviewUiState& ui, const Shown& shown);                           // core_review_minutes.cpp
void DrawReviewState(AppState& state, Workspace& ws, const Shown& shown);              // core_review_side.cpp
void DrawComments(AppState& state, Workspace& ws, const Shown& shown);                 // core_review_side.cpp
void DrawAudit(const std::vector<AuditEntry>& audit);                                  // core_review_side.cpp
void DrawPlanOverview(AppState& state, Workspace& ws, const Shown& shown, int64_t open_theme); // core_review_plan.cpp
void DrawCoreGroup(AppState& state, Workspace& ws, const Shown& shown);                // core_review_members.cpp
// The actions under a tactical objective: table, add / edit form, reorder, delete.
void DrawActions(AppState& state, Workspace& ws, const PlanObjective& o);      // core_review_actions.cpp
} // namespace hd::core_review
