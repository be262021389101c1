// Migration 12: what only one reporter wrote is kept apart from a merged entry's proposed text
// (issue 11), so minutes, board cards and objectives never show the old "[+ …]" marks. Entries
// merged before keep their words: the part in "[+ …]" moves to `also_noted`, by the reporter whose
// text is not the proposal's base.
#include "core/store/db.h"
#include "core/store/migrations.h"

namespace hd {
namespace {

void Migration12(Database& db) {
    db.Exec(R"SQL(
ALTER TABLE merged_entry ADD COLUMN also_noted TEXT NOT NULL DEFAULT '';
ALTER TABLE merged_entry ADD COLUMN also_noted_by TEXT NOT NULL DEFAULT '';
UPDATE merged_entry
   SET also_noted = substr(proposed_text, instr(proposed_text, ' [+ ') + 4,
                           length(proposed_text) - instr(proposed_text, ' [+ ') - 4),
       proposed_text = substr(proposed_text, 1, instr(proposed_text, ' [+ ') - 1)
 WHERE instr(proposed_text, ' [+ ') > 0 AND substr(proposed_text, -1) = ']';
)SQL");
}

} // namespace

void AppendAlsoNotedMigrations(std::vector<Migration>& out) {
    out.push_back({12, "merged entries keep what only one reporter wrote apart from the proposed text", Migration12});
}

} // namespace hd
