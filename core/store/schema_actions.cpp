// Migration 14: the operational level of the plan (issue 12, point 4): actions under a tactical
// objective with their owner (trekker), partners, years, budget, indicator and target, status and
// quick-win flag. Halle's yearly action plans are these actions, read per year.
// Every addition, edit and deletion is written to the audit trail by triggers, whatever the code
// path: the store writes the editor's name and time into the row (as for objectives, migration 7).
#include "core/store/db.h"
#include "core/store/migrations.h"

namespace hd {
namespace {

void Migration14(Database& db) {
    db.Exec(R"SQL(
CREATE TABLE plan_action(
  id INTEGER PRIMARY KEY,
  objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  description TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  partners TEXT NOT NULL DEFAULT '',
  start_year INTEGER NOT NULL DEFAULT 0,
  end_year INTEGER NOT NULL DEFAULT 0,
  budget_euro INTEGER,
  budget_note TEXT NOT NULL DEFAULT '',
  indicator TEXT NOT NULL DEFAULT '',
  target TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'done', 'dropped')),
  quick_win INTEGER NOT NULL DEFAULT 0,
  edited_by TEXT NOT NULL DEFAULT '',
  edited_at_ms INTEGER NOT NULL DEFAULT 0,
  CHECK (end_year = 0 OR end_year >= start_year),
  CHECK (budget_euro IS NULL OR budget_euro >= 0));
CREATE INDEX plan_action_by_objective ON plan_action(objective_id, position);
CREATE TRIGGER audit_action_add AFTER INSERT ON plan_action
BEGIN
  INSERT INTO audit_entry(hearing_id, theme_id, target_kind, target_ref, what, who, at_ms, before, after)
  VALUES(0, COALESCE((SELECT theme_id FROM objective WHERE id = NEW.objective_id), 0), 'action', NEW.id,
         'action_added', NEW.edited_by, NEW.edited_at_ms, '',
         NEW.description || char(10) || NEW.owner || char(10) || NEW.partners || char(10) ||
         NEW.start_year || '-' || NEW.end_year || char(10) || COALESCE(NEW.budget_euro, '') || ' ' || NEW.budget_note ||
         char(10) || NEW.indicator || char(10) || NEW.target || char(10) || NEW.status || char(10) || NEW.quick_win);
END;
CREATE TRIGGER audit_action_edit AFTER UPDATE ON plan_action
WHEN OLD.description IS NOT NEW.description OR OLD.owner IS NOT NEW.owner OR OLD.partners IS NOT NEW.partners
  OR OLD.start_year IS NOT NEW.start_year OR OLD.end_year IS NOT NEW.end_year
  OR OLD.budget_euro IS NOT NEW.budget_euro OR OLD.budget_note IS NOT NEW.budget_note
  OR OLD.indicator IS NOT NEW.indicator OR OLD.target IS NOT NEW.target OR OLD.status IS NOT NEW.status
  OR OLD.quick_win IS NOT NEW.quick_win OR OLD.objective_id IS NOT NEW.objective_id
BEGIN
  INSERT INTO audit_entry(hearing_id, theme_id, target_kind, target_ref, what, who, at_ms, before, after)
  VALUES(0, COALESCE((SELECT theme_id FROM objective WHERE id = NEW.objective_id), 0), 'action', NEW.id,
         'action_edited', NEW.edited_by, NEW.edited_at_ms,
         OLD.description || char(10) || OLD.owner || char(10) || OLD.partners || char(10) ||
         OLD.start_year || '-' || OLD.end_year || char(10) || COALESCE(OLD.budget_euro, '') || ' ' || OLD.budget_note ||
         char(10) || OLD.indicator || char(10) || OLD.target || char(10) || OLD.status || char(10) || OLD.quick_win,
         NEW.description || char(10) || NEW.owner || char(10) || NEW.partners || char(10) ||
         NEW.start_year || '-' || NEW.end_year || char(10) || COALESCE(NEW.budget_euro, '') || ' ' || NEW.budget_note ||
         char(10) || NEW.indicator || char(10) || NEW.target || char(10) || NEW.status || char(10) || NEW.quick_win);
END;
-- Also when an objective's deletion takes its actions along (ON DELETE CASCADE fires this trigger).
CREATE TRIGGER audit_action_delete AFTER DELETE ON plan_action
BEGIN
  INSERT INTO audit_entry(hearing_id, theme_id, target_kind, target_ref, what, who, at_ms, before, after)
  VALUES(0, COALESCE((SELECT theme_id FROM objective WHERE id = OLD.objective_id), 0), 'action', OLD.id,
         'action_deleted', OLD.edited_by,
         CASE WHEN OLD.edited_at_ms > 0 THEN OLD.edited_at_ms
              ELSE CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) END,
         OLD.description || char(10) || OLD.owner || char(10) || OLD.partners || char(10) ||
         OLD.start_year || '-' || OLD.end_year || char(10) || COALESCE(OLD.budget_euro, '') || ' ' || OLD.budget_note ||
         char(10) || OLD.indicator || char(10) || OLD.target || char(10) || OLD.status || char(10) || OLD.quick_win, '');
END;
)SQL");
}

} // namespace

void AppendActionMigrations(std::vector<Migration>& out) {
    out.push_back({14, "actions under tactical objectives (the operational level, yearly action plans)", Migration14});
}
} // namespace hd
