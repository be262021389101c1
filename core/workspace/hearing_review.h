// HearingReview: what the Review screen shows of one hearing (the merged entries, the word diff of
// each pair, how many are resolved), read in one place so the Workspace keeps it until the hearing
// changes (HearingRevision) and the screen only draws it.
#pragma once
#include <cstdint>
#include <vector>

#include "core/merge/merge_store.h"
#include "core/text/word_diff.h"

namespace hd {

struct HearingReview {
    bool has_merge = false;
    std::vector<StoredEntry> entries;
    std::vector<std::vector<DiffSpan>> diffs; // word diff of a_text vs b_text, parallel to entries
    MergeProgress progress;
};

HearingReview ReadHearingReview(PlanStore& store, int64_t hearing_id);

} // namespace hd
