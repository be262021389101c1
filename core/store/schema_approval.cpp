// Migration 8: approval that means something (issue 11). Approving minutes with entries still
// unresolved needs a reason, stored with the approval and in the audit trail; reopening needs one
// too. Approved minutes close their hearing: the triggers below refuse any note, history, merged
// entry decision or re-merge for it, whichever code path (reporter screen, capture, import, live
// link) tries, so nothing changes approved minutes without an audited reopening first. The store
// turns the trigger's "hearing_closed" into a translated message (Database::Fail).
#include "core/store/db.h"
#include "core/store/migrations.h"

namespace hd {
namespace {

void Migration8(Database& db) {
    db.Exec(R"SQL(
ALTER TABLE minutes_review ADD COLUMN approve_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes_review ADD COLUMN unresolved_at_approval INTEGER NOT NULL DEFAULT 0;
ALTER TABLE audit_entry ADD COLUMN reason TEXT NOT NULL DEFAULT '';
CREATE TRIGGER closed_note_insert BEFORE INSERT ON note
WHEN (SELECT state FROM minutes_review WHERE hearing_id = NEW.hearing_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'hearing_closed'); END;
CREATE TRIGGER closed_note_update BEFORE UPDATE ON note
WHEN (SELECT state FROM minutes_review WHERE hearing_id = OLD.hearing_id) = 'approved'
  OR (SELECT state FROM minutes_review WHERE hearing_id = NEW.hearing_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'hearing_closed'); END;
CREATE TRIGGER closed_note_revision BEFORE INSERT ON note_revision
WHEN (SELECT r.state FROM minutes_review r JOIN note n ON n.hearing_id = r.hearing_id
      WHERE n.uuid = NEW.note_uuid) = 'approved'
BEGIN SELECT RAISE(ABORT, 'hearing_closed'); END;
CREATE TRIGGER closed_entry_decision BEFORE UPDATE OF decision, edited_text ON merged_entry
WHEN (SELECT state FROM minutes_review WHERE hearing_id = NEW.hearing_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'hearing_closed'); END;
CREATE TRIGGER closed_remerge BEFORE INSERT ON merge_run
WHEN (SELECT state FROM minutes_review WHERE hearing_id = NEW.hearing_id) = 'approved'
BEGIN SELECT RAISE(ABORT, 'hearing_closed'); END;
)SQL");
}

} // namespace

void AppendApprovalMigrations(std::vector<Migration>& out) {
    out.push_back({8, "approval reasons; approved minutes close their hearing", Migration8});
}
} // namespace hd
