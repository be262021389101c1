// Migration 10: the plan structure of the seeds (Mechelen's MIVP², Halle's liveability plan).
//  - plan_section: the plan-level texts (introduction: history, what "safety" means here, status
//    with respect to other plans; vision and principles), one row per key.
//  - theme.supporting: a domain without a hearing (the seeds' "ondersteunende projecten").
//  - sub_theme: a domain's sub-themes (deelthema's) with their justification (verantwoording);
//    a tactical objective may belong to one (objective.sub_theme_id).
#include "core/store/db.h"
#include "core/store/migrations.h"

namespace hd {
namespace {

void Migration10(Database& db) {
    db.Exec(R"SQL(
CREATE TABLE plan_section(
  key TEXT PRIMARY KEY,
  text TEXT NOT NULL DEFAULT '');
ALTER TABLE theme ADD COLUMN supporting INTEGER NOT NULL DEFAULT 0;
CREATE TABLE sub_theme(
  id INTEGER PRIMARY KEY,
  theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  justification TEXT NOT NULL DEFAULT '');
CREATE INDEX sub_theme_by_theme ON sub_theme(theme_id, position);
ALTER TABLE objective ADD COLUMN sub_theme_id INTEGER REFERENCES sub_theme(id) ON DELETE SET NULL;
)SQL");
}

} // namespace

void AppendPlanStructureMigrations(std::vector<Migration>& out) {
    out.push_back({10, "plan sections, supporting domains and sub-themes", Migration10});
}
} // namespace hd
