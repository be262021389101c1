#include "core/merge/review_history.h"

#include "core/base/errors.h"
#include "core/store/db.h"
#include "core/store/store.h"

namespace hd {

namespace {
const char* StackName(bool undo) { return undo ? "undo" : "redo"; }

void PushStep(Database& db, int64_t hearing_id, bool undo, const ReviewStep& step) {
    Statement st(db, "INSERT INTO review_step(hearing_id, stack, entry_id, before_decision, after_decision, before_text, "
                     "after_text) VALUES(?, ?, ?, ?, ?, ?, ?)");
    st.Bind(1, hearing_id)
        .Bind(2, StackName(undo))
        .Bind(3, step.entry_id)
        .Bind(4, std::string(ToKey(step.before)))
        .Bind(5, std::string(ToKey(step.after)))
        .Bind(6, step.before_text)
        .Bind(7, step.after_text)
        .Exec();
    Statement trim(db, "DELETE FROM review_step WHERE hearing_id = ?1 AND stack = ?2 AND id NOT IN "
                       "(SELECT id FROM review_step WHERE hearing_id = ?1 AND stack = ?2 ORDER BY id DESC LIMIT ?3)");
    trim.Bind(1, hearing_id).Bind(2, StackName(undo)).Bind(3, static_cast<int64_t>(ReviewHistory::kMaxSteps)).Exec();
}

size_t Depth(Database& db, int64_t hearing_id, bool undo) {
    Statement st(db, "SELECT count(*) FROM review_step WHERE hearing_id = ? AND stack = ?");
    st.Bind(1, hearing_id).Bind(2, StackName(undo));
    st.Step();
    return static_cast<size_t>(st.Int(0));
}
} // namespace

void ClearReviewHistory(Database& db, int64_t hearing_id) {
    Statement st(db, "DELETE FROM review_step WHERE hearing_id = ?");
    st.Bind(1, hearing_id).Exec();
}

void ReviewHistory::Decide(int64_t entry_id, ReviewDecision decision, const std::string& edited_text, const std::string& by) {
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement cur(db, "SELECT hearing_id, decision, edited_text FROM merged_entry WHERE id = ?");
    cur.Bind(1, entry_id);
    if (!cur.Step()) throw StoreError("merge.no_such_entry", "That merged entry no longer exists; run the merge again.");
    int64_t hearing_id = cur.Int(0);
    ReviewStep step;
    step.entry_id = entry_id;
    step.before = ReviewDecisionFromKey(cur.Text(1)).value_or(ReviewDecision::None);
    step.before_text = cur.Text(2);
    step.after = decision;
    step.after_text = decision == ReviewDecision::Edited ? edited_text : std::string();
    WriteDecision(db, entry_id, decision, edited_text, by);
    PushStep(db, hearing_id, true, step);
    Statement clear(db, "DELETE FROM review_step WHERE hearing_id = ? AND stack = 'redo'");
    clear.Bind(1, hearing_id).Exec();
    tx.Commit();
}

int64_t ReviewHistory::Undo(int64_t hearing_id, const std::string& by) { return Move(hearing_id, true, by); }
int64_t ReviewHistory::Redo(int64_t hearing_id, const std::string& by) { return Move(hearing_id, false, by); }

int64_t ReviewHistory::Move(int64_t hearing_id, bool undo, const std::string& by) {
    Database& db = m_store.Db();
    Transaction tx(db);
    Statement top(db, "SELECT id, entry_id, before_decision, after_decision, before_text, after_text FROM review_step "
                      "WHERE hearing_id = ? AND stack = ? ORDER BY id DESC LIMIT 1");
    top.Bind(1, hearing_id).Bind(2, StackName(undo));
    if (!top.Step()) return 0;
    int64_t step_id = top.Int(0);
    ReviewStep step;
    step.entry_id = top.Int(1);
    step.before = ReviewDecisionFromKey(top.Text(2)).value_or(ReviewDecision::None);
    step.after = ReviewDecisionFromKey(top.Text(3)).value_or(ReviewDecision::None);
    step.before_text = top.Text(4);
    step.after_text = top.Text(5);
    Statement del(db, "DELETE FROM review_step WHERE id = ?");
    del.Bind(1, step_id).Exec();
    Statement exists(db, "SELECT 1 FROM merged_entry WHERE id = ? AND hearing_id = ?");
    exists.Bind(1, step.entry_id).Bind(2, hearing_id);
    if (!exists.Step()) { // the entry is gone (merged again): nothing to restore, the step is dropped
        tx.Commit();
        return 0;
    }
    ReviewDecision d = undo ? step.before : step.after;
    WriteDecision(db, step.entry_id, d, undo ? step.before_text : step.after_text, by);
    PushStep(db, hearing_id, !undo, step);
    tx.Commit();
    return step.entry_id;
}

size_t ReviewHistory::UndoDepth(int64_t hearing_id) { return Depth(m_store.Db(), hearing_id, true); }
size_t ReviewHistory::RedoDepth(int64_t hearing_id) { return Depth(m_store.Db(), hearing_id, false); }

} // namespace hd
