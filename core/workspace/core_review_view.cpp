#include "core/workspace/core_review_view.h"

namespace hd {
namespace {
DocumentOptions ShownOptions(const ExportLabels& labels) {
    DocumentOptions options;
    options.discipline_label = [&labels](const std::string& d) { return labels.Discipline(d); };
    return options;
}
} // namespace

ReviewState CoreGroupView::StateOf(int64_t hearing_id) const {
    for (const MinutesReview& r : reviews)
        if (r.hearing_id == hearing_id) return r.state;
    return ReviewState::Draft;
}

CoreReviewView ReadCoreReview(PlanStore& store, int64_t hearing_id, const ExportLabels& labels) {
    CoreReviewView view;
    if (hearing_id == 0) return view; // ListComments(0) and ListAudit(0) would mean "of every hearing"
    ReviewStore reviews(store);
    view.minutes = BuildMinutesDocument(store, hearing_id, ShownOptions(labels));
    view.approval = reviews.CheckApproval(hearing_id);
    view.comments = reviews.ListComments(hearing_id);
    view.audit = reviews.ListAudit(hearing_id);
    return view;
}

CoreGroupView ReadCoreGroup(PlanStore& store) {
    CoreGroupView view;
    ReviewStore reviews(store);
    view.reviews = reviews.ListReviews();
    for (ReviewComment& c : reviews.ListComments())
        if (c.target.kind == "objective") view.objective_comments.push_back(std::move(c));
    for (AuditEntry& e : reviews.ListAudit())
        if (e.target.kind == "objective" || e.target.kind == "action") view.objective_audit.push_back(std::move(e));
    view.members = reviews.ListMembers();
    return view;
}

PlanDocument ReadPlanDraft(PlanStore& store, const ExportLabels& labels) {
    return BuildPlanDocument(store, ShownOptions(labels));
}

} // namespace hd
