// Migrations 1 and 2: the foundation schema (plan, themes, hearings, participants, notes with history)
// and the hearing clock plus reporters' unsent drafts.
#include "core/store/db.h"
#include "core/store/migrations.h"

namespace hd {
namespace {

void Migration1(Database& db) {
    db.Exec(R"SQL(
CREATE TABLE plan(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  uuid TEXT NOT NULL,
  name TEXT NOT NULL,
  city TEXT NOT NULL DEFAULT '',
  period_start INTEGER NOT NULL DEFAULT 0,
  period_end INTEGER NOT NULL DEFAULT 0);
CREATE TABLE phase(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  title TEXT NOT NULL,
  start_date TEXT NOT NULL DEFAULT '',
  end_date TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned',
  position INTEGER NOT NULL);
CREATE TABLE theme(
  id INTEGER PRIMARY KEY,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  problem_statement TEXT NOT NULL DEFAULT '',
  context TEXT NOT NULL DEFAULT '');
CREATE TABLE question(
  id INTEGER PRIMARY KEY,
  theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  budget_minutes INTEGER NOT NULL DEFAULT 15);
CREATE TABLE participant(
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL DEFAULT '',
  discipline TEXT NOT NULL DEFAULT '',
  consent_named INTEGER NOT NULL DEFAULT 0);
CREATE TABLE hearing(
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  theme_id INTEGER NOT NULL REFERENCES theme(id),
  date TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT '',
  moderator TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned',
  reporter_a TEXT NOT NULL DEFAULT '',
  reporter_b TEXT NOT NULL DEFAULT '');
CREATE TABLE hearing_participant(
  hearing_id INTEGER NOT NULL REFERENCES hearing(id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES participant(id),
  PRIMARY KEY (hearing_id, participant_id));
CREATE TABLE note(
  uuid TEXT PRIMARY KEY,
  hearing_id INTEGER NOT NULL REFERENCES hearing(id),
  reporter TEXT NOT NULL CHECK (reporter IN ('A', 'B')),
  seq INTEGER NOT NULL,
  offset_ms INTEGER NOT NULL,
  wall_time_ms INTEGER NOT NULL,
  speaker_id INTEGER REFERENCES participant(id),
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  chain TEXT NOT NULL DEFAULT '',
  deleted INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1);
CREATE INDEX note_by_hearing ON note(hearing_id, reporter, seq);
CREATE TABLE note_revision(
  note_uuid TEXT NOT NULL REFERENCES note(uuid),
  version INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  chain TEXT NOT NULL,
  speaker_id INTEGER,
  deleted INTEGER NOT NULL,
  changed_at_ms INTEGER NOT NULL,
  changed_by TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (note_uuid, version));
)SQL");
}

void Migration2(Database& db) {
    db.Exec(R"SQL(
ALTER TABLE hearing ADD COLUMN clock_started_wall_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hearing ADD COLUMN clock_accumulated_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hearing ADD COLUMN current_question INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hearing ADD COLUMN question_started_offset_ms INTEGER NOT NULL DEFAULT 0;
CREATE TABLE draft(
  hearing_id INTEGER NOT NULL REFERENCES hearing(id) ON DELETE CASCADE,
  reporter TEXT NOT NULL CHECK (reporter IN ('A', 'B')),
  text TEXT NOT NULL,
  speaker_id INTEGER,
  kind TEXT NOT NULL DEFAULT 'other',
  updated_at_ms INTEGER NOT NULL,
  PRIMARY KEY (hearing_id, reporter));
)SQL");
}

} // namespace

void AppendFoundationMigrations(std::vector<Migration>& out) {
    out.push_back({1, "foundation", Migration1});
    out.push_back({2, "hearing clock and drafts", Migration2});
}
} // namespace hd
