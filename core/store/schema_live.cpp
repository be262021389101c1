// Migration 6: the live link.
// - live_outbox (reporter side): which versions of this laptop's notes the facilitator has
//   acknowledged. A note version without an acknowledged row is still to be sent; the notes
//   themselves stay in `note`/`note_revision`, so nothing typed depends on this table to survive.
// - live_session (facilitator side): the join code and key-derivation salt of the hearing being
//   hosted, so a restarted facilitator app keeps the same code and reporters reconnect unaided.
// - live_identity (reporter side): a random id for this plan file, so the facilitator can tell a
//   reconnecting laptop from a second laptop claiming the same reporter letter.
#include "core/store/db.h"
#include "core/store/migrations.h"

namespace hd {
namespace {

void Migration6(Database& db) {
    db.Exec(R"SQL(
CREATE TABLE live_outbox(
  note_uuid TEXT NOT NULL,
  version INTEGER NOT NULL,
  queued_at INTEGER NOT NULL,
  acked_at INTEGER,
  PRIMARY KEY (note_uuid, version));
CREATE TABLE live_session(
  hearing_id INTEGER PRIMARY KEY REFERENCES hearing(id) ON DELETE CASCADE,
  join_code TEXT NOT NULL,
  salt_hex TEXT NOT NULL,
  created_at INTEGER NOT NULL);
CREATE TABLE live_identity(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  client_id TEXT NOT NULL);
)SQL");
}

} // namespace

void AppendLiveMigrations(std::vector<Migration>& out) {
    out.push_back({6, "live link", Migration6});
}
} // namespace hd
