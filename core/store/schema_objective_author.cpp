// Migration 7: the audit trail names who edited or deleted an accepted objective.
// Migration 5's objective triggers recorded an empty "who" because the objective row did not say
// who was changing it. ObjectiveStore now writes the editor's name and time into the row with
// every edit (and just before a deletion), and the triggers copy them into the audit entry.
#include "core/store/db.h"
#include "core/store/migrations.h"

namespace hd {
namespace {

void Migration7(Database& db) {
    db.Exec(R"SQL(
ALTER TABLE objective ADD COLUMN edited_by TEXT NOT NULL DEFAULT '';
ALTER TABLE objective ADD COLUMN edited_at_ms INTEGER NOT NULL DEFAULT 0;
DROP TRIGGER audit_objective_edit;
DROP TRIGGER audit_objective_delete;
CREATE TRIGGER audit_objective_edit AFTER UPDATE OF title, why, what, how, chain ON objective
WHEN OLD.accepted = 1 AND (OLD.title IS NOT NEW.title OR OLD.why IS NOT NEW.why OR OLD.what IS NOT NEW.what
                           OR OLD.how IS NOT NEW.how OR OLD.chain IS NOT NEW.chain)
BEGIN
  INSERT INTO audit_entry(hearing_id, theme_id, target_kind, target_ref, what, who, at_ms, before, after)
  VALUES(0, NEW.theme_id, 'objective', NEW.id, 'objective_edited', NEW.edited_by,
         CASE WHEN NEW.edited_at_ms > 0 THEN NEW.edited_at_ms
              ELSE CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) END,
         OLD.title || char(10) || OLD.why || char(10) || OLD.what || char(10) || OLD.how || char(10) || OLD.chain,
         NEW.title || char(10) || NEW.why || char(10) || NEW.what || char(10) || NEW.how || char(10) || NEW.chain);
END;
CREATE TRIGGER audit_objective_delete AFTER DELETE ON objective WHEN OLD.accepted = 1
BEGIN
  INSERT INTO audit_entry(hearing_id, theme_id, target_kind, target_ref, what, who, at_ms, before, after)
  VALUES(0, OLD.theme_id, 'objective', OLD.id, 'objective_deleted', OLD.edited_by,
         CASE WHEN OLD.edited_at_ms > 0 THEN OLD.edited_at_ms
              ELSE CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) END,
         OLD.title || char(10) || OLD.why || char(10) || OLD.what || char(10) || OLD.how || char(10) || OLD.chain, '');
END;
)SQL");
}

} // namespace

void AppendObjectiveAuthorMigrations(std::vector<Migration>& out) {
    out.push_back({7, "author of objective edits in the audit trail", Migration7});
}
} // namespace hd
