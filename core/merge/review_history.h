// The review screen's undo and redo, per hearing, kept in the plan file (migration 15) so that a
// reviewer who closes the program can still undo the last decisions after a restart. Each call is
// one transaction: the decision and its step are stored together or not at all (a closed hearing
// refuses both).
#pragma once
#include <cstdint>
#include <string>

#include "core/merge/merge_store.h"

namespace hd {
class PlanStore;

// One decision or edit as the reviewer made it: what the entry held before and after.
struct ReviewStep {
    int64_t entry_id = 0;
    ReviewDecision before = ReviewDecision::None, after = ReviewDecision::None;
    std::string before_text, after_text; // edited texts (ReviewDecision::Edited)
};

class ReviewHistory {
public:
    explicit ReviewHistory(PlanStore& store) : m_store(store) {}

    // Stores the decision (as MergeStore::RecordDecision) and pushes it on the hearing's undo stack;
    // a new decision empties the redo stack.
    void Decide(int64_t entry_id, ReviewDecision decision, const std::string& edited_text, const std::string& by);
    // Puts the entry of the last step back as it was before it (undo) or after it (redo) and moves
    // the step to the other stack. Returns that entry's id, or 0 when there was nothing to do.
    int64_t Undo(int64_t hearing_id, const std::string& by);
    int64_t Redo(int64_t hearing_id, const std::string& by);
    size_t UndoDepth(int64_t hearing_id);
    size_t RedoDepth(int64_t hearing_id);

    static constexpr size_t kMaxSteps = 500; // per stack and hearing; older steps are forgotten

private:
    int64_t Move(int64_t hearing_id, bool undo, const std::string& by);
    PlanStore& m_store;
};

// Empties a hearing's stacks inside the caller's transaction (a re-merge renumbers its entries).
void ClearReviewHistory(Database& db, int64_t hearing_id);

} // namespace hd
