// Migration 13: moderation of the wall (the projection) per hearing: contributions hidden from the
// room and the one in the spotlight, kept in the plan so a restart or a second window shows the same.
#include "core/store/db.h"
#include "core/store/migrations.h"

namespace hd {
namespace {

void Migration13(Database& db) {
    db.Exec(R"SQL(
CREATE TABLE wall_moderation(
  hearing_id INTEGER NOT NULL REFERENCES hearing(id) ON DELETE CASCADE,
  note_uuid TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('hidden', 'spotlight')),
  PRIMARY KEY (hearing_id, note_uuid));
CREATE UNIQUE INDEX wall_one_spotlight ON wall_moderation(hearing_id) WHERE state = 'spotlight';
)SQL");
}

} // namespace

void AppendWallMigrations(std::vector<Migration>& out) {
    out.push_back({13, "hidden and spotlighted contributions on the wall", Migration13});
}

} // namespace hd
