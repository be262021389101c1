// Migration 15: the review screen's undo and redo stacks, per hearing, kept in the plan file so
// they survive a restart (issue 11 point 7). A step is one decision or edit as the reviewer made it:
// the entry's decision and edited text before and after. The top of a stack is its highest id; a
// step moving between the stacks is inserted anew. A re-merge gives entries new ids, so it empties
// the hearing's stacks (MergeStore::RunMerge, same transaction).
#include "core/store/db.h"
#include "core/store/migrations.h"

namespace hd {
namespace {

void Migration15(Database& db) {
    db.Exec(R"SQL(
CREATE TABLE review_step(
  id INTEGER PRIMARY KEY,
  hearing_id INTEGER NOT NULL REFERENCES hearing(id) ON DELETE CASCADE,
  stack TEXT NOT NULL CHECK(stack IN ('undo', 'redo')),
  entry_id INTEGER NOT NULL,
  before_decision TEXT NOT NULL DEFAULT '',
  after_decision TEXT NOT NULL DEFAULT '',
  before_text TEXT NOT NULL DEFAULT '',
  after_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX review_step_by_hearing ON review_step(hearing_id, stack, id);
)SQL");
}

} // namespace

void AppendReviewHistoryMigrations(std::vector<Migration>& out) {
    out.push_back({15, "the review screen's undo and redo stacks per hearing", Migration15});
}

} // namespace hd
