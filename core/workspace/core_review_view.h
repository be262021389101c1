// What the Core group screen and the forum show, read in one place so the Workspace keeps each until
// what it depends on changed and the screens only draw it:
//  - CoreReviewView: one hearing's minutes with their review state, whether they can be approved,
//    the comments on its entries and its audit trail (kept until the hearing changes).
//  - CoreGroupView: what the core group sees across the plan: every hearing's review state, the
//    comments on objectives, the audit of accepted objectives and actions, the members.
//  - the plan draft (PlanDocument, core/export), shown by the plan overview and the forum.
// Text that is translated (discipline names) is built in the language of `labels`.
#pragma once
#include <cstdint>
#include <vector>

#include "core/export/export.h"
#include "core/export/plan_document.h"
#include "core/review/review_store.h"

namespace hd {

struct CoreReviewView {
    MinutesDocument minutes;             // with its review state (minutes.review)
    ApprovalCheck approval;
    std::vector<ReviewComment> comments; // on the hearing's entries
    std::vector<AuditEntry> audit;       // of the hearing
};

struct CoreGroupView {
    std::vector<MinutesReview> reviews;            // of every hearing that has one
    std::vector<ReviewComment> objective_comments; // on any objective
    std::vector<AuditEntry> objective_audit;       // changes to accepted objectives and to actions
    std::vector<CoreMember> members;
    // Draft when the hearing has no review yet.
    ReviewState StateOf(int64_t hearing_id) const;
};

// Hearing 0 (a plan without hearings) gives an empty view. Throws InputError for a hearing that does
// not exist.
CoreReviewView ReadCoreReview(PlanStore& store, int64_t hearing_id, const ExportLabels& labels);
CoreGroupView ReadCoreGroup(PlanStore& store);
// The plan draft as the screens show it: discipline names in the language of `labels`.
PlanDocument ReadPlanDraft(PlanStore& store, const ExportLabels& labels);

} // namespace hd
