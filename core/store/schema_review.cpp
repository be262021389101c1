// Migration 5: core-group review of minutes and objectives, the audit trail after approval, and the
// forum (expert commentary and audience reactions per domain). The audit triggers watch the tables
// of migrations 1, 3 and 4 (notes, merged entries, objectives), so every code path is recorded.
#include "core/store/db.h"
#include "core/store/migrations.h"

namespace hd {
namespace {

void Migration5(Database& db) {
    db.Exec(R"SQL(
CREATE TABLE core_member(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0);
CREATE TABLE minutes_review(
  hearing_id INTEGER PRIMARY KEY REFERENCES hearing(id) ON DELETE CASCADE,
  state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'under_review', 'approved')),
  approved_by TEXT NOT NULL DEFAULT '',
  approved_at_ms INTEGER NOT NULL DEFAULT 0,
  changed_by TEXT NOT NULL DEFAULT '',
  changed_at_ms INTEGER NOT NULL DEFAULT 0);
CREATE TABLE review_comment(
  id INTEGER PRIMARY KEY,
  target_kind TEXT NOT NULL,
  target_ref TEXT NOT NULL,
  hearing_id INTEGER NOT NULL DEFAULT 0,
  theme_id INTEGER NOT NULL DEFAULT 0,
  author TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  created_at_ms INTEGER NOT NULL,
  resolved INTEGER NOT NULL DEFAULT 0,
  resolved_by TEXT NOT NULL DEFAULT '',
  resolved_at_ms INTEGER NOT NULL DEFAULT 0);
CREATE INDEX review_comment_by_target ON review_comment(target_kind, target_ref);
CREATE TABLE audit_entry(
  id INTEGER PRIMARY KEY,
  hearing_id INTEGER NOT NULL DEFAULT 0,
  theme_id INTEGER NOT NULL DEFAULT 0,
  target_kind TEXT NOT NULL,
  target_ref TEXT NOT NULL,
  what TEXT NOT NULL,
  who TEXT NOT NULL DEFAULT '',
  at_ms INTEGER NOT NULL,
  before TEXT NOT NULL DEFAULT '',
  after TEXT NOT NULL DEFAULT '');
CREATE INDEX audit_by_hearing ON audit_entry(hearing_id, id);
CREATE TABLE forum_commentary(
  theme_id INTEGER PRIMARY KEY REFERENCES theme(id) ON DELETE CASCADE,
  expert_name TEXT NOT NULL DEFAULT '',
  expert_function TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  changed_by TEXT NOT NULL DEFAULT '',
  changed_at_ms INTEGER NOT NULL DEFAULT 0);
CREATE TABLE forum_reaction(
  id INTEGER PRIMARY KEY,
  theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
  text TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  created_at_ms INTEGER NOT NULL);
-- Every change to a note of approved minutes is recorded, whichever code path made it: the store
-- writes a revision for each edit or deletion, so a trigger on revisions sees them all.
CREATE TRIGGER audit_note_revision AFTER INSERT ON note_revision
WHEN (SELECT r.state FROM minutes_review r JOIN note n ON n.hearing_id = r.hearing_id
      WHERE n.uuid = NEW.note_uuid) = 'approved'
BEGIN
  INSERT INTO audit_entry(hearing_id, theme_id, target_kind, target_ref, what, who, at_ms, before, after)
  SELECT n.hearing_id, h.theme_id, 'note', NEW.note_uuid,
         CASE WHEN NEW.version = 1 THEN 'note_added'
              WHEN NEW.deleted = 1 THEN 'note_deleted' ELSE 'note_edited' END,
         NEW.changed_by, NEW.changed_at_ms,
         COALESCE((SELECT p.text FROM note_revision p WHERE p.note_uuid = NEW.note_uuid
                   AND p.version = NEW.version - 1), ''),
         CASE WHEN NEW.deleted = 1 THEN '' ELSE NEW.text END
  FROM note n JOIN hearing h ON h.id = n.hearing_id WHERE n.uuid = NEW.note_uuid;
END;
-- A reviewer's decision on a merged entry of approved minutes changes the minutes' text.
CREATE TRIGGER audit_entry_decision AFTER UPDATE OF decision, edited_text ON merged_entry
WHEN (SELECT state FROM minutes_review WHERE hearing_id = NEW.hearing_id) = 'approved'
  AND (OLD.decision IS NOT NEW.decision OR OLD.edited_text IS NOT NEW.edited_text)
BEGIN
  INSERT INTO audit_entry(hearing_id, theme_id, target_kind, target_ref, what, who, at_ms, before, after)
  SELECT NEW.hearing_id, h.theme_id, 'entry', 'entry:' || NEW.id, 'entry_decided', NEW.decided_by,
         NEW.decided_at_ms,
         CASE WHEN OLD.decision = 'edited' THEN OLD.edited_text ELSE OLD.decision END,
         CASE WHEN NEW.decision = 'edited' THEN NEW.edited_text ELSE NEW.decision END
  FROM hearing h WHERE h.id = NEW.hearing_id;
END;
-- Merging approved minutes again rebuilds their entries: the trail says who did it and when.
CREATE TRIGGER audit_remerge AFTER INSERT ON merge_run
WHEN (SELECT state FROM minutes_review WHERE hearing_id = NEW.hearing_id) = 'approved'
BEGIN
  INSERT INTO audit_entry(hearing_id, theme_id, target_kind, target_ref, what, who, at_ms, before, after)
  SELECT NEW.hearing_id, h.theme_id, 'minutes', NEW.hearing_id, 'minutes_remerged', NEW.merged_by,
         NEW.merged_at_ms, '', ''
  FROM hearing h WHERE h.id = NEW.hearing_id;
END;
-- Accepted objectives are the core group's approved text: every later edit or deletion is kept.
CREATE TRIGGER audit_objective_edit AFTER UPDATE OF title, why, what, how, chain ON objective
WHEN OLD.accepted = 1 AND (OLD.title IS NOT NEW.title OR OLD.why IS NOT NEW.why OR OLD.what IS NOT NEW.what
                           OR OLD.how IS NOT NEW.how OR OLD.chain IS NOT NEW.chain)
BEGIN
  INSERT INTO audit_entry(hearing_id, theme_id, target_kind, target_ref, what, who, at_ms, before, after)
  VALUES(0, NEW.theme_id, 'objective', NEW.id, 'objective_edited', '',
         CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
         OLD.title || char(10) || OLD.why || char(10) || OLD.what || char(10) || OLD.how || char(10) || OLD.chain,
         NEW.title || char(10) || NEW.why || char(10) || NEW.what || char(10) || NEW.how || char(10) || NEW.chain);
END;
CREATE TRIGGER audit_objective_delete AFTER DELETE ON objective WHEN OLD.accepted = 1
BEGIN
  INSERT INTO audit_entry(hearing_id, theme_id, target_kind, target_ref, what, who, at_ms, before, after)
  VALUES(0, OLD.theme_id, 'objective', OLD.id, 'objective_deleted', '',
         CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
         OLD.title || char(10) || OLD.why || char(10) || OLD.what || char(10) || OLD.how || char(10) || OLD.chain, '');
END;
)SQL");
}

} // namespace

void AppendReviewMigrations(std::vector<Migration>& out) {
    out.push_back({5, "core-group review, audit trail and forum", Migration5});
}
} // namespace hd
