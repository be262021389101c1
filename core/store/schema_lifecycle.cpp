// Migration 9: the plan's whole life around the hearings (issue 13), all in one migration so that a
// plan file has every table the Plan cycle screen uses:
//  - decision, plan_version: college / council committee / council decisions, and the adopted version
//    (a checksummed JSON snapshot, read-only through triggers) with later revisions.
//  - related_plan, related_priority, objective_priority, input_document: the inputs (other plans with
//    their cycle and priorities, the objectives that serve them, referenced documents).
//  - indicator, indicator_value: the local safety diagnosis, figures per domain and year.
//  - swot_item: strengths, weaknesses, opportunities and threats per domain, optionally citing a source.
//  - priority_round, priority_vote: the core group's dot voting or ranking.
//  - monitoring_entry: per year, the status of an objective or action with a note and a figure.
#include "core/store/db.h"
#include "core/store/migrations.h"

namespace hd {
namespace {

void DecisionTables(Database& db) {
    db.Exec(R"SQL(
CREATE TABLE decision(
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL CHECK (body IN ('college', 'council_committee', 'council')),
  outcome TEXT NOT NULL CHECK (outcome IN ('approved', 'amended', 'postponed', 'rejected', 'noted')),
  reference TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL DEFAULT '',
  recorded_at_ms INTEGER NOT NULL DEFAULT 0);
CREATE TABLE plan_version(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('adopted', 'revision')),
  number INTEGER NOT NULL,
  decision_id INTEGER REFERENCES decision(id),
  based_on INTEGER REFERENCES plan_version(id),
  reason TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL DEFAULT '',
  created_at_ms INTEGER NOT NULL,
  content TEXT NOT NULL,
  changes TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL);
-- A frozen version never changes: the store refuses it, and the checksum catches whatever bypasses this.
CREATE TRIGGER plan_version_no_update BEFORE UPDATE ON plan_version
BEGIN SELECT RAISE(ABORT, 'a frozen plan version cannot be changed'); END;
CREATE TRIGGER plan_version_no_delete BEFORE DELETE ON plan_version
BEGIN SELECT RAISE(ABORT, 'a frozen plan version cannot be deleted'); END;
)SQL");
}

void InputTables(Database& db) {
    db.Exec(R"SQL(
CREATE TABLE related_plan(
  id INTEGER PRIMARY KEY,
  position INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  cycle_start INTEGER NOT NULL DEFAULT 0,
  cycle_end INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '');
CREATE TABLE related_priority(
  id INTEGER PRIMARY KEY,
  related_plan_id INTEGER NOT NULL REFERENCES related_plan(id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL);
CREATE INDEX related_priority_by_plan ON related_priority(related_plan_id, position);
CREATE TABLE objective_priority(
  objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
  priority_id INTEGER NOT NULL REFERENCES related_priority(id) ON DELETE CASCADE,
  PRIMARY KEY (objective_id, priority_id));
CREATE INDEX objective_priority_by_priority ON objective_priority(priority_id);
CREATE TABLE input_document(
  id INTEGER PRIMARY KEY,
  position INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  date TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT '',
  related_plan_id INTEGER REFERENCES related_plan(id) ON DELETE SET NULL,
  note TEXT NOT NULL DEFAULT '');
)SQL");
}

void DiagnosisTables(Database& db) {
    db.Exec(R"SQL(
CREATE TABLE indicator(
  id INTEGER PRIMARY KEY,
  theme_id INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  UNIQUE (theme_id, name));
CREATE TABLE indicator_value(
  indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  value REAL NOT NULL,
  PRIMARY KEY (indicator_id, year));
CREATE TABLE swot_item(
  id INTEGER PRIMARY KEY,
  theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
  quadrant TEXT NOT NULL CHECK (quadrant IN ('strength', 'weakness', 'opportunity', 'threat')),
  position INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL,
  cite_kind TEXT NOT NULL DEFAULT '',
  cite_ref TEXT NOT NULL DEFAULT '');
CREATE INDEX swot_by_theme ON swot_item(theme_id, quadrant, position);
)SQL");
}

void FollowUpTables(Database& db) {
    db.Exec(R"SQL(
CREATE TABLE priority_round(
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('dots', 'rank')),
  target_kind TEXT NOT NULL CHECK (target_kind IN ('theme', 'objective')),
  dots_per_member INTEGER NOT NULL DEFAULT 5,
  created_at_ms INTEGER NOT NULL DEFAULT 0);
CREATE TABLE priority_vote(
  round_id INTEGER NOT NULL REFERENCES priority_round(id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES core_member(id) ON DELETE CASCADE,
  target_id INTEGER NOT NULL,
  value INTEGER NOT NULL,
  PRIMARY KEY (round_id, member_id, target_id));
CREATE TABLE monitoring_entry(
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('objective', 'action')),
  target_id INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'done', 'dropped')),
  note TEXT NOT NULL DEFAULT '',
  indicator_id INTEGER NOT NULL DEFAULT 0,
  indicator_value REAL,
  updated_by TEXT NOT NULL DEFAULT '',
  updated_at_ms INTEGER NOT NULL DEFAULT 0,
  UNIQUE (year, target_kind, target_id));
)SQL");
}

void MigrationLifecycle(Database& db) {
    DecisionTables(db);
    InputTables(db);
    DiagnosisTables(db);
    FollowUpTables(db);
}

} // namespace

void AppendLifecycleMigrations(std::vector<Migration>& out) {
    out.push_back({kLifecycleMigration, "plan cycle: decisions, adopted version, inputs, diagnosis, SWOT, priorities, monitoring",
                   MigrationLifecycle});
}
} // namespace hd
