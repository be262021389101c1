// Migration 4: clusters of contributions per theme, their members, and the objectives proposed
// from them. Contributions are referenced by uuid without a foreign key: today they are notes,
// once merged minutes exist they are merged entries (see ThemeContributions).
#include "core/store/db.h"
#include "core/store/migrations.h"

namespace hd {
namespace {

void Migration4(Database& db) {
    db.Exec(R"SQL(
CREATE TABLE cluster(
  id INTEGER PRIMARY KEY,
  theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  manual_name TEXT NOT NULL DEFAULT '',
  pinned INTEGER NOT NULL DEFAULT 0,
  representative_uuid TEXT NOT NULL DEFAULT '',
  disciplines TEXT NOT NULL DEFAULT '');
CREATE INDEX cluster_by_theme ON cluster(theme_id, position);
CREATE TABLE cluster_member(
  note_uuid TEXT PRIMARY KEY,
  cluster_id INTEGER NOT NULL REFERENCES cluster(id) ON DELETE CASCADE,
  manual INTEGER NOT NULL DEFAULT 0);
CREATE INDEX cluster_member_by_cluster ON cluster_member(cluster_id);
CREATE TABLE objective(
  id INTEGER PRIMARY KEY,
  theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
  level TEXT NOT NULL CHECK (level IN ('strategic', 'tactical')),
  position INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL DEFAULT '',
  why TEXT NOT NULL DEFAULT '',
  what TEXT NOT NULL DEFAULT '',
  how TEXT NOT NULL DEFAULT '',
  chain TEXT NOT NULL DEFAULT '',
  accepted INTEGER NOT NULL DEFAULT 0,
  cluster_id INTEGER REFERENCES cluster(id) ON DELETE SET NULL);
CREATE INDEX objective_by_theme ON objective(theme_id, level, position);
CREATE TABLE objective_note(
  objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
  note_uuid TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'support' CHECK (role IN ('why', 'what', 'how', 'support')),
  PRIMARY KEY (objective_id, note_uuid));
)SQL");
}

} // namespace

void AppendClusterMigrations(std::vector<Migration>& out) { out.push_back({4, "clusters and objectives", Migration4}); }
} // namespace hd
