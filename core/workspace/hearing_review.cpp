#include "core/workspace/hearing_review.h"

namespace hd {

HearingReview ReadHearingReview(PlanStore& store, int64_t hearing_id) {
    HearingReview review;
    MergeStore merges(store);
    review.has_merge = merges.HasMerge(hearing_id);
    review.entries = merges.ListEntries(hearing_id);
    for (const StoredEntry& e : review.entries) {
        bool both = !e.a_text.empty() && !e.b_text.empty();
        review.diffs.push_back(both ? WordDiff(e.a_text, e.b_text) : std::vector<DiffSpan>{});
        ++review.progress.total;
        if (e.Resolved()) ++review.progress.resolved;
    }
    return review;
}

} // namespace hd
