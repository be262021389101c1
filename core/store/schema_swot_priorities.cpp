// Migration 16: SWOT citations stay readable and priority rounds can be limited to one domain
// (issue 13, points 3 and 4). Migration 9 made the tables; this adds
//  - swot_item.cite_label: the cited contribution, indicator, priority or document as the core group
//    picked it ("Woninginbraken per 1 000 woningen (2025: 3.1)"), so the reference reads the same in
//    every export and in the adopted version even after its source changed or went away;
//  - swot_item ids are never reused (AUTOINCREMENT): the adopted version and its revisions compare
//    items by id, and an item added after the last one was deleted must not pass for that one;
//  - priority_round.theme_id: the domain whose objectives a round ranks (0: the whole plan).
#include "core/store/db.h"
#include "core/store/migrations.h"

namespace hd {
namespace {

void Migration16(Database& db) {
    db.Exec(R"SQL(
CREATE TABLE swot_item_16(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
  quadrant TEXT NOT NULL CHECK (quadrant IN ('strength', 'weakness', 'opportunity', 'threat')),
  position INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL,
  cite_kind TEXT NOT NULL DEFAULT '',
  cite_ref TEXT NOT NULL DEFAULT '',
  cite_label TEXT NOT NULL DEFAULT '');
INSERT INTO swot_item_16(id, theme_id, quadrant, position, text, cite_kind, cite_ref)
  SELECT id, theme_id, quadrant, position, text, cite_kind, cite_ref FROM swot_item;
DROP TABLE swot_item;
ALTER TABLE swot_item_16 RENAME TO swot_item;
CREATE INDEX swot_by_theme ON swot_item(theme_id, quadrant, position);
ALTER TABLE priority_round ADD COLUMN theme_id INTEGER NOT NULL DEFAULT 0;
CREATE INDEX priority_vote_by_member ON priority_vote(round_id, member_id);
)SQL");
}

} // namespace

void AppendSwotPriorityMigrations(std::vector<Migration>& out) {
    out.push_back({16, "readable SWOT citations, priority rounds per domain", Migration16});
}

} // namespace hd
