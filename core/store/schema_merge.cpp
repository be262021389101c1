// Migration 3: merged minutes. One merge run per hearing; its entries in hearing order, each with
// the notes it came from (provenance) and the reviewer's decision with who and when.
#include "core/store/db.h"
#include "core/store/migrations.h"

namespace hd {
namespace {

void Migration3(Database& db) {
    db.Exec(R"SQL(
CREATE TABLE merge_run(
  hearing_id INTEGER PRIMARY KEY REFERENCES hearing(id) ON DELETE CASCADE,
  merged_at_ms INTEGER NOT NULL,
  merged_by TEXT NOT NULL DEFAULT '',
  clock_offset_ms INTEGER NOT NULL DEFAULT 0);
CREATE TABLE merged_entry(
  id INTEGER PRIMARY KEY,
  hearing_id INTEGER NOT NULL REFERENCES hearing(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('agreed', 'differs', 'only_a', 'only_b')),
  time_ms INTEGER NOT NULL DEFAULT -1,
  speaker TEXT NOT NULL DEFAULT '',
  proposed_text TEXT NOT NULL,
  similarity REAL NOT NULL DEFAULT 0,
  decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'accept_a', 'accept_b', 'keep_both', 'edited')),
  edited_text TEXT NOT NULL DEFAULT '',
  decided_by TEXT NOT NULL DEFAULT '',
  decided_at_ms INTEGER NOT NULL DEFAULT 0);
CREATE INDEX merged_entry_by_hearing ON merged_entry(hearing_id, position);
CREATE TABLE merged_entry_note(
  entry_id INTEGER NOT NULL REFERENCES merged_entry(id) ON DELETE CASCADE,
  note_uuid TEXT NOT NULL REFERENCES note(uuid),
  reporter TEXT NOT NULL CHECK (reporter IN ('A', 'B')),
  position INTEGER NOT NULL,
  PRIMARY KEY (entry_id, note_uuid));
CREATE INDEX merged_entry_note_by_note ON merged_entry_note(note_uuid);
)SQL");
}

} // namespace

void AppendMergeMigrations(std::vector<Migration>& out) { out.push_back({3, "merged minutes", Migration3}); }
} // namespace hd
